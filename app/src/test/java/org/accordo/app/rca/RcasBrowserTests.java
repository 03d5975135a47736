package org.accordo.app.rca;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.accordo.app.security.Role;
import org.accordo.app.support.Api;
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
import org.openqa.selenium.support.ui.Select;

/**
 * An RCA's main flow in a real browser, on both databases: a P1 resolved on Monday 2 March 2026 at
 * 15:00 in Rome opens an RCA (the reference contract: due within 5 d on the office calendar); an
 * agent finds it on the SLA board, is refused the delivery while the record is unwritten, writes it
 * (with an internal note), adds a P2 ticket of the same customer and delivers it; the customer's
 * user reads it without the internal note and disputes it, a blank reason refused at its field;
 * another customer's user gets the same 404 page as for a missing RCA.
 */
@ParameterizedClass(name = "on {0}")
@EnumSource(TestDatabase.class)
class RcasBrowserTests {

  static final String ADMIN = RunningServer.ADMIN_TOKEN;
  static final Instant MONDAY_1300Z = Instant.parse("2026-03-02T13:00:00Z");

  private static Browser browser;

  private final TestDatabase database;
  private final RunningServer server;
  private final Api api;
  private final ApiFixtures fixtures;
  private final WebFixtures people;

  RcasBrowserTests(TestDatabase database) {
    this.database = database;
    this.server = RunningServer.on(database);
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
  void staffWriteAndDeliverAnRcaTheCustomerReadsAndDisputesIt() {
    server.clock().set(MONDAY_1300Z);
    String customer = fixtures.customer("webrca");
    fixtures.uploadContract(customer, "webrca-contract", "{ from: 2026-01-01 }");
    String p1 = fixtures.ticket(customer, "P1", "servers", null);
    event(p1, "{\"type\": \"agent_replied\", \"public\": true}");
    server.clock().set(MONDAY_1300Z.plus(Duration.ofHours(1)));
    event(p1, "{\"type\": \"status_changed\", \"status\": \"resolved\"}");
    String p2 = fixtures.ticket(customer, "P2", "servers", null);
    server.clock().set(MONDAY_1300Z.plus(Duration.ofHours(2)));

    browser.use(server);
    signIn(people.person(Role.AGENT, null), "/board");
    browser.go("/board?customer=" + customer);
    WebElement row = browser.find(By.cssSelector("tr[data-rca]"));
    assertThat(row.getText())
        .contains("Root cause analysis", "P1", "503 h 00 min", "2026-03-23 15:00 +01:00");
    assertThat(row.getDomAttribute("class")).isEqualTo("ok");
    String rcaId = row.getDomAttribute("data-rca");
    browser.screenshot("rca-board-" + name());
    browser.click(By.cssSelector("a[href='/rcas/" + rcaId + "']"));
    assertThat(browser.heading()).isEqualTo("Root cause analysis " + rcaId);

    browser.click(By.id("deliver"));
    assertThat(browser.find(By.id("summary-problem")).getText())
        .isEqualTo("an RCA is delivered with its summary written");
    assertThat(browser.find(By.className("state")).getText()).isEqualTo("draft");
    browser.screenshot("rca-deliver-refused-" + name(), 1600);

    browser.type("summary", "The core switch failed and the servers were unreachable");
    browser.type("timeline[0].at", "2026-03-02 14:05");
    browser.type("timeline[0].what", "monitoring alarm: servers down");
    browser.type("timeline[1].at", "2026-03-02 15:00");
    browser.type("timeline[1].what", "switch replaced, service restored");
    browser.type("root_cause", "a firmware bug rebooted the switch in a loop");
    browser.type("contributing_factors[0]", "no spare switch on site");
    new Select(browser.find(By.id("actions[0].kind"))).selectByValue("preventive");
    browser.type("actions[0].description", "update the switches' firmware");
    browser.type("actions[0].owner", "Network team");
    browser.type("actions[0].due", "2026-03-31");
    browser.type("notes[0].text", "the vendor confirmed the bug");
    new Select(browser.find(By.id("notes[1].visibility"))).selectByValue("internal");
    browser.type("notes[1].text", "our spare was lent to another customer");
    browser.submit(By.id("save"));
    assertThat(browser.find(By.id("summary")).getText())
        .isEqualTo("The core switch failed and the servers were unreachable");
    assertThat(browser.find(By.id("timeline[1].at")).getDomProperty("value"))
        .isEqualTo("2026-03-02 15:00");

    browser.type("ticket_id", p2);
    browser.submit(By.id("ticket_id"));
    assertThat(browser.find(By.className("tickets")).findElements(By.tagName("a"))).hasSize(2);
    browser.screenshot("rca-draft-" + name(), 2600);

    browser.click(By.id("deliver"));
    assertThat(browser.find(By.className("state")).getText()).isEqualTo("delivered");
    assertThat(browser.find(By.className("timing")).getText()).isEqualTo("delivered on time");
    assertThat(browser.find(By.className("notes")).getText())
        .contains("the vendor confirmed the bug", "our spare was lent to another customer");
    assertThat(browser.findAll(By.id("summary"))).as("no form once delivered").isEmpty();
    browser.screenshot("rca-delivered-" + name(), 1800);
    assertThat(audited(customer, "rca.delivered")).isEqualTo(1);
    browser.click(By.cssSelector("a[href='/rcas/" + rcaId + "/document?lang=it']"));
    assertThat(browser.find(By.className("agreement")).getText())
        .contains("Analisi", "a firmware bug rebooted the switch in a loop")
        .doesNotContain("our spare");

    browser.use(server);
    signIn(people.person(Role.CUSTOMER, customer), "/portal");
    browser.go("/rcas");
    assertThat(browser.find(By.cssSelector("tr[data-rca='" + rcaId + "']")).getText())
        .contains("delivered", "delivered on time");
    browser.screenshot("rcas-customer-" + name());
    browser.click(By.cssSelector("a[href='/rcas/" + rcaId + "']"));
    assertThat(browser.find(By.className("notes")).getText())
        .contains("the vendor confirmed the bug")
        .doesNotContain("our spare");
    assertThat(browser.find(By.className("root-cause")).getText())
        .isEqualTo("a firmware bug rebooted the switch in a loop");
    browser.submit(By.id("dispute"));
    assertThat(browser.find(By.id("reason-problem")).getText()).isEqualTo("is required");
    assertThat(browser.find(By.className("state")).getText()).isEqualTo("delivered");
    browser.type("reason", "the switch was yours to maintain under the contract");
    browser.submit(By.id("reason"));
    assertThat(browser.find(By.className("state")).getText()).isEqualTo("disputed");
    assertThat(browser.find(By.className("answer")).getText())
        .isEqualTo("the switch was yours to maintain under the contract");
    assertThat(browser.findAll(By.id("accept"))).as("answered once").isEmpty();
    browser.screenshot("rca-disputed-" + name(), 1800);
    assertThat(audited(customer, "rca.disputed")).isEqualTo(1);

    browser.use(server);
    signIn(people.person(Role.CUSTOMER, fixtures.customer("webrca-other")), "/portal");
    browser.go("/rcas/" + rcaId);
    assertThat(browser.heading()).as("another customer's RCA").isEqualTo("Not found");
    browser.go("/rcas/" + rcaId + "/document.pdf?lang=it");
    assertThat(browser.heading()).as("another customer's document").isEqualTo("Not found");
    browser.go("/rcas/no-such-rca");
    assertThat(browser.heading()).as("a missing RCA").isEqualTo("Not found");
  }

  private void signIn(WebFixtures.Person person, String home) {
    WebFixtures.signIn(browser, person);
    browser.waitFor(Duration.ofSeconds(20), driver -> browser.path().equals(home));
  }

  private void event(String ticket, String json) {
    Api.Response added =
        api.post("/api/v1/tickets/" + ticket + "/events").token(ADMIN).json(json).send();
    assertThat(added.status()).as("%s", added).isEqualTo(201);
  }

  private int audited(String customer, String action) {
    return api.get("/api/v1/audit?customer_id=" + customer + "&action=" + action + "&size=100")
        .token(ADMIN)
        .send()
        .json()
        .path("total")
        .asInt();
  }

  private String name() {
    return database.name().toLowerCase(Locale.ROOT);
  }
}
