package org.accordo.app.statements;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Locale;
import org.accordo.app.security.Role;
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
 * The statement page in a real browser, on both databases, with March 2026 of a customer with the
 * reference contract (a 48.00 EUR breach and the 120.00 EUR availability tier): provisional while
 * the month is open, then its final version with its credit lines, which an admin applies to an
 * invoice (a blank reference refused naming the field) and waives; its PDF downloaded in Italian;
 * the customer's own user reads it without the admin's forms and a forged settlement is refused;
 * another customer's user gets the page of a missing customer.
 */
@ParameterizedClass(name = "on {0}")
@EnumSource(TestDatabase.class)
class StatementsBrowserTests {

  private static final YearMonth MARCH = YearMonth.of(2026, 3);

  private static Browser browser;

  private final TestDatabase database;
  private final RunningServer server;
  private final StatementFixtures fixtures;
  private final WebFixtures people;

  StatementsBrowserTests(TestDatabase database) {
    this.database = database;
    this.server = RunningServer.closing(database);
    this.fixtures = new StatementFixtures(server);
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
  void showsTheMonthProvisionalThenFinalWithItsCreditsSettledByAnAdmin() throws Exception {
    server.clock().set(Instant.parse("2026-03-10T18:00:00Z"));
    String customer = fixtures.customer("stmt", "{ from: 2026-03-01, to: 2026-03-31 }");
    fixtures.p1(customer, Instant.parse("2026-03-10T08:00:00Z"), Duration.ofHours(5));
    fixtures.outage(
        customer,
        Instant.parse("2026-03-05T10:00:00Z"),
        Instant.parse("2026-03-05T11:00:00Z"),
        "provider");
    String page = "/statements/" + customer + "/" + MARCH;
    browser.use(server);
    signIn(people.person(Role.CUSTOMER, customer), "/portal");

    browser.go(page);
    assertThat(browser.heading()).isEqualTo("Statement of " + customer + ", 2026-03");
    assertThat(browser.find(By.className("status-line")).getText())
        .containsIgnoringCase("provisional")
        .contains("the month closes at 2026-04-");
    assertThat(browser.find(By.className("statement")).getText()).isNotBlank();
    browser.screenshot("statement-provisional-" + name());

    fixtures.closedAt(Instant.parse("2026-04-03T22:00:01Z"), customer, MARCH);
    browser.use(server);
    signIn(people.person(Role.ADMIN, null), "/board");
    browser.go(page);
    assertThat(browser.find(By.className("status-line")).getText())
        .containsIgnoringCase("final")
        .contains("Version 1");
    assertThat(browser.find(By.className("versions")).getText()).contains("final", "168.00 EUR");
    WebElement tier = line("120.00 EUR");
    WebElement breach = line("48.00 EUR");
    assertThat(tier.getText()).contains("Availability", "owed");
    assertThat(breach.getText()).contains("Breach", "owed");

    String tierId = tier.getAttribute("data-line");
    browser.click(tier.findElement(By.xpath(".//button[text()='Apply']")));
    assertThat(browser.find(By.cssSelector("[role=alert]")).getText())
        .contains("invoice_reference");
    assertThat(line("120.00 EUR").getText()).contains("owed");

    browser.type("invoice-" + tierId, "INV-2026-04-17");
    browser.click(line("120.00 EUR").findElement(By.xpath(".//button[text()='Apply']")));
    assertThat(browser.find(By.className("notice")).getText()).contains(tierId);
    assertThat(line("120.00 EUR").getText()).contains("applied", "INV-2026-04-17");
    String breachId = line("48.00 EUR").getAttribute("data-line");
    browser.type("reason-" + breachId, "goodwill after the review");
    browser.click(line("48.00 EUR").findElement(By.xpath(".//button[text()='Waive']")));
    assertThat(line("48.00 EUR").getText()).contains("waived", "goodwill after the review");
    browser.screenshot("statement-" + name(), 1600);

    HttpResponse<byte[]> pdf = get(page + "/pdf?lang=it");
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
    assertThat(pdf.headers().firstValue("Content-Disposition").orElseThrow())
        .contains("attachment", "-v1-it.pdf");
    assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

    browser.use(server);
    signIn(people.person(Role.CUSTOMER, customer), "/portal");
    browser.go(page);
    assertThat(line("120.00 EUR").getText()).contains("applied");
    assertThat(browser.findAll(By.xpath("//button[text()='Apply']"))).isEmpty();
    String csrf = browser.find(By.cssSelector("input[name='_csrf']")).getAttribute("value");
    HttpResponse<byte[]> forged =
        post(page + "/credits/" + tierId + "/waive", "_csrf=" + csrf + "&reason=forged");
    assertThat(forged.statusCode()).as("a customer's forged settlement").isEqualTo(403);
    browser.screenshot("statement-customer-" + name());

    String other = fixtures.customer("rival", "{ from: 2026-03-01, to: 2026-03-31 }");
    browser.use(server);
    signIn(people.person(Role.CUSTOMER, other), "/portal");
    browser.go(page);
    assertThat(browser.heading()).isEqualTo("Not found");
    String anothers = browser.find(By.tagName("main")).getText().replace(customer, "ID");
    browser.go("/statements/no-such-customer/" + MARCH);
    assertThat(browser.heading()).isEqualTo("Not found");
    assertThat(browser.find(By.tagName("main")).getText().replace("no-such-customer", "ID"))
        .as("another customer's statement answers like a missing one")
        .isEqualTo(anothers);
    assertThat(get(page + "/pdf?lang=en").statusCode()).isEqualTo(404);
  }

  /** Signs {@code person} in and waits until the browser has landed on {@code home}. */
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
