package org.accordo.app.users;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Locale;
import org.accordo.app.security.Caller;
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
import org.openqa.selenium.Cookie;

/**
 * People sign in and out in a real browser, on both databases (users and their sessions live in
 * it): the pages send each role home, refuse a form without its CSRF token, end a disabled person's
 * open session at their next click, take an invitation link once and not twice, and stop checking
 * passwords of an account that failed too often.
 */
@ParameterizedClass(name = "on {0}")
@EnumSource(TestDatabase.class)
class SignInBrowserTests {

  private static Browser browser;

  private final TestDatabase database;
  private final RunningServer server;
  private final WebFixtures people;

  SignInBrowserTests(TestDatabase database) {
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
  void signsInToTheBoardAndOutAgain() {
    WebFixtures.Person agent = people.person(Role.AGENT, null);
    browser.use(server).go("/");
    assertThat(browser.path()).isEqualTo("/login");
    browser.screenshot("login-" + name());

    WebFixtures.signIn(browser, agent);

    assertThat(browser.path()).isEqualTo("/board");
    assertThat(browser.find(By.className("who")).getText()).contains(agent.user().name());
    browser.find(By.xpath("//button[text()='Sign out']")).click();
    assertThat(browser.path()).isEqualTo("/login?signedout");
    assertThat(browser.find(By.className("notice")).getText()).isEqualTo("You are signed out.");
    browser.go("/board");
    assertThat(browser.path()).isEqualTo("/login");
  }

  @Test
  void sendsACustomersUserToTheirPortalInTheirLanguage() {
    String customer = new ApiFixtures(server.api()).customer("portal");
    WebFixtures.Person user = people.person(Role.CUSTOMER, customer);
    browser.use(server);

    WebFixtures.signIn(browser, user);

    assertThat(browser.path()).isEqualTo("/portal");
    browser.find(By.xpath("//button[text()='Italiano']")).click();
    // the switch posts and redirects back: wait for the page in Italian, not the one leaving
    browser.waitFor(
        java.time.Duration.ofSeconds(20),
        driver -> driver.findElement(By.tagName("h1")).getText().equals("Il tuo portale"));
    assertThat(browser.heading()).isEqualTo("Il tuo portale");
    browser.go("/board");
    assertThat(browser.heading()).isEqualTo("Non consentito");
    browser.go("/portal");
    browser.screenshot("portal-" + name());
  }

  @Test
  void refusesAFormPostWithoutItsCsrfToken() throws Exception {
    WebFixtures.Person agent = people.person(Role.AGENT, null);
    browser.use(server);
    WebFixtures.signIn(browser, agent);
    Cookie session = browser.driver().manage().getCookieNamed("ACCORDO_SESSION");

    HttpResponse<String> answer =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(server.baseUrl() + "/account/language"))
                    .header("Cookie", "ACCORDO_SESSION=" + session.getValue())
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("language=it&back=/board"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());

    assertThat(answer.statusCode()).isEqualTo(403);
    assertThat(answer.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
    assertThat(answer.body()).contains("<h1>Not allowed</h1>");
    browser.go("/board");
    assertThat(browser.heading()).as("the language did not change").isEqualTo("SLA board");
  }

  @Test
  void refusesADisabledPersonsOpenSessionAtTheirNextClick() {
    WebFixtures.Person agent = people.person(Role.AGENT, null);
    browser.use(server);
    WebFixtures.signIn(browser, agent);
    assertThat(browser.path()).isEqualTo("/board");

    server.bean(People.class).disable(Caller.SYSTEM, agent.user().id());
    browser.find(By.linkText("SLA board")).click();

    assertThat(browser.path()).isEqualTo("/login");
    WebFixtures.signIn(browser, agent);
    assertThat(browser.path()).isEqualTo("/login?failed");
  }

  @Test
  void takesAnInvitationLinkOnceAndNotTwice() {
    People.Invited invited = people.invited(Role.AGENT, null);
    String link = invited.link().substring(invited.link().indexOf("/password"));
    browser.use(server).go(link);
    assertThat(browser.heading()).isEqualTo("Choose your password");
    browser.screenshot("password-" + name());

    browser.type("password", "a new long password").type("repeat", "a new long password");
    browser.submit(By.id("repeat"));

    assertThat(browser.path()).isEqualTo("/login?passwordset");
    browser.go(link);
    assertThat(browser.heading()).isEqualTo("This link does not work");
    WebFixtures.signIn(browser, invited.user().email(), "a new long password");
    assertThat(browser.path()).isEqualTo("/board");
  }

  @Test
  void stopsCheckingPasswordsOfAnAccountThatFailedTooOften() {
    WebFixtures.Person agent = people.person(Role.AGENT, null);
    browser.use(server);
    for (int i = 0; i < 5; i++) {
      WebFixtures.signIn(browser, agent.email(), "wrong password " + i);
      assertThat(browser.path()).isEqualTo("/login?failed");
    }

    WebFixtures.signIn(browser, agent.email(), agent.password());

    assertThat(browser.path()).isEqualTo("/login?throttled");
    assertThat(browser.find(By.className("notice")).getText())
        .isEqualTo("Too many failed sign-ins. Wait a few minutes and try again.");
    browser.screenshot("login-throttled-" + name());
  }

  private String name() {
    return database.name().toLowerCase(Locale.ROOT);
  }
}
