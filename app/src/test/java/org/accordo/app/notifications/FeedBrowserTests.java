package org.accordo.app.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import org.accordo.app.audit.AuditFilter;
import org.accordo.app.audit.AuditLog;
import org.accordo.app.security.Role;
import org.accordo.app.support.Api;
import org.accordo.app.support.ApiFixtures;
import org.accordo.app.support.Await;
import org.accordo.app.support.Browser;
import org.accordo.app.support.RunningServer;
import org.accordo.app.support.TestDatabase;
import org.accordo.app.support.WebFixtures;
import org.accordo.app.web.PageRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The escalations and notifications feeds in a real browser, on both databases: a webhook whose
 * receiver (a real local HTTP server) fails every attempt ends dead; the escalations feed lists the
 * L1 escalation that caused it; an admin filters the notifications on dead ones and retries it
 * (audited), and once the receiver answers it is delivered; an agent sees no retry button.
 */
@ParameterizedClass(name = "on {0}")
@EnumSource(TestDatabase.class)
class FeedBrowserTests {

  /** A Monday, 10:00 in Rome: the example contract's P1 clocks run on its "always" calendar. */
  private static final Instant OPENED = Instant.parse("2026-03-09T09:00:00Z");

  private static final Duration WITHIN = Duration.ofSeconds(30);

  private static Browser browser;

  private final TestDatabase database;
  private final RunningServer server;
  private final ApiFixtures api;
  private final WebFixtures people;

  FeedBrowserTests(TestDatabase database) {
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
  void anAdminRetriesADeadDeliveryWhichIsThenDelivered() {
    AtomicBoolean failing = new AtomicBoolean(true);
    try (WebhookReceiver receiver = WebhookReceiver.answering(r -> failing.get() ? 500 : 204)) {
      server.clock().set(OPENED);
      String customer = api.customerWithContract("feed");
      subscribe(receiver.url(), customer);
      api.ticket(customer, "P1", "service-desk", null);
      server.clock().advance(Duration.ofMinutes(23)); // past L1, 75 % of 30 minutes
      // four attempts (the tests' max-attempts), after waits of 1, 2 and 4 s
      for (int attempt = 1; attempt <= 3; attempt++) {
        int seen = attempt;
        Await.until(WITHIN, () -> receiver.received().size(), n -> n == seen, "attempt " + seen);
        server.clock().advance(Duration.ofSeconds(1L << (attempt - 1)));
      }
      Await.until(WITHIN, () -> receiver.received().size(), n -> n == 4, "attempt 4");
      browser.use(server);
      WebFixtures.signIn(browser, people.person(Role.ADMIN, null));

      browser.go("/escalations?customer=" + customer);
      assertThat(browser.find(By.cssSelector("table.escalations tbody")).getText())
          .contains("2026-03-09 10:22 +01:00", "Escalation at 75 % L1", "First response, cycle 1");
      browser.screenshot("escalations-" + name());

      WebElement dead = awaitRow("/notifications?state=dead&customer=" + customer, "dead");
      assertThat(dead.getText()).contains("webhook", "given up (4)", "status 500");
      browser.screenshot("notifications-dead-" + name());
      failing.set(false);
      browser.click(dead.findElement(By.cssSelector("button[type=submit]")));

      assertThat(browser.find(By.cssSelector("p.notice")).getText())
          .startsWith("The delivery to ")
          .endsWith(" will be attempted again now.");
      awaitRow("/notifications?state=delivered&customer=" + customer, "delivered");
      assertThat(receiver.received()).hasSize(5);
      assertThat(
              server
                  .bean(AuditLog.class)
                  .page(AuditFilter.ALL, new PageRequest(0, 50, "-id"))
                  .items()
                  .stream()
                  .filter(e -> e.action().equals("notification.retried"))
                  .filter(e -> customer.equals(e.customerId())))
          .hasSize(1);
      browser.screenshot("notifications-" + name());
    }
  }

  @Test
  void anAgentSeesTheFeedsWithoutARetryButton() {
    browser.use(server);
    WebFixtures.signIn(browser, people.person(Role.AGENT, null));

    browser.go("/notifications?state=dead");
    assertThat(browser.heading()).isEqualTo("Notifications");
    assertThat(browser.findAll(By.cssSelector("form[action$='/retry']"))).isEmpty();
    browser.go("/escalations?kind=breach");
    assertThat(browser.heading()).isEqualTo("Escalations and breaches");
  }

  /** Reloads {@code path} until its webhook row has the class {@code css}. */
  private WebElement awaitRow(String path, String css) {
    return browser.waitFor(
        WITHIN,
        driver -> {
          browser.go(path);
          return browser.findAll(By.cssSelector("table.notifications tr." + css)).stream()
              .filter(row -> row.getText().contains("webhook"))
              .findFirst()
              .orElse(null);
        });
  }

  private void subscribe(String url, String customer) {
    Api.Response created =
        server
            .api()
            .post("/api/v1/webhooks")
            .token(RunningServer.ADMIN_TOKEN)
            .json(
                "{\"url\": \""
                    + url
                    + "\", \"secret\": \""
                    + NotificationIntegrationTests.SECRET
                    + "\", \"customer_id\": \""
                    + customer
                    + "\"}")
            .send();
    assertThat(created.status()).as("%s", created).isEqualTo(201);
  }

  private String name() {
    return database.name().toLowerCase(Locale.ROOT);
  }
}
