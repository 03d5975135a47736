package org.accordo.app.web;

import static org.accordo.app.support.ProblemAssertions.assertInvalidField;
import static org.assertj.core.api.Assertions.assertThat;

import org.accordo.app.support.Api;
import org.accordo.app.support.ApiFixtures;
import org.accordo.app.support.RunningServer;
import org.accordo.app.support.TestDatabase;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Instants and dates outside the years 1583 to 9999 (docs/sla-semantics.md §7) are refused where
 * the API reads them, naming the field, never left to fail later in the arithmetic.
 */
@ParameterizedClass(name = "on {0}")
@EnumSource(TestDatabase.class)
class SupportedYearsIntegrationTests {

  private static final String ADMIN = RunningServer.ADMIN_TOKEN;

  private final Api api;
  private final ApiFixtures fixtures;

  SupportedYearsIntegrationTests(TestDatabase database) {
    this.api = RunningServer.on(database).api();
    this.fixtures = new ApiFixtures(api);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "0001-01-02T10:00:00Z", // year 1, before the Gregorian calendar
        "1582-12-31T23:59:59.999Z", // the last instant before the supported years
        "+10000-01-01T00:00:00Z", // the first instant after them
        "-999999999-01-01T00:00:00Z" // the smallest year java.time reads
      })
  void refusesATicketOpenedOutsideTheSupportedYears(String openedAt) {
    String customer = fixtures.customerWithContract("years");

    Api.Response response =
        api.post("/api/v1/tickets").token(ADMIN).json(ticket(customer, openedAt)).send();

    assertThat(assertInvalidField(response, "opened_at").path("detail").asString())
        .endsWith("lies outside the supported years 1583 to 9999");
    assertThat(
            api.get("/api/v1/tickets?customer_id=" + customer)
                .token(ADMIN)
                .send()
                .json()
                .path("total")
                .asLong())
        .isZero();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"1583-01-01T00:00:00Z", "2026-03-01T09:00:00+01:00"})
  void acceptsATicketOpenedInsideTheSupportedYears(String openedAt) {
    String customer = fixtures.customer("years-in");

    Api.Response response =
        api.post("/api/v1/tickets").token(ADMIN).json(ticket(customer, openedAt)).send();

    assertThat(response.status()).as("%s", response).isEqualTo(201);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      # field | event
      at      | {"type": "customer_replied", "at": "0001-01-02T10:00:00Z"}
      from    | {"type": "excluded", "from": "1000-01-01T00:00:00Z", "to": "2026-03-02T09:30:00Z", "reason": "outage"}
      to      | {"type": "excluded", "from": "2026-03-02T09:00:00Z", "to": "+10000-01-01T00:00:00Z", "reason": "outage"}
      """)
  void refusesAnEventDatedOutsideTheSupportedYears(String field, String event) {
    String customer = fixtures.customerWithContract("years-event");
    String ticket = fixtures.ticket(customer, "P2", null, null);

    Api.Response response =
        api.post("/api/v1/tickets/" + ticket + "/events").token(ADMIN).json(event).send();

    assertThat(assertInvalidField(response, field).path("detail").asString())
        .endsWith("lies outside the supported years 1583 to 9999");
    assertThat(api.get("/api/v1/tickets/" + ticket + "/events").token(ADMIN).send().json().size())
        .isEqualTo(1);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"0001-01-01", "1582-12-31"})
  void refusesAContractQueryForADateOutsideTheSupportedYears(String date) {
    String customer = fixtures.customerWithContract("years-date");

    Api.Response response =
        api.get("/api/v1/customers/" + customer + "/contracts/in-force?date=" + date)
            .token(ADMIN)
            .send();

    assertThat(assertInvalidField(response, "date").path("detail").asString())
        .isEqualTo("date: " + date + " lies outside the supported years 1583 to 9999");
  }

  private static String ticket(String customer, String openedAt) {
    return "{\"customer_id\": \""
        + customer
        + "\", \"subject\": \"VPN down\", \"priority\": \"P2\", \"opened_at\": \""
        + openedAt
        + "\"}";
  }
}
