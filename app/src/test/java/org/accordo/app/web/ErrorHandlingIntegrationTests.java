package org.accordo.app.web;

import static org.accordo.app.support.ProblemAssertions.assertInvalidField;
import static org.accordo.app.support.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
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
 * Bad requests of every kind get a problem body naming what is wrong, never a 500, and store
 * nothing — the same on both databases.
 */
@ParameterizedClass(name = "on {0}")
@EnumSource(TestDatabase.class)
class ErrorHandlingIntegrationTests {

  private static final String ADMIN = RunningServer.ADMIN_TOKEN;
  private static final int ONE_MIB = 1024 * 1024;

  private final RunningServer server;
  private final Api api;

  ErrorHandlingIntegrationTests(TestDatabase database) {
    this.server = RunningServer.on(database);
    this.api = server.api();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      # what                        | body                                                      | field
      malformed JSON                | {"id": "bad-body-x", "name":                                     | body
      not an object                 | ["bad-body-arr", "x"]                                         | body
      empty body                    | ''                                                        | body
      trailing content              | {"id": "bad-body-trail", "name": "x"} {"id": "bad-body-trail2"}         | body
      number for a string           | {"id": "bad-body-num", "name": 42}                               | name
      boolean for a string          | {"id": "bad-body-bool", "name": true}                            | name
      huge number for a string      | {"id": "bad-body-huge", "name": 123456789012345678901234567890}  | name
      object for a string           | {"id": "bad-body-obj", "name": {"first": "x"}}                   | name
      unknown field                 | {"id": "bad-body-unk", "name": "x", "role": "admin"}             | role
      repeated field                | {"id": "bad-body-dup", "name": "x", "name": "y"}                 | name
      NUL character                 | {"id": "bad-body-nul", "name": "a\\u0000b"}                      | name
      other control character       | {"id": "bad-body-ctl", "name": "a\\u0007b"}                      | name
      unknown time zone             | {"id": "bad-body-tz", "name": "x", "time_zone": "Europe/Atlantis"} | time_zone
      """)
  void namesTheFieldOfABadBody(String what, String body, String field) {
    Api.Response response = api.post("/api/v1/customers").token(ADMIN).json(body).send();

    assertInvalidField(response, field);
    assertThat(
            server
                .jdbc()
                .sql("SELECT COUNT(*) FROM customer WHERE id LIKE 'bad-body%'")
                .query(Long.class)
                .single())
        .isZero();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      # what                     | query                        | field
      negative page              | page=-1                      | page
      page not a number          | page=first                   | page
      size zero                  | size=0                       | size
      size over the maximum      | size=101                     | size
      size overflowing an int    | size=99999999999999999999    | size
      sort key not allowed       | sort=password                | sort
      sort by SQL                | sort=name;DROP%20TABLE%20customer| sort
      """)
  void namesTheBadPagingParameter(String what, String query, String field) {
    assertInvalidField(api.get("/api/v1/customers?" + query).token(ADMIN).send(), field);
  }

  @Test
  void refusesABodyOverOneMebibyteByItsLength() {
    String big = "{\"id\": \"big\", \"name\": \"" + "x".repeat(ONE_MIB) + "\"}";

    assertProblem(api.post("/api/v1/customers").token(ADMIN).json(big).send(), 413);
  }

  @Test
  void refusesAChunkedBodyOverOneMebibyteWhileReadingIt() {
    byte[] big =
        ("{\"id\": \"big-chunked\", \"name\": \"" + "x".repeat(ONE_MIB) + "\"}")
            .getBytes(StandardCharsets.UTF_8);
    HttpRequest.BodyPublisher chunked =
        HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big));

    assertProblem(
        api.post("/api/v1/customers").token(ADMIN).body("application/json", chunked).send(), 413);
    assertProblem(api.get("/api/v1/customers/big-chunked").token(ADMIN).send(), 404);
  }

  @Test
  void acceptsABodyJustUnderTheLimit() {
    String id = ApiFixtures.uniqueId("padded");
    String json = "{\"id\": \"" + id + "\", \"name\": \"Padded\"}";
    String padded = json + " ".repeat(ONE_MIB - json.length());

    assertThat(api.post("/api/v1/customers").token(ADMIN).json(padded).send().status())
        .isEqualTo(201);
  }

  @Test
  void answersAWrongMediaTypeWith415() {
    assertProblem(
        api.post("/api/v1/customers").token(ADMIN).body("text/plain", "id=x").send(), 415);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      # a YAML body would skip the strict rules: camelCase keys, duplicates, strings for numbers
      application/yaml   | {id: yaml-body, name: x, name: y, timeZone: UTC}
      application/x-yaml | {id: yaml-body, name: x}
      text/yaml          | {id: yaml-body, name: x}
      application/xml    | <customer><id>xml-body</id><name>x</name></customer>
      application/cbor   | x
      """)
  void readsJsonOnlyAndAnswersAnyOtherFormatWith415(String mediaType, String body) {
    JsonNode problem =
        assertProblem(api.post("/api/v1/customers").token(ADMIN).body(mediaType, body).send(), 415);

    assertThat(problem.path("detail").asString()).contains("send application/json");
    assertProblem(api.get("/api/v1/customers/yaml-body").token(ADMIN).send(), 404);
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({"PUT, a=%zz", "PUT, a=%ff", "POST, a=%zz", "DELETE, a=%ff"})
  void answersAFormBodyWith415WithoutReadingIt(String method, String form) {
    assertProblem(
        api.method(method, "/api/v1/customers/nobody")
            .token(ADMIN)
            .body("application/x-www-form-urlencoded", form)
            .send(),
        method.equals("DELETE") ? 404 : method.equals("POST") ? 405 : 415);
  }

  @Test
  void writesJsonOnlyAndAnswersAnAcceptOfYamlWith406() {
    assertProblem(
        api.get("/api/v1/customers").token(ADMIN).header("Accept", "application/yaml").send(), 406);
  }

  @Test
  void answersAWrongMethodWith405() {
    assertProblem(api.method("PATCH", "/api/v1/customers").token(ADMIN).json("{}").send(), 405);
  }

  @Test
  void answersTraceThatTomcatRefusesWithTheSameProblemKind() {
    JsonNode problem =
        assertProblem(api.method("TRACE", "/api/v1/customers").token(ADMIN).send(), 405);

    assertThat(problem.path("type").asString()).isEqualTo("urn:accordo:problem:method-not-allowed");
  }

  @Test
  void answersAPathTheFirewallRefusesWithAProblem() {
    JsonNode problem =
        assertProblem(api.get("/api/v1/customers;jsessionid=abc").token(ADMIN).send(), 400);

    assertThat(problem.path("type").asString()).isEqualTo("urn:accordo:problem:rejected-request");
  }

  @Test
  void answersAnEncodedNulInThePathWithAProblem() {
    Api.Response response = api.get("/api/v1/customers/a%00b").token(ADMIN).send();

    assertThat(response.status()).isBetween(400, 404);
    assertThat(response.header("Content-Type")).startsWith("application/problem+json");
  }
}
