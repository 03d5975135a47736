package org.accordo.app.imports;

import static org.accordo.app.imports.ImportUploads.field;
import static org.accordo.app.imports.ImportUploads.file;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.accordo.app.support.Api;
import org.accordo.app.support.ApiFixtures;
import org.accordo.app.support.Await;
import org.accordo.app.support.RunningServer;
import org.accordo.app.support.TestDatabase;
import org.accordo.core.imports.Presets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.JsonNode;

/**
 * Imports through the API on both databases: stored in the background with their clocks rebuilt and
 * no notification for history, imported again without storing anything twice, refused whole for one
 * bad line by default, and seen only by those who see the customer.
 */
@ParameterizedClass(name = "on {0}")
@EnumSource(TestDatabase.class)
class ImportApiIntegrationTests {

  /** Two Zendesk tickets of February 2026, P2 (high) and P3 (normal). */
  static final String TICKETS =
      """
      {"id": 501, "subject": "VPN down", "priority": "high", "status": "solved", "created_at": "2026-02-02T09:00:00Z", "updated_at": "2026-02-03T17:00:00Z"}
      {"id": 502, "subject": "Printer offline", "priority": "normal", "status": "closed", "created_at": "2026-02-04T10:00:00Z", "updated_at": "2026-02-06T10:00:00Z"}
      """;

  /** Their audits: a reply, a wait for the customer, the customer's answer, the resolution. */
  static final String AUDITS =
      """
      {"ticket_id": 501, "created_at": "2026-02-02T09:30:00Z", "type": "Comment", "public": true, "author_role": "agent"}
      {"ticket_id": 501, "created_at": "2026-02-02T09:30:00Z", "type": "Change", "field_name": "status", "value": "pending"}
      {"ticket_id": 501, "created_at": "2026-02-03T09:00:00Z", "type": "Comment", "public": true, "author_role": "end-user"}
      {"ticket_id": 501, "created_at": "2026-02-03T09:00:00Z", "type": "Change", "field_name": "status", "value": "open"}
      {"ticket_id": 501, "created_at": "2026-02-03T12:00:00Z", "type": "Change", "field_name": "status", "value": "solved"}
      {"ticket_id": 502, "created_at": "2026-02-04T11:00:00Z", "type": "Comment", "public": true, "author_role": "admin"}
      {"ticket_id": 502, "created_at": "2026-02-05T10:00:00Z", "type": "Change", "field_name": "status", "value": "solved"}
      {"ticket_id": 502, "created_at": "2026-02-06T10:00:00Z", "type": "Change", "field_name": "status", "value": "closed"}
      {"ticket_id": 502, "created_at": "2026-02-06T10:00:00Z", "type": "Change", "field_name": "assignee_id", "value": "77"}
      """;

  private final RunningServer server;
  private final Api api;
  private final ApiFixtures fixtures;

  ImportApiIntegrationTests(TestDatabase database) {
    this.server = RunningServer.on(database);
    this.api = server.api();
    this.fixtures = new ApiFixtures(api);
  }

  private JsonNode finished(Api.Response accepted) {
    assertThat(accepted.status()).as("%s", accepted).isEqualTo(202);
    String location = accepted.header("Location");
    return Await.until(
        Duration.ofSeconds(60),
        () -> api.get(location).token(RunningServer.ADMIN_TOKEN).send().json(),
        j ->
            !j.path("state").asString().equals("queued")
                && !j.path("state").asString().equals("running"),
        "the import to end");
  }

  private long events(String customer) {
    return server
        .jdbc()
        .sql("SELECT COUNT(*) FROM ticket_event WHERE customer_id = :c")
        .param("c", customer)
        .query(Long.class)
        .single();
  }

