package org.accordo.app.contracts;

import static org.assertj.core.api.Assertions.assertThat;

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

/**
 * The contracts' pages in a real browser, on both databases: an admin uploads a version whose
 * availability target promises 100 %, and the linter's error is shown under that line with its
 * hint; a document that does not load is refused with its problem under its line and the text kept;
 * the agreement reads in Italian; two versions are compared side by side.
 */
@ParameterizedClass(name = "on {0}")
@EnumSource(TestDatabase.class)
class ContractsBrowserTests {

  private static Browser browser;

  private final TestDatabase database;
  private final RunningServer server;
  private final ApiFixtures api;
  private final WebFixtures people;

  ContractsBrowserTests(TestDatabase database) {
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
  void showsALintErrorAtItsLineAndComparesTwoVersions() {
    String customer = api.customerWithContract("lint");
    String perfect =
        ApiFixtures.contract("lint-contract", "{ from: 2026-01-01 }")
            .replace("      target: 99.9%\n", "      target: 100%\n");
    int line = lineOf(perfect, "      target: 100%");
    browser.use(server);
    WebFixtures.signIn(browser, people.person(Role.ADMIN, null));

    browser.go("/customers/" + customer + "/contracts");
    browser.type("document", perfect);
    browser.submit(By.cssSelector("form.stacked button[type=submit]"));

    assertThat(browser.heading()).isEqualTo("lint-contract, version 2");
    assertThat(browser.find(By.cssSelector("p.notice")).getText())
        .isEqualTo("Version 2 was stored.");
    List<WebElement> notes =
        browser.findAll(By.cssSelector("tr.note.error[data-line='" + line + "']"));
    assertThat(notes).hasSize(1);
    assertThat(notes.get(0).getText())
        .startsWith("error at line " + line + ", column")
        .contains("Hint: Promise what can be kept and measured", "[perfect-target]");
    assertThat(browser.find(By.id("line-" + line)).getText()).contains("target: 100%");
    // the error's line in view: its anchor, a few lines before it
    browser.driver().get(browser.driver().getCurrentUrl() + "#line-" + (line - 6));
    browser.screenshot("contract-lint-" + name());

    browser.click(By.linkText("The agreement in Italian"));
    assertThat(browser.find(By.cssSelector("article.agreement")).getAttribute("lang"))
        .isEqualTo("it");
    browser.screenshot("contract-agreement-it-" + name());

    browser.go("/customers/" + customer + "/contracts/diff?from=1&to=2");
    List<WebElement> changed = browser.findAll(By.cssSelector("table.diff tr.changed"));
    assertThat(changed).hasSize(1);
    assertThat(changed.get(0).getText()).contains("target: 99.9%", "target: 100%");
    browser.screenshot("contract-diff-" + name());
  }

  @Test
  void refusesADocumentThatDoesNotLoadWithItsProblemAtItsLine() {
    String customer = api.customerWithContract("broken");
    browser.use(server);
    WebFixtures.signIn(browser, people.person(Role.ADMIN, null));

    browser.go("/customers/" + customer + "/contracts");
    browser.type("document", "contract:\n  id: [unclosed\n");
    browser.submit(By.cssSelector("form.stacked button[type=submit]"));

    assertThat(browser.find(By.cssSelector("p.notice.problem")).getText())
        .startsWith("Not uploaded: the document has");
    assertThat(browser.findAll(By.cssSelector(".note.error"))).isNotEmpty();
    assertThat(browser.find(By.id("document")).getAttribute("value"))
        .isEqualTo("contract:\n  id: [unclosed\n");
    assertThat(browser.findAll(By.cssSelector("table.versions tbody tr"))).hasSize(1);
    browser.screenshot("contract-refused-" + name());
  }

  private static int lineOf(String document, String text) {
    List<String> lines = document.lines().toList();
    return lines.indexOf(text) + 1;
  }

  private String name() {
    return database.name().toLowerCase(Locale.ROOT);
  }
}
