package org.accordo.app.desk;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.openqa.selenium.WebElement;

/**
 * The customers' pages in a real browser, on both databases: the list names each customer's
 * contract in force; a customer's page shows this month's compliance from a ticket answered in the
 * test, the availability with its downtime budget and the credits; an admin edits the customer (a
 * refusal names the field and keeps what was typed), an agent may not.
 */
@ParameterizedClass(name = "on {0}")
@EnumSource(TestDatabase.class)
class CustomersBrowserTests {

  private static final Instant OPENED = Instant.parse("2026-03-09T09:00:00Z");

  private static Browser browser;

  private final TestDatabase database;
  private final RunningServer server;
  private final ApiFixtures api;
  private final WebFixtures people;

  CustomersBrowserTests(TestDatabase database) {
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
  void showsACustomersContractAndMonthAndLetsAnAdminEditIt() {
    server.clock().set(OPENED);
    String customer = api.customerWithContract("month");
    String ticket = api.ticket(customer, "P1", "service-desk", null);
    server.clock().advance(Duration.ofMinutes(10));
    var replied =
        server
            .api()
            .post("/api/v1/tickets/" + ticket + "/events")
            .token(RunningServer.ADMIN_TOKEN)
            .json("{\"type\": \"agent_replied\", \"public\": true}")
            .send();
    assertThat(replied.status()).as("%s", replied).isEqualTo(201);
    server.clock().advance(Duration.ofDays(2));
    var outage =
        server
            .api()
            .post("/api/v1/customers/" + customer + "/outages")
            .token(RunningServer.ADMIN_TOKEN)
            .json(
                "{\"service\": \"servers\", \"from\": \""
                    + OPENED.plus(Duration.ofHours(1))
                    + "\", \"to\": \""
                    + OPENED.plus(Duration.ofMinutes(90))
                    + "\", \"cause\": \"provider\"}")
            .send();
    assertThat(outage.status()).as("%s", outage).isEqualTo(201);
    browser.use(server);
    WebFixtures.signIn(browser, people.person(Role.ADMIN, null));

    browser.go("/customers");
    WebElement line = browser.find(By.cssSelector("tr[data-customer='" + customer + "']"));
    assertThat(line.getText()).contains("month Srl", "month-contract (version 1)");
    // two days on, its P1 resolution (4 h) and periodic update (1 h) are breached
    assertThat(line.findElement(By.className("count")).getText()).isEqualTo("2");
    browser.screenshot("customers-" + name());
    browser.click(By.linkText("month Srl"));

    assertThat(browser.heading()).isEqualTo("month Srl");
    assertThat(browser.find(By.className("contract")).getText())
        .isEqualTo("month-contract · version 1 · in force from 2026-01-01 to open end");
    assertThat(browser.find(By.className("compliance")).getText())
        .contains("service-desk First response P1 1 0 100 %");
    // the 30 min outage recorded on the server counts: 44 min of budget, 14 min left
    assertThat(browser.find(By.className("availability")).getText())
        .contains("servers", "99.9 %", "44 min", "14 min")
        .doesNotContain("100 %");
    assertThat(browser.find(By.className("credits")).getText()).startsWith("Owed so far: ");
    browser.screenshot("customer-" + name(), 1300);

    browser.click(By.linkText("Edit the customer"));
    browser.type("name", "Month Renamed Srl").type("zone", "Mars/Olympus");
    browser.submit(By.cssSelector("form.stacked button[type=submit]"));
    assertThat(browser.find(By.className("problem")).getText())
        .isEqualTo("Not saved: Time zone is not a time zone such as Europe/Rome.");
    assertThat(browser.find(By.id("name")).getAttribute("value")).isEqualTo("Month Renamed Srl");
    browser.screenshot("customer-edit-refused-" + name());
    browser.type("zone", "Europe/Zurich");
    browser.submit(By.cssSelector("form.stacked button[type=submit]"));

    assertThat(browser.heading()).isEqualTo("Month Renamed Srl");
    assertThat(browser.find(By.cssSelector("p.notice")).getText()).isEqualTo("Saved.");
    assertThat(browser.find(By.cssSelector("dl.facts")).getText()).contains("Europe/Zurich");

    browser.click(By.linkText("Edit the customer"));
    browser.click(By.xpath("//button[text()='Disable this customer']"));
    assertThat(browser.find(By.cssSelector("dd.state-disabled")).getText()).isEqualTo("Disabled");
    assertThat(
            server
                .api()
                .get("/api/v1/customers/" + customer)
                .token(RunningServer.ADMIN_TOKEN)
                .send()
                .json()
                .path("state")
                .asString())
        .isEqualTo("disabled");
    browser.click(By.linkText("Edit the customer"));
    browser.click(By.xpath("//button[text()='Enable this customer again']"));
    assertThat(browser.find(By.cssSelector("dd.state-active")).getText()).isEqualTo("Active");
  }

  @Test
  void letsAnAgentReadButNotEditACustomer() {
    String customer = api.customerWithContract("agentview");
    browser.use(server);
    WebFixtures.signIn(browser, people.person(Role.AGENT, null));

    browser.go("/customers/" + customer);
    assertThat(browser.heading()).isEqualTo("agentview Srl");
    assertThat(browser.findAll(By.linkText("Edit the customer"))).isEmpty();

    browser.go("/customers/" + customer + "/edit");
    assertThat(browser.heading()).isEqualTo("Not allowed");
    browser.go("/customers/no-such-customer");
    assertThat(browser.heading()).isEqualTo("Not found");
  }

  private String name() {
    return database.name().toLowerCase(Locale.ROOT);
  }
}
