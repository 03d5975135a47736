package org.accordo.app.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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

/**
 * The simulation page in a real browser, on both databases: an agent asks what a 10-hour P3
 * resolution would have done to February (a file of the proposed contract): the page shows the
 * simulation's document with the totals (one clock newly breached), its chart and the ticket that
 * changes; a proposal with lint errors is refused with its findings and its text kept; a month that
 * is not one is refused naming the field; another customer's user gets the 404 page, the customer's
 * own user the form.
 */
@ParameterizedClass(name = "on {0}")
@EnumSource(TestDatabase.class)
class SimulationBrowserTests {

  private static Browser browser;

  private final TestDatabase database;
  private final RunningServer server;
  private final WebFixtures people;
  private final ApiFixtures fixtures;

  SimulationBrowserTests(TestDatabase database) {
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
  void anAgentSeesWhatATighterTargetWouldHaveDone() throws IOException {
    String customer = customerWithHistory("page-sim");
    browser.use(server);
    WebFixtures.signIn(browser, people.person(Role.AGENT, null));
    browser.go("/customers/" + customer);
    browser.click(By.linkText("What if (simulation)"));
    assertThat(browser.path()).isEqualTo("/simulations/" + customer);

    browser.find(By.id("file")).sendKeys(file(proposal("10h")).toString());
    browser.type("from", "2026-02").type("to", "2026-02");
    browser.submit(By.id("compliance"));

    assertThat(row("Clocks breached")).isEqualTo("Clocks breached 0 1 +1");
    assertThat(row("Clocks met")).isEqualTo("Clocks met 2 1 -1");
    assertThat(browser.findAll(By.cssSelector("article.simulation img.chart")))
        .isNotEmpty()
        .allSatisfy(
            chart ->
                assertThat(chart.getAttribute("src")).startsWith("data:image/svg+xml;base64,"));
    assertThat(browser.find(By.cssSelector("article.simulation")).getText())
        .contains("What if:", "Proposed contract", "resolution");
    assertThat(browser.find(By.id("proposed")).getAttribute("value")).contains("target: 10h");
    browser.screenshot("simulation-" + name(), 2400);
  }

  @Test
  void aProposalWithLintErrorsIsRefusedWithItsFindings() throws IOException {
    String customer = customerWithHistory("page-sim-lint");
    browser.use(server);
    WebFixtures.signIn(browser, people.person(Role.ADMIN, null));
    browser.go("/simulations/" + customer);

    // resolution faster than the first response: an error of the linter
    browser.find(By.id("file")).sendKeys(file(proposal("1m")).toString());
    browser.type("from", "2026-02").type("to", "2026-02");
    browser.submit(By.id("compliance"));

    assertThat(browser.find(By.cssSelector("[role=alert]")).getText())
        .startsWith("Not simulated: The proposed contract (YAML) the proposed contract has ");
    assertThat(browser.findAll(By.cssSelector("ul.problems li.error"))).isNotEmpty();
    assertThat(browser.find(By.id("proposed")).getAttribute("value")).contains("target: 1m");
    assertThat(browser.findAll(By.cssSelector("article.simulation"))).isEmpty();
    browser.screenshot("simulation-refused-" + name(), 1200);

    browser.type("from", "2026-13");
    browser.submit(By.id("compliance"));
    assertThat(browser.find(By.id("from-problem")).getText())
        .isEqualTo("'2026-13' is not a month; write e.g. 2026-03");
  }

  @Test
  void anotherCustomersUserGetsTheNotFoundPage() {
    String customer = customerWithHistory("page-sim-own");
    String other = fixtures.customerWithContract("page-sim-other");
    browser.use(server);
    WebFixtures.signIn(browser, people.person(Role.CUSTOMER, other));

    browser.go("/simulations/" + customer);
    assertThat(browser.heading()).isEqualTo("Not found");
    browser.go("/simulations/" + other);
    assertThat(browser.heading()).startsWith("What if: ");
  }

  /**
   * A customer with the reference contract and one P3 ticket of February resolved in 11 business
   * hours (met under 24 hours, breached under 10).
   */
  private String customerWithHistory(String prefix) {
    String customer = fixtures.customerWithContract(prefix);
    String ticket = fixtures.ticket(customer, "P3", null, Instant.parse("2026-02-02T09:00:00Z"));
    event(
        ticket,
        "{\"type\": \"agent_replied\", \"public\": true, \"at\": \"2026-02-02T09:30:00Z\"}");
    event(
        ticket,
        "{\"type\": \"status_changed\", \"status\": \"resolved\", \"at\": \"2026-02-03T12:30:00Z\"}");
    return customer;
  }

  private void event(String ticket, String json) {
    Api.Response r =
        server
            .api()
            .post("/api/v1/tickets/" + ticket + "/events")
            .token(RunningServer.ADMIN_TOKEN)
            .json(json)
            .send();
    assertThat(r.status()).as("%s", r).isEqualTo(201);
  }

  private static String proposal(String p3Resolution) {
    return ApiFixtures.contract("proposal", "{ from: 2026-01-01 }")
        .replace(
            "P3: { target: 24h, calendar: office }",
            "P3: { target: " + p3Resolution + ", calendar: office }");
  }

  private static String row(String label) {
    return browser
        .find(
            By.xpath("//article[contains(@class,'simulation')]//tr[td[1][text()='" + label + "']]"))
        .getText();
  }

  private static Path file(String content) throws IOException {
    return Files.writeString(
        Files.createTempDirectory("accordo-simulation-page-").resolve("proposed.yaml"), content);
  }

  private String name() {
    return database.name().toLowerCase(Locale.ROOT);
  }
}
