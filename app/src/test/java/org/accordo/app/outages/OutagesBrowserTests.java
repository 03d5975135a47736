package org.accordo.app.outages;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
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
import org.openqa.selenium.support.ui.Select;

/**
 * Outages recorded and reclassified on the outages page in a real browser, on both databases: an
 * agent records one (an impossible date refused at its field, what was typed kept), with its
 * instants typed in their zone; an admin reclassifies it as caused by the customer (a blank reason
 * refused at the row's field, nothing changed), audited; the customer's user reads it without a
 * form.
 */
@ParameterizedClass(name = "on {0}")
@EnumSource(TestDatabase.class)
class OutagesBrowserTests {

  private static final ZoneId ROME = ZoneId.of("Europe/Rome");
  private static final DateTimeFormatter TYPED =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT).withZone(ROME);

  private static Browser browser;

  private final TestDatabase database;
  private final RunningServer server;
  private final WebFixtures people;
  private final ApiFixtures fixtures;

  OutagesBrowserTests(TestDatabase database) {
    this.database = database;
    this.server = RunningServer.on(database);
    this.people = new WebFixtures(server);
    this.fixtures = new ApiFixtures(server.api());
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
  void anAgentRecordsAnOutageAndAnAdminReclassifiesIt() {
    String customer = fixtures.customerWithContract("page-outage");
    Instant from =
        server
            .clock()
            .instant()
            .minus(Duration.ofHours(3))
            .truncatedTo(java.time.temporal.ChronoUnit.MINUTES);
    Instant to = from.plus(Duration.ofMinutes(95));
    browser.use(server);
    WebFixtures.signIn(browser, people.person(Role.AGENT, null));
    browser.go("/outages/" + customer);
    browser.find(By.cssSelector("details.record summary")).click();

    browser
        .type("service", "servers")
        .type("from", "2026-02-30 10:00")
        .type("note", "switch failure");
    browser.submit(By.id("record"));

    assertThat(browser.find(By.id("from-problem")).getText())
        .isEqualTo("'2026-02-30 10:00' is not a date and time such as 2026-03-02 10:30");
    assertThat(browser.find(By.id("service")).getAttribute("value")).isEqualTo("servers");
    assertThat(browser.find(By.cssSelector("td.empty")).getText())
        .isEqualTo("No outage or maintenance window is recorded.");
    browser.type("from", TYPED.format(from)).type("to", TYPED.format(to));
    browser.submit(By.id("record"));

    assertThat(browser.find(By.cssSelector("[role=status]")).getText())
        .isEqualTo(
            "The outage of servers from "
                + org.accordo.app.ui.Formats.instant(from, ROME)
                + " was recorded.");
    String row = browser.find(By.cssSelector("table.outages tbody tr")).getText();
    assertThat(row).contains("servers", "1 h 35 min", "provider", "switch failure");
    assertThat(browser.findAll(By.cssSelector("[id^=reclassify-]"))).isEmpty();
    browser.screenshot("outages-recorded-" + name());

    browser.use(server);
    WebFixtures.signIn(browser, people.person(Role.ADMIN, null));
    browser.go("/outages/" + customer);
    String id = browser.find(By.cssSelector("table.outages tbody tr")).getAttribute("data-outage");
    new Select(browser.find(By.id("cause-" + id))).selectByValue("customer_caused");
    browser.submit(By.id("reclassify-" + id));
    assertThat(browser.find(By.id("reason-" + id + "-problem")).getText())
        .isEqualTo("is required to reclassify an outage");
    assertThat(browser.find(By.cssSelector("table.outages tbody tr")).getText())
        .contains("provider");

    new Select(browser.find(By.id("cause-" + id))).selectByValue("customer_caused");
    browser.type("reason-" + id, "the customer unplugged the switch");
    browser.submit(By.id("reclassify-" + id));

    assertThat(browser.find(By.cssSelector("[role=status]")).getText())
        .endsWith("is now classified as caused by the customer.");
    assertThat(browser.find(By.cssSelector("table.outages tbody tr")).getText())
        .contains("caused by the customer");
    browser.screenshot("outages-reclassified-" + name(), 1200);
    assertThat(
            server
                .jdbc()
                .sql(
                    "SELECT detail FROM audit_log WHERE action = 'outage.reclassified' AND entity_id = :id")
                .param("id", id)
                .query(String.class)
                .single())
        .endsWith(
            "reclassified from provider to customer_caused: the customer unplugged the switch");

    browser.use(server);
    WebFixtures.signIn(browser, people.person(Role.CUSTOMER, customer));
    browser.go("/outages/" + customer);
    assertThat(browser.find(By.cssSelector("table.outages tbody tr")).getText())
        .contains("caused by the customer");
    assertThat(
            browser.findAll(By.tagName("form")).stream()
                .filter(
                    f ->
                        !f.getAttribute("action").contains("logout")
                            && !f.getAttribute("action").contains("language"))
                .toList())
        .isEmpty();
  }

  private String name() {
    return database.name().toLowerCase(Locale.ROOT);
  }
}
