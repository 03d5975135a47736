package org.accordo.app.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.accordo.app.jdbc.Timestamps;
import org.accordo.app.security.Role;
import org.accordo.app.support.ApiFixtures;
import org.accordo.app.support.Await;
import org.accordo.app.support.Browser;
import org.accordo.app.support.RunningServer;
import org.accordo.app.support.TestDatabase;
import org.accordo.app.support.WebFixtures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The monitors' pages in a real browser, on both databases: an agent creates an HTTP monitor of a
 * local server (a bad URL refused at its field, what was typed kept), finds it in the list not
 * checked yet, and after the scheduler's check its service is up with its uptime and the month's
 * coverage; pausing shows it paused, deleting removes it and keeps what it measured. The customer's
 * user reads their service's status in the portal; another customer's monitor id is the same
 * not-found page as a missing one.
 */
@ParameterizedClass(name = "on {0}")
@EnumSource(TestDatabase.class)
class MonitorsBrowserTests {

  private static final Instant T0 = Instant.parse("2026-03-10T09:00:00Z");

  private static Browser browser;

  private final TestDatabase database;
  private final RunningServer server;
  private final ApiFixtures api;
  private final WebFixtures people;
  private HttpServer target;

  MonitorsBrowserTests(TestDatabase database) {
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

  @BeforeEach
  void startTarget() throws IOException {
    target = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 50);
    target.createContext(
        "/health",
        exchange -> {
          byte[] body = "ok".getBytes();
          exchange.sendResponseHeaders(200, body.length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
          }
        });
    target.start();
  }

  @AfterEach
  void stopTarget() {
    target.stop(0);
  }

  private Instant lastCheck(String monitorId) {
    return server
        .jdbc()
        .sql("SELECT last_check_at FROM monitor_run WHERE monitor_id = :id")
        .param("id", monitorId)
        .query((rs, row) -> Timestamps.read(rs, "last_check_at"))
        .optional()
        .orElse(null);
  }

  @Test
  void anAgentCreatesAMonitorAndSeesItsServiceUpAfterACheck() {
    server.clock().set(T0);
    String customer = api.customerWithContract("watched");
    String other = api.customerWithContract("unwatched");
    browser.use(server);
    WebFixtures.signIn(browser, people.person(Role.AGENT, null));

    browser.go("/customers/" + customer);
    browser.click(By.linkText("Monitors and service status"));
    assertThat(browser.heading()).isEqualTo("Monitors of watched Srl");
    browser.click(By.linkText("New monitor"));
    browser.type("name", "health page").type("url", "ftp://127.0.0.1/health");
    browser.type("timeout_seconds", "5");
    new Select(browser.find(By.id("service"))).selectByValue("servers");
    browser.submit(By.cssSelector("form.stacked button[type=submit]"));
    assertThat(browser.find(By.id("url-problem")).getText())
        .isEqualTo("must be an absolute URL with scheme http or https");
    assertThat(browser.find(By.id("name")).getAttribute("value")).isEqualTo("health page");
    browser.screenshot("monitor-refused-" + name(), 1400);

    browser.type("url", "http://127.0.0.1:" + target.getAddress().getPort() + "/health");
    browser.submit(By.cssSelector("form.stacked button[type=submit]"));
    assertThat(browser.heading()).isEqualTo("Monitors of watched Srl");
    WebElement line = browser.find(By.cssSelector("table.monitors tbody tr"));
    String monitorId = line.getAttribute("data-monitor");
    assertThat(line.getText()).contains("health page", "servers", "http", "1 min", "not checked");

    server.clock().set(T0.plus(Duration.ofMinutes(1)));
    server.bean(MonitorScheduler.class).poll();
    Instant checked =
        Await.until(
            Duration.ofSeconds(20), () -> lastCheck(monitorId), c -> c != null, "the first check");
    server.clock().set(checked.plus(Duration.ofMinutes(30)));
    browser.go("/customers/" + customer + "/monitors");
    assertThat(browser.find(By.cssSelector("table.monitors tbody tr")).getText())
        .contains("Up", "ok");
    assertThat(browser.find(By.cssSelector("tr[data-service='servers']")).getText())
        .contains("Up", "none", "100.000 %");
    assertThat(browser.find(By.cssSelector("tr[data-coverage='servers']")).getText())
        .as("one check covers its minute; the 29 after are not measured")
        .contains("servers 1 min 0 min");
    browser.screenshot("monitors-" + name(), 1400);

    browser.click(By.cssSelector("tr[data-monitor='" + monitorId + "'] button:not(.danger)"));
    assertThat(browser.find(By.cssSelector("table.monitors tbody tr")).getText())
        .contains("Paused");

    browser.use(server);
    WebFixtures.signIn(browser, people.person(Role.CUSTOMER, customer));
    browser.click(By.linkText("Service status"));
    assertThat(browser.heading()).isEqualTo("Your services' status");
    assertThat(browser.find(By.cssSelector("tr[data-service='servers']")).getText())
        .contains("servers");
    assertThat(browser.findAll(By.cssSelector("form"))).as("read only").hasSize(2);
    browser.screenshot("portal-monitors-" + name(), 1000);
    browser.click(By.linkText("health page"));
    assertThat(browser.find(By.cssSelector("dl.facts")).getText()).contains("ok", "Paused");

    String othersMonitor =
        server
            .api()
            .post("/api/v1/customers/" + other + "/monitors")
            .token(api.agentToken())
            .json(
                "{\"service\": \"servers\", \"kind\": \"tcp\", \"host\": \"127.0.0.1\","
                    + " \"port\": 9}")
            .send()
            .json()
            .path("id")
            .asString();
    browser.go("/portal/monitors/" + othersMonitor);
    assertThat(browser.heading()).isEqualTo("Not found");
    browser.go("/portal/monitors/no-such-monitor");
    assertThat(browser.heading()).isEqualTo("Not found");
    browser.go("/customers/" + customer + "/monitors");
    assertThat(browser.heading()).isEqualTo("Not allowed");

    browser.use(server);
    WebFixtures.signIn(browser, people.person(Role.AGENT, null));
    browser.go("/customers/" + customer + "/monitors");
    browser.click(By.cssSelector("tr[data-monitor='" + monitorId + "'] button.danger"));
    assertThat(browser.findAll(By.cssSelector("tr[data-monitor]"))).as("deleted").isEmpty();
    assertThat(browser.find(By.cssSelector("tr[data-coverage='servers']")).getText())
        .as("what it measured stays")
        .contains("servers 1 min");
  }

  private String name() {
    return database.name().toLowerCase(Locale.ROOT);
  }
}
