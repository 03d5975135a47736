package org.accordo.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.accordo.app.support.Api;
import org.accordo.app.support.RunningServer;
import org.accordo.app.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@code GET /}: a page that says what Accordo is and links the API docs and the health endpoint,
 * without a token, on each database (its health link reports the database).
 */
@ParameterizedClass(name = "on {0}")
@EnumSource(TestDatabase.class)
class HomePageIntegrationTests {

  private static final Pattern LINK = Pattern.compile("href=\"([^\"]+)\"");

  private final Api api;

  HomePageIntegrationTests(TestDatabase database) {
    this.api = RunningServer.on(database).api();
  }

  @Test
  void answersAPageThatSaysWhatAccordoIsWithoutAToken() {
    Api.Response home = api.get("/").send();

    assertThat(home.status()).as("%s", home).isEqualTo(200);
    assertThat(home.header("Content-Type")).startsWith("text/html").contains("UTF-8");
    assertThat(home.body())
        .contains("<title>Accordo</title>")
        .contains("SLA platform for managed service providers")
        .doesNotContainIgnoringCase("<script")
        .doesNotContainIgnoringCase("<style")
        .doesNotContainIgnoringCase("style=")
        .doesNotContainIgnoringCase("onclick");
  }

  @Test
  void linksTheApiDocsTheOpenApiDocumentAndTheHealthEndpointEachOfWhichAnswers() {
    String page = api.get("/").send().body();

    List<String> links = LINK.matcher(page).results().map(m -> m.group(1)).toList();

    assertThat(links).containsExactly("/swagger-ui.html", "/v3/api-docs", "/actuator/health");
    for (String link : links) {
      Api.Response linked = follow(link);
      assertThat(linked.status()).as("%s: %s", link, linked).isEqualTo(200);
    }
  }

  @Test
  void isThePageWhateverTheClientAccepts() {
    Api.Response asJson = api.get("/").header("Accept", "application/json").send();

    assertThat(asJson.status()).as("%s", asJson).isEqualTo(200);
    assertThat(asJson.header("Content-Type")).startsWith("text/html");
  }

  /** The link, following one redirect (Swagger UI's address redirects to its page). */
  private Api.Response follow(String path) {
    Api.Response response = api.get(path).send();
    String location = response.header("Location");
    if (response.status() / 100 == 3 && location != null) {
      Matcher local = Pattern.compile("^(?:https?://[^/]+)?(/.*)$").matcher(location);
      assertThat(local.matches()).as("a local redirect: %s", location).isTrue();
      return api.get(local.group(1)).send();
    }
    return response;
  }
}
