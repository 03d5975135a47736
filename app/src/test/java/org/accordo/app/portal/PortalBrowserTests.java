package org.accordo.app.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
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
 * The customer portal in a real browser, on both databases: a customer's user sees their open
 * ticket with its time left from the server's clock, the ticket they resolved this month, links to
 * their statements, and nothing of another customer, whose ticket id answers the same "not found"
 * page as an id that does not exist; staff pages are refused; readable with JavaScript off.
 */
@ParameterizedClass(name = "on {0}")
@EnumSource(TestDatabase.class)
class PortalBrowserTests {

  /** A Monday, 10:00 in Rome: the example contract's P1 clocks run on its "always" calendar. */
  private static final Instant OPENED = Instant.parse("2026-03-09T09:00:00Z");

  private static Browser browser;

  private final TestDatabase database;
  private final RunningServer server;
  private final ApiFixtures api;
  private final WebFixtures people;

  PortalBrowserTests(TestDatabase database) {
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
  void showsACustomerItsOwnTicketsOnlyWithTheirTimeLeft() throws Exception {
    server.clock().set(OPENED);
    String customer = api.customerWithContract("portal");
    String other = api.customerWithContract("rival");
    String open = openP1(customer, "INC-" + customer, "Mail server down");
    String done = openP1(customer, "DONE-" + customer, "Password reset");
    String theirs = openP1(other, "INC-" + other, "Rival's outage");
    event(done, "{\"type\": \"status_changed\", \"status\": \"resolved\"}");
    var outage =
        server
            .api()
            .post("/api/v1/customers/" + customer + "/outages")
            .token(RunningServer.ADMIN_TOKEN)
            .json(
                "{\"service\": \"servers\", \"from\": \"2026-03-09T08:00:00Z\","
                    + " \"cause\": \"provider\", \"note\": \"switch failure\"}")
            .send();
    assertThat(outage.status()).as("%s", outage).isEqualTo(201);
    server.clock().advance(Duration.ofMinutes(5));
    browser.use(server);
    WebFixtures.signIn(browser, people.person(Role.CUSTOMER, customer));

    assertThat(browser.path()).isEqualTo("/portal");
    assertThat(browser.heading()).isEqualTo("Your portal");
    String live = browser.find(By.id("portal-live")).getText();
    assertThat(live).contains("INC-" + customer, "Mail server down", "25 min");
    assertThat(live).doesNotContain("Rival's outage", "INC-" + other);
    assertThat(browser.findAll(By.cssSelector("#portal-live tr[data-ticket='" + open + "']")))
        .hasSize(2);
    assertThat(browser.find(By.className("closed")).getText())
        .contains("DONE-" + customer, "Password reset", "resolved");
    assertThat(browser.find(By.className("statements")).getText())
        .contains("2026-03", "2026-02")
        .containsIgnoringCase("provisional");
    assertThat(browser.driver().getPageSource()).doesNotContain(theirs);
    browser.screenshot("portal-home-" + name());

    browser.click(By.partialLinkText("outages"));
    assertThat(browser.heading()).isEqualTo("Outages and maintenance of " + customer);
    assertThat(browser.find(By.className("outages")).getText())
        .contains(
            "servers",
            "Outage",
            "2026-03-09 09:00 +01:00",
            "Ongoing",
            "1 h 05 min",
            "switch failure");
    browser.screenshot("outages-" + name());
    browser.go("/outages/" + other);
    assertThat(browser.heading()).as("another customer's outages").isEqualTo("Not found");
    browser.go("/portal");

    browser.click(By.linkText("INC-" + customer));
    assertThat(browser.heading()).isEqualTo("INC-" + customer);
    assertThat(browser.find(By.className("facts")).getText()).contains("Mail server down", "P1");
    browser.screenshot("portal-ticket-" + name());
    // a clock of the ticket is disputed from its page: the dispute's form names the clock
    new Select(browser.find(By.id("metric"))).selectByValue("first_response");
    browser.submit(By.id("metric"));
    assertThat(browser.heading()).isEqualTo("Dispute a number");
    assertThat(browser.find(By.cssSelector("input[name='metric']")).getAttribute("value"))
        .isEqualTo("first_response");
    assertThat(browser.find(By.cssSelector("input[name='subject']")).getAttribute("value"))
        .isEqualTo("clock");

    browser.go("/portal/tickets/" + theirs);
    assertThat(browser.heading()).isEqualTo("Not found");
    String anotherCustomers = browser.find(By.tagName("main")).getText().replace(theirs, "ID");
    browser.go("/portal/tickets/no-such-ticket");
    assertThat(browser.heading()).isEqualTo("Not found");
    assertThat(browser.find(By.tagName("main")).getText().replace("no-such-ticket", "ID"))
        .as("another customer's ticket answers like a missing one")
        .isEqualTo(anotherCustomers);

    browser.go("/portal");
    browser.click(By.linkText("Your contract in force"));
    assertThat(browser.path()).isEqualTo("/portal/contract");
    assertThat(browser.find(By.className("agreement")).getText()).contains("P1");
    assertThat(browser.findAll(By.linkText("Back to your portal"))).hasSize(1);
    browser.screenshot("portal-contract-" + name());
    HttpResponse<byte[]> pdf =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        URI.create(server.baseUrl() + "/portal/contract.pdf?lang=it"))
                    .header(
                        "Cookie",
                        "ACCORDO_SESSION="
                            + browser
                                .driver()
                                .manage()
                                .getCookieNamed("ACCORDO_SESSION")
                                .getValue())
                    .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(pdf.headers().firstValue("Content-Disposition").orElseThrow())
        .contains("attachment", "-it.pdf");
    assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

    browser.go("/tickets/" + open);
    assertThat(browser.heading()).as("the staff's ticket page").isEqualTo("Not allowed");
  }

