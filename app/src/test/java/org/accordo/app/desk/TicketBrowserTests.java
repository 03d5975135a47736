package org.accordo.app.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.accordo.app.security.Role;
import org.accordo.app.support.ApiFixtures;
import org.accordo.app.support.Browser;
import org.accordo.app.support.RunningServer;
import org.accordo.app.support.TestDatabase;
import org.accordo.app.support.WebFixtures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The ticket page in a real browser, on both databases: a P1 ticket paused while waiting for the
 * customer shows each clock's bar (counting, paused), the story of how it was measured, its events,
 * and once its first response is breached the breach and the notifications it caused; the page is
 * reached from the board and is readable with JavaScript off.
 */
@ParameterizedClass(name = "on {0}")
@EnumSource(TestDatabase.class)
class TicketBrowserTests {

  /** A Monday, 10:00 in Rome: the example contract's P1 clocks run on its "always" calendar. */
  private static final Instant OPENED = Instant.parse("2026-03-09T09:00:00Z");

  private static Browser browser;

  private final TestDatabase database;
  private final RunningServer server;
  private final ApiFixtures api;
  private final WebFixtures people;

  TicketBrowserTests(TestDatabase database) {
    this.database = database;
    this.server = RunningServer.on(database);
    this.api = new ApiFixtures(server.api());
    this.people = new WebFixtures(server);
  }

  @BeforeAll
  static void openBrowser() {
    browser = Browser.open(Browser.JavaScript.ON);
  }

  @AfterAll
  static void closeBrowser() {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  void drawsEachClocksTimelineAndTellsHowItWasMeasured() {
    server.clock().set(OPENED);
    String customer = api.customerWithContract("ticket");
    String ticket = openP1(customer, "INC-" + customer);
    server.clock().advance(Duration.ofMinutes(10));
    event(ticket, "{\"type\": \"status_changed\", \"status\": \"waiting_customer\"}");
    server.clock().advance(Duration.ofMinutes(60));
    event(ticket, "{\"type\": \"status_changed\", \"status\": \"in_progress\"}");
    server.clock().advance(Duration.ofMinutes(20)); // 10:30 in Rome: first response 60 min late
    browser.use(server);
    WebFixtures.signIn(browser, people.person(Role.AGENT, null));

    browser.go("/board?customer=" + customer);
    browser.click(By.linkText("INC-" + customer));
    browser.waitFor(Duration.ofSeconds(10), driver -> browser.path().equals("/tickets/" + ticket));
    awaitBreachRecorded();

    assertThat(browser.heading()).contains("INC-" + customer, "Printer on fire");
    WebElement firstResponse = clock("First response");
    assertThat(firstResponse.getAttribute("class")).isEqualTo("clock breached");
    assertThat(firstResponse.findElement(By.className("remaining")).getText())
        .isEqualTo("overdue 1 h 00 min");
    assertThat(firstResponse.getText())
        .contains("Breached at 2026-03-09 10:30 +01:00: the target was used up then.");
    WebElement resolution = clock("Resolution");
    assertThat(rects(resolution)).containsExactly("counting", "paused", "counting");
    assertThat(resolution.getText())
        .contains(
            "Started 2026-03-09 10:00 +01:00.",
            "Counted 30 min, paused 1 h 00 min, remaining 3 h 30 min.")
        .containsPattern(
            "2026-03-09 10:10 \\+01:00 to 2026-03-09 11:10 \\+01:00: not counting \\(.*waiting_customer.*\\)");
    assertThat(browser.find(By.className("events")).getText())
        .contains("ticket opened", "status changed", "waiting for the customer", "in progress");
    assertThat(browser.find(By.className("escalations")).getText())
        .contains("2026-03-09 10:22 +01:00", "Escalation at 75 % L1", "Breach", "First response");
    assertThat(browser.find(By.className("notifications")).getText())
        .contains("lead@rossi-it.example");
    browser.screenshot("ticket-" + name(), 1900);

    browser.go("/tickets/no-such-ticket");
    assertThat(browser.heading()).isEqualTo("Not found");
  }

  @Test
  void staysReadableWithJavaScriptOff() {
    server.clock().set(OPENED);
    String customer = api.customerWithContract("ticketnojs");
    String ticket = openP1(customer, "INC-" + customer);
    server.clock().advance(Duration.ofMinutes(5));
    try (Browser plain = Browser.open(Browser.JavaScript.OFF)) {
      plain.use(server);
      WebFixtures.signIn(plain, people.person(Role.ADMIN, null));

      plain.go("/tickets/" + ticket);

      assertThat(plain.find(By.cssSelector("article.clock")).getText())
          .contains("First response", "25 min", "Started 2026-03-09 10:00 +01:00.");
      plain.screenshot("ticket-javascript-off-" + name(), 1500);
    }
  }

  /** The scheduler records the breach a moment after the clock was moved: reload until it is. */
  private void awaitBreachRecorded() {
    browser.waitFor(
        Duration.ofSeconds(40),
        driver -> {
          if (!browser.findAll(By.cssSelector("table.escalations tr.breached")).isEmpty()
              && !browser.findAll(By.cssSelector("table.notifications")).isEmpty()) {
            return true;
          }
          driver.navigate().refresh();
          return false;
        });
  }

  private WebElement clock(String metric) {
    List<WebElement> clocks =
        browser.findAll(By.cssSelector("article.clock")).stream()
            .filter(c -> c.findElement(By.tagName("h3")).getText().startsWith(metric))
            .toList();
    assertThat(clocks).as("the clock %s", metric).hasSize(1);
    return clocks.get(0);
  }

  private static List<String> rects(WebElement clock) {
    return clock.findElements(By.tagName("rect")).stream()
        .map(r -> r.getAttribute("class"))
        .toList();
  }

  private String openP1(String customer, String externalId) {
    var created =
        server
            .api()
            .post("/api/v1/tickets")
            .token(RunningServer.ADMIN_TOKEN)
            .json(
                """
                {"customer_id": "%s", "external_id": "%s", "subject": "Printer on fire",
                 "priority": "P1", "service": "service-desk"}"""
                    .formatted(customer, externalId))
            .send();
    assertThat(created.status()).as("%s", created).isEqualTo(201);
    return created.json().path("id").asString();
  }

  private void event(String ticket, String json) {
    var posted =
        server
            .api()
            .post("/api/v1/tickets/" + ticket + "/events")
            .token(RunningServer.ADMIN_TOKEN)
            .json(json)
            .send();
    assertThat(posted.status()).as("%s", posted).isEqualTo(201);
  }

  private String name() {
    return database.name().toLowerCase(Locale.ROOT);
  }
}
