package org.accordo.app.board;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
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
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;

/**
 * The SLA board in a real browser, on both databases: a ticket opened in the test shows its time
 * left computed from the server's clock, turns amber past its first threshold and red once breached
 * (the server's clock moved, the rows refreshed by htmx without a reload), a subject made of markup
 * shows as text and runs nothing, and the page stays readable with JavaScript off.
 */
@ParameterizedClass(name = "on {0}")
@EnumSource(TestDatabase.class)
class BoardBrowserTests {

  /** A Monday, 10:00 in Rome: the example contract's P1 clocks run on its "always" calendar. */
  private static final Instant OPENED = Instant.parse("2026-03-09T09:00:00Z");

  private static final String MARKUP_SUBJECT = "\"><img src=x onerror=alert(1)>";

  private static Browser browser;

  private final TestDatabase database;
  private final RunningServer server;
  private final ApiFixtures api;
  private final WebFixtures people;

  BoardBrowserTests(TestDatabase database) {
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
  void showsATicketsCountdownAndTurnsItRedAfterItsBreach() {
    server.clock().set(OPENED);
    String customer = api.customerWithContract("board");
    String ticket = openP1(customer, "INC-" + customer, "Mail server down");
    browser.use(server);
    WebFixtures.signIn(browser, people.person(Role.AGENT, null));

    browser.go("/board?customer=" + customer);

    WebElement firstResponse = row(ticket, "First response");
    assertThat(firstResponse.getAttribute("class")).isEqualTo("ok");
    assertThat(firstResponse.getText()).contains("INC-" + customer, "Mail server down", "P1");
    assertThat(firstResponse.findElement(By.className("left")).getText()).contains("30 min");
    assertThat(firstResponse.findElement(By.className("due")).getText())
        .isEqualTo("2026-03-09 10:30 +01:00");
    assertThat(row(ticket, "Resolution").findElement(By.className("left")).getText())
        .contains("4 h 00 min");
    browser.screenshot("board-" + name());

    server.clock().advance(Duration.ofMinutes(25)); // past 75 % of 30 minutes
    awaitRowClass(ticket, "First response", "warning");
    assertThat(row(ticket, "First response").findElement(By.className("left")).getText())
        .contains("5 min");

    server.clock().advance(Duration.ofMinutes(7)); // 2 minutes past its due instant
    awaitRowClass(ticket, "First response", "breached");
    assertThat(row(ticket, "First response").findElement(By.className("left")).getText())
        .contains("overdue 2 min");
    assertThat(row(ticket, "Resolution").getAttribute("class")).isEqualTo("ok");
    browser.waitFor(
        Duration.ofSeconds(40),
        driver -> browser.find(By.className("breaches")).getText().contains("board Srl"));
    browser.screenshot("board-breached-" + name());
  }

  @Test
  void showsASubjectMadeOfMarkupAsTextAndRunsNothing() {
    server.clock().set(OPENED);
    String customer = api.customerWithContract("markup");
    String ticket = openP1(customer, "INC-" + customer, MARKUP_SUBJECT);
    browser.use(server);
    WebFixtures.signIn(browser, people.person(Role.ADMIN, null));

    browser.go("/board?customer=" + customer);

    WebElement row = row(ticket, "First response");
    assertThat(row.findElement(By.className("subject")).getText()).isEqualTo(MARKUP_SUBJECT);
    assertThat(browser.findAll(By.tagName("img"))).isEmpty();
    assertThat(alertShown()).isFalse();
  }

  @Test
  void staysReadableWithJavaScriptOff() {
    server.clock().set(OPENED);
    String customer = api.customerWithContract("nojs");
    String ticket = openP1(customer, "INC-" + customer, "Printer offline");
    try (Browser plain = Browser.open(Browser.JavaScript.OFF)) {
      plain.use(server);
      WebFixtures.signIn(plain, people.person(Role.AGENT, null));

      plain.go("/board?customer=" + customer);

      assertThat(plain.heading()).isEqualTo("SLA board");
      assertThat(plain.find(By.cssSelector("tr[data-ticket='" + ticket + "']")).getText())
          .contains("Printer offline", "30 min");
      plain.screenshot("board-javascript-off-" + name());
    }
  }

  private String openP1(String customer, String externalId, String subject) {
    var created =
        server
            .api()
            .post("/api/v1/tickets")
            .token(RunningServer.ADMIN_TOKEN)
            .json(
                """
                {"customer_id": "%s", "external_id": "%s", "subject": %s, "priority": "P1",
                 "service": "service-desk"}"""
                    .formatted(customer, externalId, json(subject)))
            .send();
    assertThat(created.status()).as("%s", created).isEqualTo(201);
    return created.json().path("id").asString();
  }

  private WebElement row(String ticket, String metric) {
    List<WebElement> rows =
        browser.findAll(By.cssSelector("tr[data-ticket='" + ticket + "']")).stream()
            .filter(r -> r.getText().contains(metric))
            .toList();
    assertThat(rows).as("the board's row of %s, %s", ticket, metric).hasSize(1);
    return rows.get(0);
  }

  /** Waits for the rows htmx polls (every 15 s) to show the clock in {@code css}'s colour. */
  private void awaitRowClass(String ticket, String metric, String css) {
    browser.waitFor(
        Duration.ofSeconds(40),
        driver -> {
          try {
            return css.equals(row(ticket, metric).getAttribute("class"));
          } catch (AssertionError | RuntimeException beingSwapped) {
            return false;
          }
        });
  }

  private boolean alertShown() {
    try {
      browser.driver().switchTo().alert();
      return true;
    } catch (NoAlertPresentException none) {
      return false;
    }
  }

  private String name() {
    return database.name().toLowerCase(java.util.Locale.ROOT);
  }

  private static String json(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
