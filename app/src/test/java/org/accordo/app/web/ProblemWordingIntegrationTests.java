package org.accordo.app.web;

import static org.accordo.app.support.ProblemAssertions.assertInvalidField;
import static org.accordo.app.support.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.accordo.app.support.Api;
import org.accordo.app.support.ApiFixtures;
import org.accordo.app.support.RunningServer;
import org.accordo.app.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.JsonNode;

/**
 * Problem bodies speak the API's language: they name the field and the rule, quote a long value as
 * a short excerpt, and never name a library's classes or methods.
 */
@ParameterizedClass(name = "on {0}")
@EnumSource(TestDatabase.class)
class ProblemWordingIntegrationTests {

  private static final String ADMIN = RunningServer.ADMIN_TOKEN;
  private static final String SECRET = "whsec-0123456789abcdefghijklmnopqrstuv";

  /** What a library's own message looks like: packages, classes, methods, exceptions. */
  private static final Pattern LIBRARY =
      Pattern.compile(
          "(?i)jackson|tools\\.|java\\.|javax\\.|jakarta\\.|springframework|exception"
              + "|constraints|\\w\\(\\)|\\bclass\\b");

  private final Api api;
  private final ApiFixtures fixtures;

  ProblemWordingIntegrationTests(TestDatabase database) {
    this.api = RunningServer.on(database).api();
    this.fixtures = new ApiFixtures(api);
  }

  @Test
  void namesTheNestingRuleOfAHundredThousandDeepBodyNotTheReadersMethod() {
    String deep = "{\"a\": ".repeat(100_000) + "1" + "}".repeat(100_000);

    JsonNode problem =
        assertInvalidField(api.post("/api/v1/customers").token(ADMIN).json(deep).send(), "body");

    assertThat(problem.path("detail").asString())
        .isEqualTo("body: nests arrays and objects deeper than 500 levels");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      # what                        | body                                            | field
      a number of 2,000 digits      | {"id": "w-num", "name": NUMBER}                 | name
      a property name of 60,000     | {"NAME": "x"}                                   | body
      a list for a string           | {"id": "w-list", "name": [1]}                   | name
      null for the body             | null                                            | body
      a string for the body         | "customer"                                      | body
      malformed JSON                | {"id": "w-bad", "name": }                       | body
      """)
  void describesAnUnreadableBodyInTheApisWords(String what, String body, String field) {
    String json = body.replace("NUMBER", "1".repeat(2_000)).replace("NAME", "n".repeat(60_000));

    Api.Response response = api.post("/api/v1/customers").token(ADMIN).json(json).send();

    assertThat(response.status()).as("%s", response).isEqualTo(400);
    assertSpeaksTheApisLanguage(response);
  }

  @Test
  void quotesALongValueAsAnExcerpt() {
    String customer = fixtures.customer("wording");
    String longExternal = "PSA-" + "9".repeat(196);
    fixtures.ticket(customer, "P2", null, null);
    Api.Response first =
        api.post("/api/v1/tickets").token(ADMIN).json(ticket(customer, longExternal)).send();
    assertThat(first.status()).as("%s", first).isEqualTo(201);

    Api.Response[] answers = {
      api.post("/api/v1/tokens")
          .token(ADMIN)
          .json("{\"name\": \"n\", \"role\": \"" + "r".repeat(100_000) + "\"}")
          .send(),
      api.get("/api/v1/customers/" + "c".repeat(5_000)).token(ADMIN).send(),
      api.get("/api/v1/customers?sort=" + "s".repeat(5_000)).token(ADMIN).send(),
      api.post("/api/v1/webhooks")
          .token(ADMIN)
          .json(
              "{\"url\": \"https://psa.example/"
                  + "p".repeat(1_900)
                  + "#f\", \"secret\": \""
                  + SECRET
                  + "\"}")
          .send(),
      api.post("/api/v1/tickets").token(ADMIN).json(ticket(customer, longExternal)).send(),
      api.post("/api/v1/customers").token(ADMIN).body("text/" + "t".repeat(5_000), "x").send(),
    };

    for (Api.Response answer : answers) {
      assertThat(answer.status()).as("%s", answer).isBetween(400, 499);
      String detail = answer.json().path("detail").asString();
      assertThat(detail).as("%s", answer).hasSizeLessThan(300).contains("…");
      assertThat(answer.body()).as("%s", answer).hasSizeLessThan(1_000);
    }
    assertThat(answers[1].json().path("instance").asString()).isEqualTo("/api/v1/customers/");
  }

  private static String ticket(String customer, String externalId) {
    return "{\"customer_id\": \""
        + customer
        + "\", \"external_id\": \""
        + externalId
        + "\", \"subject\": \"VPN down\", \"priority\": \"P2\"}";
  }

  private static void assertSpeaksTheApisLanguage(Api.Response response) {
    JsonNode problem = assertProblem(response, response.status());
    assertThat(problem.path("detail").asString())
        .as("detail of %s", response)
        .doesNotContainPattern(LIBRARY)
        .hasSizeLessThan(300);
  }
}