  @Test
  void storesTheHistoryRebuildsItsClocksAndNotifiesNothingOfIt() {
    String customer = fixtures.customerWithContract("import-zd");

    JsonNode done =
        finished(
            ImportUploads.post(
                api,
                customer,
                ImportUploads.zendesk(TICKETS, AUDITS).toArray(ImportUploads.Part[]::new)));

    assertThat(done.path("state").asString()).as("%s", done).isEqualTo("completed");
    assertThat(done.path("progress").asDouble()).isEqualTo(1.0);
    JsonNode result = done.path("result");
    assertThat(result.path("tickets_new").asLong()).isEqualTo(2);
    assertThat(result.path("events").asLong()).isEqualTo(10); // 2 created + 8 history rows
    assertThat(result.path("history_rows_ignored").asLong()).isEqualTo(1); // the assignment
    assertThat(done.path("tickets_rebuilt").asInt()).isEqualTo(2);
    // ticket 501: P2 resolution, 8h on the office calendar, paused while pending (waiting_customer)
    JsonNode found =
        api.get("/api/v1/tickets?customer_id=" + customer + "&external_id=501")
            .token(RunningServer.ADMIN_TOKEN)
            .send()
            .json();
    String id = found.path("items").get(0).path("id").asString();
    JsonNode ticket =
        api.get("/api/v1/tickets/" + id).token(RunningServer.ADMIN_TOKEN).send().json();
    assertThat(ticket.path("ticket").path("status").asString()).isEqualTo("resolved");
    JsonNode resolution = clock(ticket, "resolution");
    // Mon 10:00-10:30 Rome counts (30 min), pending until Tue 10:00, then 10:00-13:00 (3 h): 3.5 h
    assertThat(resolution.path("state").asString()).isEqualTo("met");
    assertThat(resolution.path("elapsed_seconds").asLong()).isEqualTo(3 * 3600 + 1800);
    assertThat(resolution.path("paused_seconds").asLong()).isPositive();
    assertThat(clock(ticket, "first_response").path("elapsed_seconds").asLong()).isEqualTo(1800);
    // the history is of February: no notification is written for it
    long notifications =
        server
            .jdbc()
            .sql("SELECT COUNT(*) FROM notification WHERE customer_id = :c")
            .param("c", customer)
            .query(Long.class)
            .single();
    assertThat(notifications).isZero();
  }

  private static JsonNode clock(JsonNode ticket, String metric) {
    for (JsonNode c : ticket.path("clocks")) {
      if (c.path("metric").asString().equals(metric)) {
        return c;
      }
    }
    throw new AssertionError("no " + metric + " clock in " + ticket);
  }

  @Test
  void importingTheSameExportAgainStoresNothingTwiceAndALaterOneAddsOnlyItsNewEvents() {
    String customer = fixtures.customerWithContract("import-again");
    finished(
        ImportUploads.post(
            api,
            customer,
            ImportUploads.zendesk(TICKETS, AUDITS).toArray(ImportUploads.Part[]::new)));
    long before = events(customer);

    JsonNode again =
        finished(
            ImportUploads.post(
                api,
                customer,
                ImportUploads.zendesk(TICKETS, AUDITS).toArray(ImportUploads.Part[]::new)));
    assertThat(again.path("state").asString()).isEqualTo("completed");
    assertThat(again.path("result").path("tickets_new").asLong()).isZero();
    assertThat(again.path("result").path("tickets_imported_before").asLong()).isEqualTo(2);
    assertThat(events(customer)).isEqualTo(before);

    String later =
        AUDITS
            + "{\"ticket_id\": 501, \"created_at\": \"2026-02-10T09:00:00Z\", \"type\": \"Change\","
            + " \"field_name\": \"status\", \"value\": \"closed\"}\n";
    JsonNode overlapping =
        finished(
            ImportUploads.post(
                api,
                customer,
                ImportUploads.zendesk(TICKETS, later).toArray(ImportUploads.Part[]::new)));
    assertThat(overlapping.path("state").asString()).isEqualTo("completed");
    assertThat(events(customer)).isEqualTo(before + 1);
  }

  @Test
  void aBadLineInAThousandLineFileStoresNothingAndNamesTheLine() {
    String customer = fixtures.customerWithContract("import-bad");
    String csv = freshservice(999, 617);

    JsonNode done =
        finished(
            ImportUploads.post(
                api,
                customer,
                file("mapping", "freshservice.yaml", Presets.text("freshservice").orElseThrow()),
                file("tickets", "tickets.csv", csv)));

    assertThat(done.path("state").asString()).isEqualTo("refused");
    assertThat(done.path("result").path("refused").asLong()).isEqualTo(1);
    JsonNode bad = done.path("result").path("refused_lines").get(0);
    assertThat(bad.path("file").asString()).isEqualTo("tickets.csv");
    assertThat(bad.path("line").asLong()).isEqualTo(617);
    assertThat(bad.path("column").asInt()).isEqualTo(5); // created_at
    assertThat(bad.path("message").asString()).contains("2026-02-30");
    assertThat(events(customer)).isZero();
  }

