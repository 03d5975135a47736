package org.accordo.app.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
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
import org.openqa.selenium.support.ui.Select;

/**
 * The imports pages in a real browser, on both databases: an admin uploads a ConnectWise export
 * with its preset, keeping the good lines, and follows the import's progress to its result (the
 * tickets stored counted, its bad line listed, clocks measured); a thousand-line Freshservice list
 * with a bad line is refused whole, the line, column and value shown; a mapping that does not load
 * is refused at the mapping's field with its line; an upload without the ticket list is refused
 * naming the field; the customer's list shows both imports; an agent reads them without the form.
 */
@ParameterizedClass(name = "on {0}")
@EnumSource(TestDatabase.class)
class ImportsBrowserTests {

  private static final Duration IMPORT = Duration.ofSeconds(90);

  private static Browser browser;

  private final TestDatabase database;
  private final RunningServer server;
  private final WebFixtures people;
  private final ApiFixtures fixtures;

  ImportsBrowserTests(TestDatabase database) {
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
  void anAdminImportsAPresetsExportAndFollowsItsProgressToItsResult() throws IOException {
    String customer = fixtures.customerWithContract("page-import");
    browser.use(server);
    WebFixtures.signIn(browser, people.person(Role.ADMIN, null));
    browser.go("/customers/" + customer);
    browser.click(By.linkText("Imports"));
    assertThat(browser.path()).isEqualTo("/customers/" + customer + "/imports");
    assertThat(browser.find(By.cssSelector("td.empty")).getText()).isEqualTo("No import yet.");

    new Select(browser.find(By.id("preset"))).selectByValue("connectwise");
    browser.find(By.id("tickets")).sendKeys(resource("connectwise/tickets.csv"));
    browser.find(By.id("history")).sendKeys(resource("connectwise/history.csv"));
    new Select(browser.find(By.id("mode"))).selectByValue("keep_good_lines");
    browser.submit(By.id("mode"));

    assertThat(browser.path()).startsWith("/customers/" + customer + "/imports/");
    browser.waitFor(
        IMPORT,
        d ->
            d.findElement(By.cssSelector("#import-progress .state"))
                .getText()
                .startsWith("Completed"));
    assertThat(browser.find(By.id("import-bar")).getAttribute("value")).isEqualTo("100");
    assertThat(browser.find(By.id("import-progress")).getAttribute("hx-trigger")).isNull();
    long stored =
        server
            .jdbc()
            .sql("SELECT COUNT(*) FROM ticket WHERE customer_id = :c")
            .param("c", customer)
            .query(Long.class)
            .single();
    assertThat(stored).isGreaterThan(20);
    assertThat(count("New tickets")).isEqualTo(String.valueOf(stored));
    // the ticket list's bad line 12 (its created date, column 5), and the history lines of it
    List<String> refused =
        browser.findAll(By.cssSelector("section[aria-labelledby=refused-title] tbody tr")).stream()
            .map(WebElement::getText)
            .toList();
    assertThat(count("Lines refused")).isEqualTo(String.valueOf(refused.size()));
    assertThat(refused).anySatisfy(line -> assertThat(line).startsWith("tickets.csv 12 5"));
    assertThat(browser.find(By.cssSelector("#import-progress")).getText())
        .contains("first_response: measured", "resolution: measured");
    browser.screenshot("import-" + name(), 1400);
  }

  @Test
  void aBadLineRefusesTheWholeFileAndIsShownWithItsLineAndColumn() throws IOException {
    String customer = fixtures.customerWithContract("page-import-bad");
    Path tickets = write("tickets.csv", ImportApiIntegrationTests.freshservice(999, 617));
    browser.use(server);
    WebFixtures.signIn(browser, people.person(Role.ADMIN, null));
    browser.go("/customers/" + customer + "/imports");

    new Select(browser.find(By.id("preset"))).selectByValue("freshservice");
    browser.submit(By.id("mode"));
    assertThat(browser.find(By.cssSelector("[role=alert]")).getText())
        .isEqualTo(
            "Not imported: Ticket list (CSV or JSON Lines) choose a file that is not empty.");
    assertThat(browser.find(By.id("tickets-problem")).getText())
        .isEqualTo("choose a file that is not empty");
    assertThat(new Select(browser.find(By.id("preset"))).getFirstSelectedOption().getText())
        .isEqualTo("freshservice");

    browser.find(By.id("tickets")).sendKeys(tickets.toString());
    browser.submit(By.id("mode"));

    browser.waitFor(
        IMPORT,
        d ->
            d.findElement(By.cssSelector("#import-progress .state"))
                .getText()
                .startsWith("Refused: nothing stored"));
    assertThat(browser.find(By.cssSelector("table.lines tbody tr")).getText())
        .startsWith("tickets.csv 617 5")
        .contains("2026-02-30");
    browser.screenshot("import-refused-" + name(), 1400);

    browser.click(By.linkText("All the imports of this customer"));
    assertThat(browser.find(By.cssSelector("tbody tr.breached")).getText())
        .contains("freshservice", "All or nothing", "Refused: nothing stored", "100 %");
  }

  @Test
  void aMappingThatDoesNotLoadIsRefusedAtItsFieldWithItsLine() throws IOException {
    String customer = fixtures.customerWithContract("page-import-map");
    browser.use(server);
    WebFixtures.signIn(browser, people.person(Role.ADMIN, null));
    browser.go("/customers/" + customer + "/imports");

    browser
        .find(By.id("mapping"))
        .sendKeys(
            write("mapping.yaml", "mapping: { source: x, time_zone: Mars/Olympus }\n").toString());
    browser.find(By.id("tickets")).sendKeys(write("t.csv", "id\n1\n").toString());
    browser.submit(By.id("mode"));

    assertThat(browser.find(By.id("mapping-problem")).getText()).startsWith("line 1, column ");
    assertThat(browser.findAll(By.cssSelector("ul.problems li"))).hasSizeGreaterThanOrEqualTo(2);
    assertThat(browser.find(By.cssSelector("td.empty")).getText()).isEqualTo("No import yet.");
    browser.screenshot("import-mapping-refused-" + name());
  }

  @Test
  void anAgentReadsTheImportsWithoutTheForm() {
    String customer = fixtures.customerWithContract("page-import-agent");
    browser.use(server);
    WebFixtures.signIn(browser, people.person(Role.AGENT, null));
    browser.go("/customers/" + customer + "/imports");

    assertThat(browser.heading()).startsWith("Imports of ");
    assertThat(browser.findAll(By.id("tickets"))).isEmpty();
    browser.go("/customers/" + customer + "/imports/no-such-import");
    assertThat(browser.heading()).isEqualTo("Not found");
  }

  private static String count(String label) {
    return browser
        .find(By.xpath("//table[@class='counts']//tr[th[text()='" + label + "']]/td"))
        .getText();
  }

  private static String resource(String name) {
    return Path.of("src", "test", "resources", "imports", name).toAbsolutePath().toString();
  }

  private static Path write(String name, String content) {
    try {
      Path dir = Files.createTempDirectory("accordo-import-page-");
      return Files.writeString(dir.resolve(name), content);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private String name() {
    return database.name().toLowerCase(Locale.ROOT);
  }
}
