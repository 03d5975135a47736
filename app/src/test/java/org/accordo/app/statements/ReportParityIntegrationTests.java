package org.accordo.app.statements;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.accordo.app.cli.Accordo;
import org.accordo.app.support.Api;
import org.accordo.app.support.RunningServer;
import org.accordo.app.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code accordo report} on files and the server's statement give the same JSON for the same
 * inputs, on each database. The server closes March 2026 of a customer (a breach, a ticket open at
 * the month's end, a cancellation, an exclusion, a ticket that waited for the customer, an outage
 * reclassified, maintenance announced ahead, an outage across the month's end, and a ticket
 * finished in October 2025 that the server leaves out as it cannot touch March); the test then
 * writes what the server holds as the command line's files (the contract as uploaded, every
 * ticket's events as JSON Lines, the outages as CSV) and runs {@code accordo report} on them with
 * {@code --now} the statement's instant: the bytes are the stored JSON's.
 */
@ParameterizedClass(name = "on {0}")
@EnumSource(TestDatabase.class)
class ReportParityIntegrationTests {

  static final String ADMIN = RunningServer.ADMIN_TOKEN;
  static final YearMonth MARCH = YearMonth.of(2026, 3);
  static final JsonMapper JSON = JsonMapper.builder().build();

  private final RunningServer server;
  private final Api api;
  private final StatementFixtures fixtures;
  private final List<String> tickets = new ArrayList<>();

  @TempDir Path files;

  ReportParityIntegrationTests(TestDatabase database) {
    this.server = RunningServer.closing(database);
    this.api = server.api();
    this.fixtures = new StatementFixtures(server);
  }

  @Test
  void theCommandLineOnTheServersInputsWritesTheStoredStatementsBytes() throws IOException {
    String customer = history();
    JsonNode closed = fixtures.closedAt(Instant.parse("2026-04-03T22:00:01Z"), customer, MARCH);
    byte[] stored =
        fixtures.statement(ADMIN, customer, MARCH, "").body().getBytes(StandardCharsets.UTF_8);

    Path contract = files.resolve("contract.yaml");
    Files.writeString(
        contract,
        api.get("/api/v1/customers/" + customer + "/contracts/1/document")
            .token(ADMIN)
            .send()
            .body());
    Path events = files.resolve("events.jsonl");
    Files.writeString(events, eventsJsonl());
    Path outages = files.resolve("outages.csv");
    Files.writeString(outages, outagesCsv(customer));

    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = Accordo.commandLine();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    int exit =
        cli.execute(
            "report",
            "--contract",
            contract.toString(),
            "--period",
            "2026-03",
            "--events",
            events.toString(),
            "--outages",
            outages.toString(),
            "--now",
            closed.path("as_of").asString());

    assertThat(exit).as(err.toString()).isZero();
    // The files hold no monitors and no root cause analyses: the server writes what it holds of
    // them (the RCAs the month's breaches opened; no coverage, this customer has no monitor) and
    // everything else is the command line's, in the same order.
    ObjectNode server = (ObjectNode) JSON.readTree(stored);
    assertThat(server.has("coverage")).isFalse();
    if (!server.has("root_cause_analyses")) {
      assertThat(out.toString()).isEqualTo(new String(stored, StandardCharsets.UTF_8));
    }
    server.remove("root_cause_analyses");
    assertThat(JSON.writeValueAsString(JSON.readTree(out.toString())))
        .isEqualTo(JSON.writeValueAsString(server));
    assertThat(closed.path("inputs").path("tickets").asInt())
        .as("the ticket finished in October is not among the server's inputs")
        .isEqualTo(tickets.size() - 1);
    assertThat(JSON.readTree(stored).path("breaches")).isNotEmpty();
    assertThat(JSON.readTree(stored).path("open")).isNotEmpty();
    assertThat(JSON.readTree(stored).path("cancelled")).isNotEmpty();
    assertThat(JSON.readTree(stored).path("excluded")).isNotEmpty();
  }

