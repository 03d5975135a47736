package org.accordo.app.users;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.accordo.app.security.Role;
import org.accordo.app.support.PageClient;
import org.accordo.app.support.RunningServer;
import org.accordo.app.support.TestDatabase;
import org.accordo.app.support.WebFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What pages answer at the HTTP level, on both databases: the security headers of every page, the
 * session cookie's attributes and its new id at sign-in, HTML error pages (never the API's problem
 * bodies) for pages, and the API's bearer-token answers unchanged.
 */
@ParameterizedClass(name = "on {0}")
@EnumSource(TestDatabase.class)
class PageSecurityIntegrationTests {

  private final RunningServer server;
  private final WebFixtures people;

  PageSecurityIntegrationTests(TestDatabase database) {
    this.server = RunningServer.on(database);
    this.people = new WebFixtures(server);
  }

  @Test
  void everyPageCarriesTheSecurityHeaders() {
    PageClient client = new PageClient(server);
    WebFixtures.Person agent = people.person(Role.AGENT, null);
    client.signIn(agent.email(), agent.password());

    for (String path : new String[] {"/login", "/board", "/no-such-page"}) {
      HttpResponse<String> page = client.get(path);
      assertThat(page.headers().firstValue("Content-Security-Policy"))
          .as(path)
          .hasValueSatisfying(
              csp ->
                  assertThat(csp)
                      .contains("script-src 'self'", "frame-ancestors 'none'")
                      .doesNotContain("unsafe-inline"));
      assertThat(page.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
      assertThat(page.headers().firstValue("Referrer-Policy")).contains("same-origin");
      assertThat(page.headers().firstValue("Cache-Control"))
          .hasValueSatisfying(value -> assertThat(value).contains("no-store"));
    }
  }

  @Test
  void givesANewHttpOnlyLaxSessionCookieAtSignIn() {
    PageClient client = new PageClient(server);
    HttpResponse<String> login = client.get("/login");
    String before = client.sessionCookie();
    assertThat(login.headers().allValues("Set-Cookie"))
        .anySatisfy(
            cookie ->
                assertThat(cookie)
                    .startsWith("ACCORDO_SESSION=")
                    .contains("HttpOnly", "SameSite=Lax")
                    .doesNotContain("Secure")); // served over plain http here
    WebFixtures.Person agent = people.person(Role.AGENT, null);

    HttpResponse<String> signedIn =
        client.post(
            "/login", java.util.Map.of("email", agent.email(), "password", agent.password()));

    assertThat(signedIn.statusCode()).isEqualTo(302);
    assertThat(client.sessionCookie()).isNotNull().isNotEqualTo(before);
    assertThat(client.get("/board").statusCode()).isEqualTo(200);
  }

  @Test
  void answersPagesWithHtmlAndTheApiWithProblems() {
    PageClient anonymous = new PageClient(server);
    HttpResponse<String> board = anonymous.get("/board");
    assertThat(board.statusCode()).isEqualTo(302);
    assertThat(board.headers().firstValue("Location"))
        .hasValueSatisfying(location -> assertThat(location).endsWith("/login"));

    PageClient agent = new PageClient(server);
    WebFixtures.Person person = people.person(Role.AGENT, null);
    agent.signIn(person.email(), person.password());
    HttpResponse<String> missing = agent.get("/no-such-page");
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(missing.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
    assertThat(missing.body()).contains("<h1>Not found</h1>");
    HttpResponse<String> badFilter = agent.get("/board?metric=speed");
    assertThat(badFilter.statusCode()).isEqualTo(400);
    assertThat(badFilter.body()).contains("<h1>Bad request</h1>");

    HttpResponse<String> api = anonymous.get("/api/v1/customers");
    assertThat(api.statusCode()).isEqualTo(401);
    assertThat(api.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    assertThat(agent.get("/api/v1/customers").statusCode())
        .as("a page's session is no API credential")
        .isEqualTo(401);
  }
}
