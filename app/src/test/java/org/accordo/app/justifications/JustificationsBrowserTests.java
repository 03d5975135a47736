package org.accordo.app.justifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
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
 * Breach justification in a real browser, on both databases: an agent asks from the ticket page to
 * excuse a breached first response (a blank evidence refused at its field, nothing stored); an
 * admin who asked for another one sees no buttons on it and a forged approval is the 403 page with
 * the four-eyes reason; another admin approves the agent's request, and the ticket page shows the
 * clock recomputed (met) and the {@code excluded} event; the customer's user sees the excused clock
 * with its reason on their portal ticket page. The reference contract: P1 first response 30 min.
 */
@ParameterizedClass(name = "on {0}")
@EnumSource(TestDatabase.class)
class JustificationsBrowserTests {

  static final String ADMIN = RunningServer.ADMIN_TOKEN;
  static final Instant OPENED = Instant.parse("2026-03-02T09:00:00Z");

  private static Browser browser;

  private final TestDatabase database;
  private final RunningServer server;
  private final Api api;
  private final ApiFixtures fixtures;
  private final WebFixtures people;

  JustificationsBrowserTests(TestDatabase database) {
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
  void anAgentAsksAnotherAdminApprovesAndTheClockIsRecomputed() throws Exception {
    server.clock().set(OPENED);
    String customer = fixtures.customerWithContract("webexcuse");
    String ticket = breachedFirstResponse(customer);

    browser.use(server);
    signIn(people.person(Role.AGENT, null), "/board");
    browser.go("/tickets/" + ticket);
    assertThat(clock("First response").getAttribute("class")).isEqualTo("clock breached");
    new Select(browser.find(By.id("justify-metric"))).selectByValue("first_response");
    browser.submit(By.id("justify-metric"));
    assertThat(browser.heading()).isEqualTo("Excuse a clock");
    new Select(browser.find(By.id("reason"))).selectByValue("customer_caused");
    browser.type("from", "2026-03-02T10:00");
    browser.type("to", "2026-03-02T10:20");
    browser.submit(By.id("to"));
    assertThat(browser.find(By.id("evidence-problem")).getText()).isEqualTo("is required");
    assertThat(browser.find(By.id("from")).getAttribute("value")).isEqualTo("2026-03-02T10:00");
    browser.screenshot("justification-refused-" + name());
    assertThat(requests(customer)).as("nothing stored").isZero();
    browser.type("evidence", "the customer's VPN was down, see their e-mail of 10:05");
    browser.submit(By.id("evidence"));
    assertThat(browser.find(By.className("notice")).getText()).contains("First response · cycle 1");
    WebElement asked = request(customer);
    assertThat(asked.getText()).contains("Caused by the customer", "by you at");
    assertThat(asked.findElements(By.className("approve"))).as("no buttons for an agent").isEmpty();

    browser.use(server);
    signIn(people.person(Role.ADMIN, null), "/board");
    browser.go("/justifications/new?ticket_id=" + ticket + "&metric=first_response");
    new Select(browser.find(By.id("reason"))).selectByValue("third_party");
    browser.type("evidence", "the carrier's line was cut");
    browser.type("from", "2026-03-02T10:20");
    browser.type("to", "2026-03-02T10:25");
    browser.submit(By.id("to"));
    WebElement own = listed("carrier");
    assertThat(own.getText()).contains("You asked for this: another admin decides it");
    assertThat(own.findElements(By.tagName("button"))).as("no buttons for the asker").isEmpty();
    String ownId = own.getAttribute("id").substring("justification-".length());
    String csrf = browser.find(By.cssSelector("input[name='_csrf']")).getAttribute("value");
    HttpResponse<String> forged =
        post("/justifications/" + ownId + "/approval", "_csrf=" + csrf + "&note=forged");
    assertThat(forged.statusCode()).as("the asker's forged approval").isEqualTo(403);
    assertThat(forged.body()).contains("four eyes");
    browser.screenshot("justifications-asker-" + name(), 1400);

    browser.use(server);
    signIn(people.person(Role.ADMIN, null), "/board");
    browser.go("/justifications?state=requested&customer_id=" + customer);
    assertThat(browser.findAll(By.cssSelector("article.justification"))).hasSize(2);
    WebElement agents = listed("VPN");
    browser.screenshot("justifications-decide-" + name(), 1400);
    String approveNote =
        agents.findElement(By.cssSelector("input[id^='approve-note-']")).getAttribute("id");
    browser.type(approveNote, "their e-mail confirms it");
    browser.submit(By.id(approveNote));
    assertThat(browser.path()).isEqualTo("/tickets/" + ticket);
    WebElement recomputed = clock("First response");
    assertThat(recomputed.getAttribute("class")).isEqualTo("clock done");
    assertThat(recomputed.findElement(By.className("badge")).getText())
        .isEqualToIgnoringCase("met");
    assertThat(browser.find(By.className("events")).getText())
        .contains(
            "excluded from the SLA",
            "2026-03-02 10:00 +01:00 – 2026-03-02 10:20 +01:00",
            "customer_caused: the customer's VPN was down");
    browser.screenshot("justification-approved-ticket-" + name(), 1900);
    assertThat(state(ticket)).isEqualTo("met");

    browser.use(server);
    signIn(people.person(Role.CUSTOMER, customer), "/portal");
    browser.go("/portal/tickets/" + ticket);
    List<WebElement> excused = browser.findAll(By.cssSelector("ul.excused li"));
    assertThat(excused).hasSize(1);
    assertThat(excused.get(0).getText())
        .contains("First response · cycle 1: Caused by the customer", "the customer's VPN was down")
        .doesNotContain("carrier");
    browser.screenshot("portal-excused-" + name());
  }

  /** The listed request whose evidence says {@code evidence}. */
  private WebElement listed(String evidence) {
    return browser.findAll(By.cssSelector("article.justification")).stream()
        .filter(a -> a.findElement(By.className("evidence")).getText().contains(evidence))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no request listed says " + evidence));
  }

  private WebElement request(String customer) {
    browser.go("/justifications?customer_id=" + customer);
    List<WebElement> lines = browser.findAll(By.cssSelector("article.justification"));
    assertThat(lines).hasSize(1);
    return lines.get(0);
  }

  private WebElement clock(String metric) {
    List<WebElement> clocks =
        browser.findAll(By.cssSelector("article.clock")).stream()
            .filter(c -> c.findElement(By.tagName("h3")).getText().startsWith(metric))
            .toList();
    assertThat(clocks).as("the clock %s", metric).hasSize(1);
    return clocks.get(0);
  }

  private void signIn(WebFixtures.Person person, String home) {
    WebFixtures.signIn(browser, person);
    browser.waitFor(Duration.ofSeconds(20), driver -> browser.path().equals(home));
  }

  /** A P1 ticket opened at 09:00 whose first public reply came at 09:40: breached at 09:30. */
  private String breachedFirstResponse(String customer) {
    String ticket = fixtures.ticket(customer, "P1", "servers", null);
    server.clock().set(OPENED.plus(Duration.ofMinutes(40)));
    Api.Response replied =
        api.post("/api/v1/tickets/" + ticket + "/events")
            .token(ADMIN)
            .json("{\"type\": \"agent_replied\", \"public\": true}")
            .send();
    assertThat(replied.status()).as("%s", replied).isEqualTo(201);
    assertThat(state(ticket)).isEqualTo("breached");
    return ticket;
  }

  private String state(String ticket) {
    return api.get("/api/v1/tickets/" + ticket)
        .token(ADMIN)
        .send()
        .json()
        .path("clocks")
        .valueStream()
        .filter(c -> c.path("metric").asString().equals("first_response"))
        .findFirst()
        .orElseThrow()
        .path("state")
        .asString();
  }

  private int requests(String customer) {
    return api.get("/api/v1/justifications?customer_id=" + customer)
        .token(ADMIN)
        .send()
        .json()
        .path("total")
        .asInt();
  }

  private HttpResponse<String> post(String path, String form) throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
                .header(
                    "Cookie",
                    "ACCORDO_SESSION="
                        + browser.driver().manage().getCookieNamed("ACCORDO_SESSION").getValue())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build(),
            HttpResponse.BodyHandlers.ofString());
  }

  private String name() {
    return database.name().toLowerCase(Locale.ROOT);
  }
}
