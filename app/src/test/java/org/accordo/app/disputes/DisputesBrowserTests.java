package org.accordo.app.disputes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.accordo.app.security.Role;
import org.accordo.app.support.Api;
import org.accordo.app.support.ApiFixtures;
import org.accordo.app.support.Await;
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
import org.openqa.selenium.support.ui.Select;

/**
 * The dispute's main flow in a real browser, on both databases: the customer's user opens a dispute
 * from a credit line of March's final statement; an admin answers in the thread, accepts it with
 * the exclusion that corrects the line; the statement page then shows the amended version 2 without
 * the credit. March 2026 of a customer whose reference contract is in force in March only: a P1
 * ticket resolved in 5 h (a 48.00 EUR breach).
 */
@ParameterizedClass(name = "on {0}")
@EnumSource(TestDatabase.class)
class DisputesBrowserTests {

  static final String ADMIN = RunningServer.ADMIN_TOKEN;
  static final Instant AFTER_GRACE = Instant.parse("2026-04-03T22:00:01Z");

  private static Browser browser;

  private final TestDatabase database;
  private final RunningServer server;
  private final Api api;
  private final ApiFixtures fixtures;
  private final WebFixtures people;

  DisputesBrowserTests(TestDatabase database) {
    this.database = database;
    this.server = RunningServer.closing(database);
    this.api = server.api();
    this.fixtures = new ApiFixtures(api);
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
  void aCustomerDisputesACreditLineAnAdminAcceptsItAndTheStatementIsAmended() {
    server.clock().set(Instant.parse("2026-03-10T18:00:00Z"));
    String customer = fixtures.customer("webdispute");
    fixtures.uploadContract(
        customer, "webdispute-contract", "{ from: 2026-03-01, to: 2026-03-31 }");
    String ticket = p1ResolvedAfterFiveHours(customer);
    closedMarch(customer);
    server.clock().set(Instant.parse("2026-04-20T09:00:00Z"));
    String statement = "/statements/" + customer + "/2026-03";

    browser.use(server);
    signIn(people.person(Role.CUSTOMER, customer), "/portal");
    browser.go(statement);
    WebElement breach = line("48.00 EUR");
    browser.click(breach.findElement(By.className("dispute")));
    assertThat(browser.heading()).isEqualTo("Dispute a number");
    browser.type("text", "our site had no power from 09:00 to 11:00, see the utility's letter");
    browser.screenshot("dispute-new-" + name());
    browser.submit(By.id("text"));
    assertThat(browser.path()).startsWith("/disputes/");
    String disputePath = browser.path();
    assertThat(browser.find(By.className("state")).getText()).isEqualTo("Open");
    assertThat(browser.findAll(By.id("reason"))).as("no decision form for the customer").isEmpty();

    browser.use(server);
    signIn(people.person(Role.ADMIN, null), "/board");
    browser.go("/disputes");
    browser.click(By.cssSelector("a[href='" + disputePath + "']"));
    browser.type("message", "we checked the utility's records");
    browser.driver().findElement(By.id("internal")).click();
    browser.submit(By.id("message"));
    assertThat(browser.find(By.className("thread")).getText())
        .contains("we checked the utility's records", "internal note");
    browser.type("ticket_id", ticket);
    new Select(browser.find(By.id("metric"))).selectByValue("resolution");
    browser.type("from", "2026-03-10T09:00");
    browser.type("to", "2026-03-10T11:00");
    browser.type("note", "the utility confirms the blackout");
    browser.screenshot("dispute-decide-" + name(), 1400);
    browser.submit(By.id("note"));
    assertThat(browser.find(By.className("state")).getText()).isEqualTo("Accepted");
    assertThat(browser.find(By.className("decision")).getText())
        .startsWith("the utility confirms the blackout (excluded event ");
    browser.screenshot("dispute-accepted-" + name());

    Await.until(
        Duration.ofSeconds(60),
        () ->
            api.get("/api/v1/customers/" + customer + "/statements?month=2026-03")
                .token(ADMIN)
                .send()
                .json()
                .path("total")
                .asInt(),
        n -> n == 2,
        "the amended version 2 of March");
    browser.go(statement);
    assertThat(browser.find(By.className("status-line")).getText())
        .containsIgnoringCase("amended")
        .contains("Version 2");
    assertThat(browser.find(By.className("credits")).getText()).contains("-48.00 EUR");
    browser.screenshot("dispute-amended-statement-" + name(), 1600);
  }

  private void signIn(WebFixtures.Person person, String home) {
    WebFixtures.signIn(browser, person);
    browser.waitFor(Duration.ofSeconds(20), driver -> browser.path().equals(home));
  }

  private WebElement line(String amount) {
    return browser.findAll(By.cssSelector("tr[data-line]")).stream()
        .filter(r -> r.findElement(By.className("amount")).getText().equals(amount))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no credit line of " + amount));
  }

  private String p1ResolvedAfterFiveHours(String customer) {
    String ticket =
        fixtures.ticket(customer, "P1", "servers", Instant.parse("2026-03-10T08:00:00Z"));
    event(
        ticket,
        "{\"type\": \"agent_replied\", \"public\": true, \"at\": \"2026-03-10T08:10:00Z\"}");
    event(
        ticket,
        "{\"type\": \"status_changed\", \"status\": \"resolved\", \"at\":"
            + " \"2026-03-10T13:00:00Z\"}");
    return ticket;
  }

  private void event(String ticket, String json) {
    Api.Response added =
        api.post("/api/v1/tickets/" + ticket + "/events").token(ADMIN).json(json).send();
    assertThat(added.status()).as("%s", added).isEqualTo(201);
  }

  private void closedMarch(String customer) {
    server.clock().set(AFTER_GRACE);
    Await.until(
        Duration.ofSeconds(30),
        () ->
            server
                .jdbc()
                .sql(
                    "SELECT COUNT(*) FROM statement_close WHERE customer_id = ? AND period_month = ?")
                .params(customer, "2026-03")
                .query(Long.class)
                .single(),
        n -> n == 1,
        "the close of March planned");
    server.clock().set(AFTER_GRACE.plusSeconds(11));
    Await.until(
        Duration.ofSeconds(60),
        () ->
            api.get("/api/v1/customers/" + customer + "/statements?month=2026-03")
                .token(ADMIN)
                .send()
                .json()
                .path("total")
                .asInt(),
        n -> n == 1,
        "March's final statement");
  }

  private String name() {
    return database.name().toLowerCase(Locale.ROOT);
  }
}