  @Test
  void withTheOptionTheGoodLinesAreStoredAndTheBadOneListed() {
    String customer = fixtures.customerWithContract("import-good");

    JsonNode done =
        finished(
            ImportUploads.post(
                api,
                customer,
                file("mapping", "freshservice.yaml", Presets.text("freshservice").orElseThrow()),
                file("tickets", "tickets.csv", freshservice(20, 7)),
                field("mode", "keep_good_lines")));

    assertThat(done.path("state").asString()).isEqualTo("completed");
    assertThat(done.path("result").path("refused_lines").get(0).path("line").asLong()).isEqualTo(7);
    assertThat(done.path("result").path("tickets_new").asLong()).isEqualTo(19);
    long tickets =
        server
            .jdbc()
            .sql("SELECT COUNT(*) FROM ticket WHERE customer_id = :c")
            .param("c", customer)
            .query(Long.class)
            .single();
    assertThat(tickets).isEqualTo(19);
  }

  @Test
  void anotherCustomersImportAnswersLikeAMissingOne() {
    String customer = fixtures.customerWithContract("import-own");
    String other = fixtures.customerWithContract("import-other");
    JsonNode done =
        finished(
            ImportUploads.post(
                api,
                customer,
                ImportUploads.zendesk(TICKETS, AUDITS).toArray(ImportUploads.Part[]::new)));
    String path = "/api/v1/customers/" + customer + "/imports/" + done.path("id").asString();

    Api.Response foreign = api.get(path).token(fixtures.customerToken(other)).send();
    Api.Response missing =
        api.get("/api/v1/customers/" + customer + "/imports/no-such-import")
            .token(RunningServer.ADMIN_TOKEN)
            .send();
    Api.Response own = api.get(path).token(fixtures.customerToken(customer)).send();

    assertThat(foreign.status()).isEqualTo(404);
    assertThat(missing.status()).isEqualTo(404);
    assertThat(own.status()).isEqualTo(200);
    assertThat(
            ImportUploads.post(
                    api,
                    fixtures.customerToken(customer),
                    customer,
                    ImportUploads.zendesk(TICKETS, AUDITS).toArray(ImportUploads.Part[]::new))
                .status())
        .isEqualTo(403);
  }

  @Test
  void aMappingThatDoesNotLoadIsRefusedWithItsLineAndColumn() {
    String customer = fixtures.customerWithContract("import-map");

    Api.Response refused =
        ImportUploads.post(
            api,
            customer,
            file("mapping", "m.yaml", "mapping: { source: x, time_zone: Mars/Olympus }\n"),
            file("tickets", "t.csv", "id\n1\n"));

    assertThat(refused.status()).isEqualTo(422);
    assertThat(refused.json().path("type").asString()).endsWith("invalid-mapping");
    assertThat(refused.json().path("errors").size()).isGreaterThanOrEqualTo(2);
  }

  /**
   * A Freshservice ticket list of {@code rows} tickets whose row on {@code badLine} has 30
   * February.
   */
  static String freshservice(int rows, int badLine) {
    StringBuilder csv =
        new StringBuilder(
            "id,subject,status,priority,created_at,updated_at,stats.first_responded_at,stats.resolved_at,stats.closed_at\n");
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < rows; i++) {
      int day = 2 + i % 20;
      String created = "2026-02-%02dT09:00:00Z".formatted(day);
      if (lines.size() + 2 == badLine) {
        created = "2026-02-30T09:00:00Z";
      }
      lines.add(
          (1000 + i)
              + ",\"Ticket "
              + i
              + ", with a comma\",4,"
              + (1 + i % 4)
              + ","
              + created
              + ",2026-02-%02dT15:00:00Z,2026-02-%02dT09:40:00Z,2026-02-%02dT14:00:00Z,"
                  .formatted(day, day, day));
    }
    lines.forEach(l -> csv.append(l).append('\n'));
    return csv.toString();
  }
}
