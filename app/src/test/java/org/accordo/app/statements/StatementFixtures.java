package org.accordo.app.statements;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import org.accordo.app.support.Api;
import org.accordo.app.support.ApiFixtures;
import org.accordo.app.support.Await;
import org.accordo.app.support.RunningServer;
import tools.jackson.databind.JsonNode;

/**
 * Customers, tickets and outages of the statements' tests, made through the API of the server that
 * closes months by itself ({@link RunningServer#closing}), and the waits for its close.
 */
public final class StatementFixtures {

  static final String ADMIN = RunningServer.ADMIN_TOKEN;

  private final RunningServer server;
  private final Api api;
  private final ApiFixtures fixtures;

  public StatementFixtures(RunningServer server) {
    this.server = server;
    this.api = server.api();
    this.fixtures = new ApiFixtures(api);
  }

  ApiFixtures api() {
    return fixtures;
  }

  /**
   * A customer with the reference contract in force on the days given, e.g. {@code { from:
   * 2026-03-01, to: 2026-03-31 }}: only its months are ever closed.
   */
  public String customer(String prefix, String effective) {
    String id = fixtures.customer(prefix);
    fixtures.uploadContract(id, prefix + "-contract", effective);
    return id;
  }

  /** Opens a ticket (no PSA number, subject "Server down") and returns its id. */
  String ticket(String customer, String priority, Instant openedAt) {
    return fixtures.ticket(customer, priority, "servers", openedAt);
  }

  /** Appends an event as the admin. */
  JsonNode event(String ticket, String json) {
    Api.Response added =
        api.post("/api/v1/tickets/" + ticket + "/events").token(ADMIN).json(json).send();
    assertThat(added.status()).as("%s", added).isEqualTo(201);
    return added.json();
  }

  /** A P1 ticket answered after 10 min and resolved after {@code resolvedAfter}. */
  String p1(String customer, Instant opened, Duration resolvedAfter) {
    String ticket = ticket(customer, "P1", opened);
    event(
        ticket,
        "{\"type\": \"agent_replied\", \"public\": true, \"at\": \""
            + opened.plus(Duration.ofMinutes(10))
            + "\"}");
    event(
        ticket,
        "{\"type\": \"status_changed\", \"status\": \"resolved\", \"at\": \""
            + opened.plus(resolvedAfter)
            + "\"}");
    return ticket;
  }

  /** Records an outage of {@code servers} as the admin and returns its id. */
  String outage(String customer, Instant from, Instant to, String cause) {
    Api.Response created =
        api.post("/api/v1/customers/" + customer + "/outages")
            .token(ADMIN)
            .json(
                "{\"service\": \"servers\", \"from\": \""
                    + from
                    + "\", \"to\": \""
                    + to
                    + "\", \"cause\": \""
                    + cause
                    + "\", \"note\": \"switch failure\"}")
            .send();
    assertThat(created.status()).as("%s", created).isEqualTo(201);
    return created.json().path("id").asString();
  }

  /** The statement's answer. */
  Api.Response statement(String token, String customer, YearMonth month, String query) {
    return api.get("/api/v1/customers/" + customer + "/statements/" + month + query)
        .token(token)
        .send();
  }

  /** The stored versions of the month, oldest first. */
  public JsonNode versions(String customer, YearMonth month) {
    return api.get("/api/v1/customers/" + customer + "/statements?sort=month&month=" + month)
        .token(ADMIN)
        .send()
        .json()
        .path("items");
  }

  /**
   * Moves the clock to {@code at} (past a month's grace), waits until the worker has planned the
   * customer's month, moves the clock past its settling time and waits for version {@code version}.
   */
  public JsonNode closedAt(Instant at, String customer, YearMonth month) {
    server.clock().set(at);
    Await.until(
        Duration.ofSeconds(30),
        () ->
            server
                .jdbc()
                .sql(
                    "SELECT COUNT(*) FROM statement_close WHERE customer_id = ? AND period_month = ?")
                .params(customer, month.toString())
                .query(Long.class)
                .single(),
        n -> n == 1,
        "the close of " + month + " planned");
    server.clock().set(at.plus(ClosePlanner.SETTLE).plusSeconds(1));
    return awaitVersion(customer, month, 1);
  }

  /** Waits until the month has {@code version} versions; returns the latest. */
  public JsonNode awaitVersion(String customer, YearMonth month, int version) {
    JsonNode versions =
        Await.until(
            Duration.ofSeconds(60),
            () -> versions(customer, month),
            v -> v.size() >= version,
            "version " + version + " of the statement of " + month);
    return versions.get(versions.size() - 1);
  }

  /** Waits until the statement's PDFs are stored (printed after the close). */
  JsonNode awaitPrinted(String customer, YearMonth month, int version) {
    return Await.until(
        Duration.ofSeconds(60),
        () -> versions(customer, month).get(version - 1),
        v ->
            v.path("documents")
                    .valueStream()
                    .filter(d -> d.path("format").asString().equals("pdf"))
                    .count()
                == 2,
        "the PDFs of version " + version + " of " + month);
  }
}
