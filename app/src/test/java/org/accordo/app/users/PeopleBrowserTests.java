package org.accordo.app.users;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.openqa.selenium.support.ui.Select;

/**
 * An admin invites people from the people page in a real browser, on both databases: a refused
 * invitation shows the form again as typed, saying which field is wrong; a sent one lists the new
 * account as waiting for its password; an agent cannot reach the page.
 */
@ParameterizedClass(name = "on {0}")
@EnumSource(TestDatabase.class)
class PeopleBrowserTests {

  private static Browser browser;

  private final TestDatabase database;
  private final RunningServer server;
  private final WebFixtures people;

  PeopleBrowserTests(TestDatabase database) {
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
  void anAdminInvitesACustomersUser() {
    String customer = new ApiFixtures(server.api()).customer("invited");
    String email = ApiFixtures.uniqueId("new-person") + "@example.com";
    browser.use(server);
    WebFixtures.signIn(browser, people.person(Role.ADMIN, null));
    browser.click(By.linkText("People"));
    assertThat(browser.path()).isEqualTo("/admin/people");

    browser.type("email", email).type("name", "Giulia Bianchi");
    new Select(browser.find(By.id("role"))).selectByValue("customer");
    browser.submit(By.id("name"));

    assertThat(browser.find(By.cssSelector("[role=alert]")).getText())
        .isEqualTo(
            "Not sent: Customer (for a customer's user) is required for, and only for, a customer user.");
    assertThat(browser.find(By.id("email")).getAttribute("value")).isEqualTo(email);
    new Select(browser.find(By.id("customer"))).selectByValue(customer);
    browser.submit(By.id("name"));

    assertThat(browser.path()).isEqualTo("/admin/people");
    assertThat(browser.find(By.cssSelector("[role=status]")).getText())
        .isEqualTo("An invitation was sent to " + email + ".");
    assertThat(browser.find(By.xpath("//tr[td[text()='" + email + "']]")).getText())
        .contains(
            "Giulia Bianchi", "Customer's user (" + customer + ")", "Invited, no password yet");
    browser.screenshot("people-" + database.name().toLowerCase(Locale.ROOT));
  }

  @Test
  void anAgentCannotReachThePeoplePage() {
    browser.use(server);
    WebFixtures.signIn(browser, people.person(Role.AGENT, null));

    assertThat(browser.findAll(By.linkText("People"))).isEmpty();
    browser.go("/admin/people");
    assertThat(browser.heading()).isEqualTo("Not allowed");
  }
}