  @Test
  void pagesTheOpenTicketsByFiftyWithLinksBothWays() {
    server.clock().set(OPENED);
    String customer = api.customerWithContract("pagedportal");
    // 26 P1 tickets: 52 counting clocks, a page of 50 and one of 2
    for (int i = 0; i < 26; i++) {
      openP1(customer, "PG-" + customer + "-" + i, "Paged ticket " + i);
    }
    browser.use(server);
    WebFixtures.signIn(browser, people.person(Role.CUSTOMER, customer));

    By rows = By.cssSelector("#portal-live tbody tr[data-ticket]");
    assertThat(browser.findAll(rows)).hasSize(50);
    assertThat(browser.findAll(By.cssSelector("#portal-live a[rel='prev']"))).isEmpty();
    browser.click(By.cssSelector("#portal-live a[rel='next']"));

    assertThat(browser.path()).isEqualTo("/portal?page=1");
    assertThat(browser.findAll(rows)).hasSize(2);
    assertThat(browser.find(By.className("paging")).getText()).contains("Page 2");
    assertThat(browser.find(By.id("portal-live")).getAttribute("hx-get"))
        .as("the page polls its own page")
        .isEqualTo("/portal/live?page=1");
    assertThat(browser.findAll(By.cssSelector("#portal-live a[rel='next']"))).isEmpty();
    browser.screenshot("portal-page-2-" + name());
    browser.click(By.cssSelector("#portal-live a[rel='prev']"));
    assertThat(browser.path()).isEqualTo("/portal");
    assertThat(browser.findAll(rows)).hasSize(50);

    browser.go("/portal?page=two");
    assertThat(browser.heading()).as("a page that is not a number").isEqualTo("Bad request");
  }

  @Test
  void staysReadableWithJavaScriptOff() {
    server.clock().set(OPENED);
    String customer = api.customerWithContract("nojsportal");
    openP1(customer, "INC-" + customer, "Printer offline");
    try (Browser plain = Browser.open(Browser.JavaScript.OFF)) {
      plain.use(server);
      WebFixtures.signIn(plain, people.person(Role.CUSTOMER, customer));

      assertThat(plain.heading()).isEqualTo("Your portal");
      assertThat(plain.find(By.id("portal-live")).getText()).contains("Printer offline", "30 min");
      plain.screenshot("portal-javascript-off-" + name());
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
                {"customer_id": "%s", "external_id": "%s", "subject": "%s", "priority": "P1",
                 "service": "service-desk"}"""
                    .formatted(customer, externalId, subject))
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
