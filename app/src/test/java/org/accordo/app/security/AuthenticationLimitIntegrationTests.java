package org.accordo.app.security;

import static org.accordo.app.support.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import org.accordo.app.support.Api;
import org.accordo.app.support.RunningServer;
import org.accordo.app.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.JsonNode;

/**
 * Failed authentications are limited per client address: after 5 in a minute (this server's
 * settings), the address's requests presenting credentials are a 429 with Retry-After until the
 * minute ends. Each test runs in a minute of its own on the server's clock.
 */
@ParameterizedClass(name = "on {0}")
@EnumSource(TestDatabase.class)
class AuthenticationLimitIntegrationTests {

  private static final String ADMIN = RunningServer.ADMIN_TOKEN;
  private static final String WRONG = "accordo_not-a-real-token-0123456789abcdefghijklmn";

  private final RunningServer server;
  private final Api api;

  AuthenticationLimitIntegrationTests(TestDatabase database) {
    this.server =
        RunningServer.named(
            "auth-limit",
            database,
            Map.of(
                "accordo.security.auth-failure-limit", "5",
                "accordo.security.auth-failure-window", "1m",
                "accordo.security.token-cache", "0s"));
    this.api = server.api();
  }

  @Test
  void refusesAnAddressThatFailedTooOftenUntilItsWindowEnds() {
    Instant minute = startMinute("2026-03-02T09:00:00Z");
    assertThat(admin().status()).isEqualTo(200);
    for (int i = 0; i < 5; i++) {
      assertProblem(wrongToken(), 401);
    }

    Api.Response refused = wrongToken();
    JsonNode problem = assertProblem(refused, 429);
    assertThat(problem.path("type").asString()).isEqualTo("urn:accordo:problem:too-many-requests");
    assertThat(refused.header("Retry-After")).isEqualTo("40");
    assertProblem(admin(), 429);
    assertProblem(
        api.post("/api/v1/inbound/events")
            .header("X-Accordo-Source", "psa")
            .header("X-Accordo-Signature", "t=1,v1=" + "0".repeat(64))
            .json("{}")
            .send(),
        429);
    assertProblem(api.get("/api/v1/customers").send(), 401);
    assertThat(failuresIn(minute)).as("failures counted; refusals are not").isEqualTo(5);

    server.clock().set(minute.plusSeconds(60));
    assertProblem(wrongToken(), 401);
    assertThat(admin().status()).isEqualTo(200);
  }

  @Test
  void countsOnlyFailuresNotTheSuccessfulRequestsBetweenThem() {
    Instant minute = startMinute("2026-03-02T10:00:00Z");
    for (int i = 0; i < 4; i++) {
      assertProblem(wrongToken(), 401);
    }
    for (int i = 0; i < 20; i++) {
      assertThat(admin().status()).isEqualTo(200);
    }
    assertProblem(wrongToken(), 401);

    assertThat(failuresIn(minute)).isEqualTo(5);
    assertProblem(admin(), 429);
  }

  @Test
  void countsInboundDeliveriesWhoseSignatureFails() {
    Instant minute = startMinute("2026-03-02T11:00:00Z");
    for (int i = 0; i < 5; i++) {
      assertProblem(badDelivery(), 401);
    }

    assertProblem(badDelivery(), 429);
    assertThat(failuresIn(minute)).isEqualTo(5);
  }

  @Test
  void doesNotCountARequestWithTwoAuthorizationHeaders() {
    Instant minute = startMinute("2026-03-02T12:00:00Z");
    for (int i = 0; i < 6; i++) {
      Api.Response response =
          api.get("/api/v1/customers")
              .addHeader("Authorization", "Bearer " + WRONG)
              .addHeader("Authorization", "Bearer " + WRONG)
              .send();
      assertProblem(response, 400);
    }

    assertThat(failuresIn(minute)).isZero();
  }

  /** Sets the server's clock 20 s into the minute starting at {@code start}; returns the minute. */
  private Instant startMinute(String start) {
    Instant minute = Instant.parse(start);
    server.clock().set(minute.plusSeconds(20));
    return minute;
  }

  private Api.Response admin() {
    return api.get("/api/v1/customers").token(ADMIN).send();
  }

  private Api.Response wrongToken() {
    return api.get("/api/v1/customers").token(WRONG).send();
  }

  private Api.Response badDelivery() {
    long t = server.clock().instant().getEpochSecond();
    return api.post("/api/v1/inbound/events")
        .header("X-Accordo-Source", "nope")
        .header("X-Accordo-Signature", "t=" + t + ",v1=" + "0".repeat(64))
        .json("{}")
        .send();
  }

  /** The failures counted in the window starting at {@code minute}, of every address. */
  private long failuresIn(Instant minute) {
    return server
        .jdbc()
        .sql(
            "SELECT COALESCE(SUM(failures), 0) FROM failed_authentication WHERE window_start = :start")
        .param("start", OffsetDateTime.ofInstant(minute, ZoneOffset.UTC))
        .query(Long.class)
        .single();
  }
}