  /** The customer's history, recorded through the API; returns the customer. */
  private String history() {
    server.clock().set(Instant.parse("2025-10-20T12:00:00Z"));
    String customer = fixtures.customer("parity", "{ from: 2026-01-01, to: 2026-03-31 }");
    String old = ticket(customer, "P3", "Printer toner", Instant.parse("2025-10-06T09:00:00Z"));
    event(old, "status_changed", "\"status\": \"resolved\"", "2025-10-06T15:00:00Z");
    server.clock().set(Instant.parse("2026-03-02T08:00:00Z"));
    announce(customer, "2026-03-08T01:00:00Z", "2026-03-08T03:30:00Z");

    server.clock().set(Instant.parse("2026-04-01T10:00:00Z"));
    String breached = ticket(customer, "P1", "VPN refuses logins", at("2026-03-10T08:00:00Z"));
    event(breached, "agent_replied", "\"public\": true", "2026-03-10T08:40:00Z");
    event(breached, "status_changed", "\"status\": \"resolved\"", "2026-03-10T13:00:00Z");
    String waiting = ticket(customer, "P2", "Mail bounces", at("2026-03-12T09:00:00Z"));
    event(waiting, "agent_replied", "\"public\": true", "2026-03-12T09:30:00Z");
    event(waiting, "status_changed", "\"status\": \"waiting_customer\"", "2026-03-12T10:00:00Z");
    event(waiting, "customer_replied", "", "2026-03-13T10:00:00Z");
    event(waiting, "status_changed", "\"status\": \"resolved\"", "2026-03-13T15:00:00Z");
    String excluded = ticket(customer, "P1", "Site without power", at("2026-03-16T08:00:00Z"));
    event(excluded, "agent_replied", "\"public\": true", "2026-03-16T08:05:00Z");
    event(
        excluded,
        "excluded",
        "\"from\": \"2026-03-16T09:00:00Z\", \"to\": \"2026-03-16T12:00:00Z\","
            + " \"reason\": \"customer's site without power\", \"metrics\": [\"resolution\"]",
        "2026-03-16T12:30:00Z");
    event(excluded, "status_changed", "\"status\": \"resolved\"", "2026-03-16T14:00:00Z");
    String cancelled = ticket(customer, "P3", "Duplicate request", at("2026-03-18T10:00:00Z"));
    event(cancelled, "cancelled", "", "2026-03-18T11:00:00Z");
    String open = ticket(customer, "P2", "New starter laptop", at("2026-03-30T09:00:00Z"));
    event(open, "agent_replied", "\"public\": true", "2026-03-30T09:20:00Z");

    fixtures.outage(customer, at("2026-03-05T10:00:00Z"), at("2026-03-05T11:30:00Z"), "provider");
    String reclassified =
        fixtures.outage(
            customer, at("2026-03-20T14:00:00Z"), at("2026-03-20T15:00:00Z"), "provider");
    api.method("PATCH", "/api/v1/customers/" + customer + "/outages/" + reclassified)
        .token(ADMIN)
        .json("{\"cause\": \"customer_caused\", \"reason\": \"their switch\"}")
        .send();
    // and an outage across the month's end, cut at it
    fixtures.outage(customer, at("2026-03-31T21:30:00Z"), at("2026-04-01T00:45:00Z"), "provider");
    return customer;
  }

  private String ticket(String customer, String priority, String subject, Instant opened) {
    Api.Response created =
        api.post("/api/v1/tickets")
            .token(ADMIN)
            .json(
                "{\"customer_id\": \""
                    + customer
                    + "\", \"subject\": \""
                    + subject
                    + "\", \"priority\": \""
                    + priority
                    + "\", \"service\": \"servers\", \"opened_at\": \""
                    + opened
                    + "\"}")
            .send();
    assertThat(created.status()).as("%s", created).isEqualTo(201);
    String id = created.json().path("id").asString();
    tickets.add(id);
    return id;
  }

  private void event(String ticket, String type, String fields, String at) {
    fixtures.event(
        ticket,
        "{\"type\": \""
            + type
            + "\""
            + (fields.isEmpty() ? "" : ", " + fields)
            + ", \"at\": \""
            + at
            + "\"}");
  }

  private void announce(String customer, String from, String to) {
    Api.Response announced =
        api.post("/api/v1/customers/" + customer + "/maintenance")
            .token(ADMIN)
            .json("{\"service\": \"servers\", \"from\": \"" + from + "\", \"to\": \"" + to + "\"}")
            .send();
    assertThat(announced.status()).as("%s", announced).isEqualTo(201);
  }

  private static Instant at(String instant) {
    return Instant.parse(instant);
  }

  /**
   * Every ticket's events as {@code accordo report} reads them, tickets in the order they were
   * opened: the ticket's id as its key, the created event with its service and subject.
   */
  private String eventsJsonl() {
    StringBuilder jsonl = new StringBuilder();
    for (String ticket : tickets) {
      JsonNode detail = api.get("/api/v1/tickets/" + ticket).token(ADMIN).send().json();
      for (JsonNode event : detail.path("events")) {
        ObjectNode line = JSON.createObjectNode();
        line.put("ticket", ticket);
        line.put("id", event.path("id").asString());
        line.put("type", event.path("type").asString());
        line.put("at", event.path("at").asString());
        for (String field :
            List.of("priority", "status", "public", "from", "to", "reason", "metrics")) {
          if (event.has(field)) {
            line.set(field, event.path(field));
          }
        }
        if (event.path("type").asString().equals("created")) {
          line.put("service", detail.path("ticket").path("service").asString());
          line.put("subject", detail.path("ticket").path("subject").asString());
        }
        jsonl.append(line).append('\n');
      }
    }
    return jsonl.toString();
  }

  /** The customer's outages as CSV, in the order a statement reads them (by start). */
  private String outagesCsv(String customer) {
    StringBuilder csv = new StringBuilder("service,from,to,cause,note,announced_at\n");
    api.get("/api/v1/customers/" + customer + "/outages?sort=from&size=100")
        .token(ADMIN)
        .send()
        .json()
        .path("items")
        .forEach(
            o ->
                csv.append(
                        String.join(
                            ",",
                            o.path("service").asString(),
                            o.path("from").asString(),
                            o.path("to").asString(),
                            o.path("cause").asString(),
                            "\"" + o.path("note").asString().replace("\"", "\"\"") + "\"",
                            o.path("announced_at").isNull()
                                ? ""
                                : o.path("announced_at").asString()))
                    .append('\n'));
    return csv.toString();
  }
}
