package org.accordo.app.web;

import static org.accordo.app.support.ProblemAssertions.assertInvalidField;
import static org.assertj.core.api.Assertions.assertThat;

import org.accordo.app.support.Api;
import org.accordo.app.support.ApiFixtures;
import org.accordo.app.support.RunningServer;
import org.accordo.app.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Query parameters are read strictly on every endpoint: whole numbers in decimal within a range the
 * refusal states, only the parameters an endpoint declares and each once, and a query string that
 * cannot be decoded is a 400 naming the parameter, never a 500.
 */
@ParameterizedClass(name = "on {0}")
@EnumSource(TestDatabase.class)
class QueryParameterIntegrationTests {

  private static final String ADMIN = RunningServer.ADMIN_TOKEN;

  private final Api api;

  QueryParameterIntegrationTests(TestDatabase database) {
    this.api = RunningServer.on(database).api();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      textBlock =
          """
      # query                            | field                  | detail
      page=0x10                          | page                   | page: must be a whole number from 0 to 1000000, was '0x10'
      page=%2310                         | page                   | page: must be a whole number from 0 to 1000000, was '#10'
      page=%201                          | page                   | page: must be a whole number from 0 to 1000000, was ' 1'
      page=+1                            | page                   | page: must be a whole number from 0 to 1000000, was ' 1'
      page=%2B1                          | page                   | page: must be a whole number from 0 to 1000000, was '+1'
      page=1.0                           | page                   | page: must be a whole number from 0 to 1000000, was '1.0'
      page=                              | page                   | page: must be a whole number from 0 to 1000000, was ''
      page=-1                            | page                   | page: must be a whole number from 0 to 1000000, was -1
      size=2147483648                    | size                   | size: must be a whole number from 1 to 100, was '2147483648'
      size=101                           | size                   | size: must be a whole number from 1 to 100, was 101
      size=0                             | size                   | size: must be a whole number from 1 to 100, was 0
      at_risk_within_minutes=0x10        | at_risk_within_minutes | at_risk_within_minutes: must be a whole number from 0 to 10080, was '0x10'
      at_risk_within_minutes=10081       | at_risk_within_minutes | at_risk_within_minutes: must be a whole number from 0 to 10080, was 10081
      """)
  void readsWholeNumbersInDecimalAndStatesTheirRange(String query, String field, String detail) {
    Api.Response response = api.get("/api/v1/tickets?" + query).token(ADMIN).send();

    assertThat(assertInvalidField(response, field).path("detail").asString()).isEqualTo(detail);
  }

  @Test
  void readsAPathNumberInDecimalAndStatesItsRange() {
    String customer = new ApiFixtures(api).customer("query-path");

    Api.Response response =
        api.get("/api/v1/customers/" + customer + "/contracts/0x1").token(ADMIN).send();

    assertThat(assertInvalidField(response, "version").path("detail").asString())
        .isEqualTo("version: must be a whole number from 1 to 2147483647, was '0x1'");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      # path                                  | field | detail
      /api/v1/tickets?foo=1                   | foo   | foo: is not a parameter of this endpoint; it takes [at_risk_within_minutes, breached, customer_id, external_id, page, priority, size, sort, status]
      /api/v1/customers?page=0&name=x         | name  | name: is not a parameter of this endpoint; it takes [page, size, sort]
      /api/v1/customers/nobody?expand=all     | expand| expand: is not a parameter of this endpoint, which takes none
      /api/v1/tokens?page=0                   | page  | page: is not a parameter of this endpoint, which takes none
      /api/v1/webhooks?size=5                 | size  | size: is not a parameter of this endpoint, which takes none
      /api/v1/inbound/sources?sort=id         | sort  | sort: is not a parameter of this endpoint, which takes none
      /api/v1/customers?page=1&page=2         | page  | page: appears more than once
      """)
  void refusesAParameterTheEndpointDoesNotTakeOrTakesTwice(
      String path, String field, String detail) {
    Api.Response response = api.get(path).token(ADMIN).send();

    assertThat(assertInvalidField(response, field).path("detail").asString()).isEqualTo(detail);
  }

  @Test
  void refusesAnUnknownParameterOfAWriteBeforeStoringAnything() {
    String id = ApiFixtures.uniqueId("query-post");

    Api.Response response =
        api.post("/api/v1/customers?dry_run=true")
            .token(ADMIN)
            .json("{\"id\": \"" + id + "\", \"name\": \"Query Srl\"}")
            .send();

    assertInvalidField(response, "dry_run");
    assertThat(api.get("/api/v1/customers/" + id).token(ADMIN).send().status()).isEqualTo(404);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      # path                                       | token | field
      /api/v1/tickets?external_id=%ff              | yes   | external_id
      /api/v1/tickets?status=%ff                   | yes   | status
      /api/v1/escalations?kind=%ff                 | yes   | kind
      /api/v1/escalations?%ff=1                    | yes   | query
      /actuator/health?x=%0AFORGED%ff              | no    | x
      /v3/api-docs?x=%c3%28                        | no    | x
      """)
  void answersAQueryStringThatCannotBeDecodedWith400(String path, String token, String field) {
    Api.Call call = api.get(path);
    if (token.equals("yes")) {
      call.token(ADMIN);
    }

    assertInvalidField(call.send(), field);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"/actuator/health", "/actuator/health?probe=%0Aok"})
  void leavesADecodableQueryOfTheHealthCheckAlone(String path) {
    assertThat(api.get(path).send().status()).isEqualTo(200);
  }

  @Test
  void refusesAQueryOfMoreThanAHundredParameters() {
    String query = "a=1&".repeat(101);

    assertInvalidField(api.get("/api/v1/tickets?" + query).token(ADMIN).send(), "query");
  }
}
