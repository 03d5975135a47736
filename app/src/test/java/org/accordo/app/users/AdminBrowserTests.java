package org.accordo.app.users;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
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
 * The admin's pages in a real browser, on both databases: a token issued on the page shows its
 * secret once, the secret works on the API until the token is revoked on the page; the audit log,
 * filtered by action and day, lists the issuing and the revocation; webhook subscriptions and
 * inbound sources are added (a refusal names the field, a secret is never shown) and disabled.
 */
@ParameterizedClass(name = "on {0}")
@EnumSource(TestDatabase.class)
class AdminBrowserTests {

  private static Browser browser;

  private final TestDatabase database;
  private final RunningServer server;
  private final WebFixtures people;

  AdminBrowserTests(TestDatabase database) {
    this.database = database;
    this.server = RunningServer.on(database);
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
  void issuesATokenShowingItsSecretOnceRevokesItAndAuditsBoth() {
    String name = "psa-bridge-" + System.nanoTime();
    browser.use(server);
    WebFixtures.Person admin = people.person(Role.ADMIN, null);
    WebFixtures.signIn(browser, admin);

    browser.go("/admin/tokens");
    browser.type("name", name);
    browser.submit(By.cssSelector("form.filters button[type=submit]"));

    String secret = browser.find(By.id("secret")).getAttribute("value");
    assertThat(browser.find(By.id("issued-title")).getText()).startsWith("Token " + name);
    assertThat(api(secret)).isEqualTo(200);
    WebElement line =
        browser.findAll(By.cssSelector("table.tokens tbody tr")).stream()
            .filter(r -> r.getText().contains(name))
            .findFirst()
            .orElseThrow();
    String id = line.getAttribute("data-token");
    browser.screenshot("tokens-" + name());
    browser.go("/admin/tokens");
    assertThat(browser.findAll(By.id("secret"))).isEmpty();
    assertThat(browser.find(By.tagName("main")).getText()).doesNotContain(secret);

    browser.click(By.cssSelector("tr[data-token='" + id + "'] button[type=submit]"));
    awaitText(By.cssSelector("tr[data-token='" + id + "']"), "revoked");
    assertThat(api(secret)).isEqualTo(401);

    // the day in the viewer's zone (the test people's, Europe/Rome)
    String today =
        LocalDate.ofInstant(server.clock().instant(), ZoneId.of("Europe/Rome")).toString();
    browser.go("/admin/audit?action=token.revoked&from=" + today + "&to=" + today);
    assertThat(browser.find(By.cssSelector("table.audit tbody")).getText())
        .contains("token.revoked", id);
    browser.go("/admin/audit?action=token.created");
    assertThat(browser.find(By.cssSelector("table.audit tbody")).getText()).contains(id);
    browser.screenshot("audit-" + name());
    browser.go("/admin/audit?from=not-a-day");
    assertThat(browser.find(By.cssSelector("p.problem")).getText())
        .isEqualTo("Filters refused: from is not a day such as 2026-03-09. Every entry is shown.");
  }

  @Test
  void addsAndDisablesWebhookSubscriptionsAndInboundSources() {
    String secret = "whsec-0123456789abcdefghijklmnopqrstuv";
    String source = "halo" + (System.nanoTime() % 1_000_000);
    browser.use(server);
    WebFixtures.signIn(browser, people.person(Role.ADMIN, null));

    browser.go("/admin/webhooks");
    browser.type("url", "http://127.0.0.1:9/hooks/" + source).type("secret", "short");
    browser.submit(By.cssSelector("form.filters button[type=submit]"));
    assertThat(browser.find(By.cssSelector("p.problem")).getText())
        .startsWith("Not added: secret must be");
    assertThat(browser.find(By.id("url")).getAttribute("value"))
        .isEqualTo("http://127.0.0.1:9/hooks/" + source);
    browser.type("secret", secret);
    browser.submit(By.cssSelector("form.filters button[type=submit]"));
    WebElement hook =
        browser.findAll(By.cssSelector("table.webhooks tbody tr")).stream()
            .filter(r -> r.getText().contains("/hooks/" + source))
            .findFirst()
            .orElseThrow();
    assertThat(browser.find(By.tagName("main")).getText()).doesNotContain(secret);
    String hookId = hook.getAttribute("data-webhook");
    browser.click(hook.findElement(By.cssSelector("button[type=submit]")));
    awaitText(By.cssSelector("tr[data-webhook='" + hookId + "']"), "disabled");
    assertThat(browser.find(By.cssSelector("tr[data-webhook='" + hookId + "']")).getText())
        .contains("(admin)");
    browser.screenshot("webhooks-" + name());

    browser.go("/admin/sources");
    browser.type("id", source).type("name", "HaloPSA").type("secret", secret);
    browser.submit(By.cssSelector("form.filters button[type=submit]"));
    assertThat(browser.find(By.cssSelector("tr[data-source='" + source + "']")).getText())
        .contains("HaloPSA");
    browser.type("id", source).type("name", "HaloPSA again").type("secret", secret);
    browser.submit(By.cssSelector("form.filters button[type=submit]"));
    assertThat(browser.find(By.cssSelector("p.problem")).getText())
        .isEqualTo("Not registered: a source " + source + " exists already.");
    browser.click(By.cssSelector("tr[data-source='" + source + "'] button[type=submit]"));
    awaitText(By.cssSelector("tr[data-source='" + source + "']"), "disabled");
    browser.screenshot("sources-" + name());
  }

  /** Waits for the page a button posted to (post, redirect, get) to show {@code text} there. */
  private void awaitText(By element, String text) {
    browser.waitFor(
        Duration.ofSeconds(20),
        driver -> {
          try {
            return browser.find(element).getText().contains(text);
          } catch (RuntimeException stillLoading) {
            return false;
          }
        });
  }

  private int api(String secret) {
    return server.api().get("/api/v1/customers").token(secret).send().status();
  }

  private String name() {
    return database.name().toLowerCase(Locale.ROOT);
  }
}
