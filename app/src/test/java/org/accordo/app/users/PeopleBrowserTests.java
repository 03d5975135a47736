package org.accordo.app.users;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Locale;
import java.util.Map;
import org.accordo.app.security.Role;
import org.accordo.app.support.ApiFixtures;
import org.accordo.app.support.Browser;
import org.accordo.app.support.PageClient;
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
 * account as waiting for its password; an admin changes an agent into a customer's user (a refusal
 * named at the row's field), which ends the agent's session; the last admin cannot demote themself
 * (the 422 page saying why); an agent cannot reach the page.
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
  void anAdminChangesAnAgentIntoACustomersUserAndEndsTheirSession() {
    String customer = new ApiFixtures(server.api()).customer("role-changed");
    WebFixtures.Person agent = people.person(Role.AGENT, null);
    PageClient agentsBrowser = new PageClient(server);
    agentsBrowser.signIn(agent.email(), agent.password());
    assertThat(agentsBrowser.get("/board").statusCode()).isEqualTo(200);
    browser.use(server);
    WebFixtures.signIn(browser, people.person(Role.ADMIN, null));
    browser.go("/admin/people");

    String id = agent.user().id();
    new Select(browser.find(By.id("role-" + id))).selectByValue("customer");
    browser.submit(By.id("change-role-" + id));

    assertThat(browser.find(By.cssSelector("#role-" + id + " ~ [role=alert]")).getText())
        .isEqualTo(
            "Not changed: Customer (for a customer's user) is required for, and only for, a"
                + " customer user.");
    assertThat(new Select(browser.find(By.id("role-" + id))).getFirstSelectedOption().getText())
        .isEqualTo("Customer's user");
    assertThat(agentsBrowser.get("/board").statusCode()).isEqualTo(200);
    new Select(browser.find(By.id("customer-" + id))).selectByValue(customer);
    browser.submit(By.id("change-role-" + id));

    assertThat(browser.find(By.cssSelector("[role=status]")).getText())
        .startsWith("The role of " + agent.email() + " was changed");
    assertThat(browser.find(By.xpath("//tr[td[text()='" + agent.email() + "']]")).getText())
        .contains("Customer's user (" + customer + ")");
    browser.screenshot("people-role-" + database.name().toLowerCase(Locale.ROOT), 1600);
    HttpResponse<String> agentsNextClick = agentsBrowser.get("/board");
    assertThat(agentsNextClick.statusCode()).isEqualTo(302);
    assertThat(agentsNextClick.headers().firstValue("Location").orElseThrow()).endsWith("/login");
    PageClient again = new PageClient(server);
    again.signIn(agent.email(), agent.password());
    assertThat(again.get("/portal").statusCode()).isEqualTo(200);
    assertThat(again.get("/board").statusCode()).isEqualTo(403);
    assertThat(
            server
                .jdbc()
                .sql(
                    "SELECT detail FROM audit_log WHERE action = 'user.role_changed' AND entity_id = :id")
                .param("id", id)
                .query(String.class)
                .list())
        .containsExactly("agent -> customer");
  }

  @Test
  void theLastAdminCannotDemoteThemself() {
    RunningServer alone = RunningServer.named("one-admin", database, Map.of());
    WebFixtures.Person admin = new WebFixtures(alone).person(Role.ADMIN, null);
    browser.use(alone);
    WebFixtures.signIn(browser, admin);
    browser.go("/admin/people");

    String id = admin.user().id();
    new Select(browser.find(By.id("role-" + id))).selectByValue("agent");
    browser.submit(By.id("change-role-" + id));

    assertThat(browser.heading()).isEqualTo("Not accepted");
    assertThat(browser.find(By.cssSelector("[role=alert]")).getText())
        .isEqualTo("the account '" + id + "' is the last enabled admin and stays admin");
    browser.screenshot("people-last-admin-" + database.name().toLowerCase(Locale.ROOT));
    PageClient page = new PageClient(alone);
    page.signIn(admin.email(), admin.password());
    page.get("/admin/people");
    HttpResponse<String> refused =
        page.post("/admin/people/" + id + "/role", Map.of("role", "agent"));
    assertThat(refused.statusCode()).isEqualTo(422);
    assertThat(refused.headers().firstValue("Content-Type")).hasValue("text/html;charset=UTF-8");
    assertThat(page.get("/admin/people").statusCode()).isEqualTo(200);
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
