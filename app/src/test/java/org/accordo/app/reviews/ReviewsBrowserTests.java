package org.accordo.app.reviews;

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
import org.openqa.selenium.JavascriptExecutor;

/**
 * The reviews page in a real browser, on both databases, with the reference contract (review due
 * 2026-07-01) and today 5 July 2026: the board's banner of the overdue review, the staff's page
 * with the overdue notice, a record refused naming its field then recorded, the pack downloaded in
 * Italian; the customer's user reads the page without the form and a forged record is refused;
 * another customer's user gets the page of a missing customer.
 */
@ParameterizedClass(name = "on {0}")
@EnumSource(TestDatabase.class)
class ReviewsBrowserTests {

  private static Browser browser;

  private final TestDatabase database;
  private final RunningServer server;
  private final ApiFixtures fixtures;
  private final WebFixtures people;

  ReviewsBrowserTests(TestDatabase database) {
    this.database = database;
    this.server = RunningServer.on(database);
    this.fixtures = new ApiFixtures(server.api());
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
  void staffSeeTheOverdueReviewRecordItAndTheCustomerReadsIt() throws Exception {
    server.clock().set(RunningServer.START);
    String customer = fixtures.customerWithContract("revpage");
    server.clock().set(Instant.parse("2026-07-05T08:00:00Z"));
    String page = "/reviews/" + customer;
    browser.use(server);
    signIn(people.person(Role.ADMIN, null), "/board");

    assertThat(
            browser
                .find(By.cssSelector(".reviews-overdue li[data-customer='" + customer + "']"))
                .getText())
        .isEqualTo("revpage Srl: review overdue since 2026-07-01");
    browser.screenshot("reviews-board-" + name());

    browser.go(page);
    assertThat(browser.heading()).isEqualTo("SLA reviews of revpage Srl");
    assertThat(browser.find(By.className("review-overdue")).getText())
        .isEqualTo("Review overdue since 2026-07-01");
    assertThat(browser.find(By.className("next-review")).getText())
        .isEqualTo("2026-07-01 · from the contract · owner account-manager · every P6M");

    date("held_on", "2026-07-03");
    browser.type("outcome", "targets kept; P1 resolution to be reviewed in January");
    browser.type("attendees", "Giulia Rossi, Marco Bianchi");
    date("next_review", "2026-07-02");
    browser.submit(By.id("outcome"));
    assertThat(browser.find(By.className("refusal")).getText()).contains("next_review");
    assertThat(browser.find(By.id("attendees")).getAttribute("value"))
        .isEqualTo("Giulia Rossi, Marco Bianchi");

    date("next_review", "2027-01-11");
    browser.submit(By.id("outcome"));
    assertThat(browser.path()).isEqualTo(page);
    assertThat(browser.find(By.cssSelector("[role=status]")).getText()).contains("2026-07-03");
    assertThat(browser.findAll(By.className("review-overdue"))).isEmpty();
    assertThat(browser.find(By.className("next-review")).getText())
        .startsWith("2027-01-11 · agreed at the last review");
    assertThat(browser.find(By.className("reviews-held")).getText())
        .contains("2026-07-03", "Giulia Rossi, Marco Bianchi", "unchanged", "2027-01-11");
    browser.screenshot("reviews-staff-" + name(), 1400);

    HttpResponse<byte[]> pdf = get(page + "/pack?from=2026-03&to=2026-06&lang=it&format=pdf");
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(pdf.headers().firstValue("Content-Disposition").orElseThrow())
        .contains("attachment", "review-pack-" + customer + "-2026-03-2026-06-it.pdf");
    assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

    browser.use(server);
    signIn(people.person(Role.CUSTOMER, customer), "/portal");
    browser.click(By.linkText("SLA reviews"));
    assertThat(browser.path()).isEqualTo(page);
    assertThat(browser.find(By.className("reviews-held")).getText()).contains("2026-07-03");
    assertThat(browser.findAll(By.id("outcome"))).isEmpty();
    String csrf = browser.find(By.cssSelector("input[name='_csrf']")).getAttribute("value");
    HttpResponse<byte[]> forged =
        post(
            page,
            "_csrf="
                + csrf
                + "&held_on=2026-07-04&outcome=forged&attendees=me&next_review=2028-01-01");
    assertThat(forged.statusCode()).as("a customer's forged record").isEqualTo(403);
    browser.screenshot("reviews-customer-" + name());

    String other = fixtures.customerWithContract("rival");
    browser.use(server);
    signIn(people.person(Role.CUSTOMER, other), "/portal");
    browser.go(page);
    assertThat(browser.heading()).isEqualTo("Not found");
    server.clock().set(RunningServer.START);
  }

  /** Sets a date field's value as a date picker would (its typed form depends on the locale). */
  private void date(String id, String value) {
    ((JavascriptExecutor) browser.driver())
        .executeScript("document.getElementById(arguments[0]).value = arguments[1]", id, value);
  }

  private void signIn(WebFixtures.Person person, String home) {
    WebFixtures.signIn(browser, person);
    browser.waitFor(Duration.ofSeconds(20), driver -> browser.path().equals(home));
  }

  private HttpResponse<byte[]> get(String path) throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
                .header("Cookie", "ACCORDO_SESSION=" + session())
                .build(),
            HttpResponse.BodyHandlers.ofByteArray());
  }

  private HttpResponse<byte[]> post(String path, String form) throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
                .header("Cookie", "ACCORDO_SESSION=" + session())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build(),
            HttpResponse.BodyHandlers.ofByteArray());
  }

  private String session() {
    return browser.driver().manage().getCookieNamed("ACCORDO_SESSION").getValue();
  }

  private String name() {
    return database.name().toLowerCase(Locale.ROOT);
  }
}
