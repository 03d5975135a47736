package org.accordo.app.imports;

import static org.accordo.app.imports.ImportUploads.file;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import org.accordo.app.statements.StatementFixtures;
import org.accordo.app.support.Api;
import org.accordo.app.support.Await;
import org.accordo.app.support.RunningServer;
import org.accordo.app.support.TestDatabase;
import org.accordo.core.imports.Presets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.JsonNode;

/**
 * History imported into a month already closed, on each database: once the import completes, the
 * month is computed again from every imported ticket, once, as an amended version that says the
 * import is why. (Before, an import stored its events without the notice a late live event gives,
 * and the final statement stayed without the history for good.)
 */
@ParameterizedClass(name = "on {0}")
@EnumSource(TestDatabase.class)
class ImportIntoClosedMonthsIntegrationTests {

  private static final String ADMIN = RunningServer.ADMIN_TOKEN;
  private static final YearMonth FEBRUARY = YearMonth.of(2026, 2);

  private final RunningServer server;
  private final Api api;
  private final StatementFixtures statements;

  ImportIntoClosedMonthsIntegrationTests(TestDatabase database) {
    this.server = RunningServer.closing(database);
    this.api = server.api();
    this.statements = new StatementFixtures(server);
  }

  @Test
  void aClosedMonthTheImportReachesIsAmendedOnceFromEveryImportedTicket() {
    String customer = statements.customer("import-closed", "{ from: 2026-02-01, to: 2026-02-28 }");
    // February's grace (3 days after its end in Rome) has passed: it is closed without tickets
    JsonNode closed =
        statements.closedAt(Instant.parse("2026-03-04T09:00:00Z"), customer, FEBRUARY);
    assertThat(closed.path("status").asString()).isEqualTo("final");
    assertThat(closed.path("inputs").path("tickets").asInt()).isZero();

    // twenty tickets of February imported
    Api.Response accepted =
        ImportUploads.post(
            api,
            customer,
            file("mapping", "freshservice.yaml", Presets.text("freshservice").orElseThrow()),
            file("tickets", "tickets.csv", ImportApiIntegrationTests.freshservice(20, -1)));
    assertThat(accepted.status()).as("%s", accepted).isEqualTo(202);
    JsonNode done =
        Await.until(
            Duration.ofSeconds(60),
            () -> api.get(accepted.header("Location")).token(ADMIN).send().json(),
            j -> j.path("state").asString().equals("completed"),
            "the import completed");
    assertThat(done.path("result").path("tickets_new").asLong()).isEqualTo(20);
    // each ticket's status folded from the events its row gave (resolved, never closed)
    assertThat(
            server
                .jdbc()
                .sql("SELECT DISTINCT status FROM ticket WHERE customer_id = :c")
                .param("c", customer)
                .query(String.class)
                .list())
        .containsExactly("resolved");

    JsonNode amended = statements.awaitVersion(customer, FEBRUARY, 2);
    assertThat(amended.path("status").asString()).isEqualTo("amended");
    assertThat(amended.path("inputs").path("tickets").asInt()).isEqualTo(20);
    assertThat(amended.path("reason").asString())
        .contains("history imported from freshservice (import " + done.path("id").asString());
    // computed again once: no recheck left, no third version
    Await.until(
        Duration.ofSeconds(30),
        () ->
            server
                .jdbc()
                .sql(
                    "SELECT COUNT(*) FROM statement_close WHERE customer_id = :c"
                        + " AND recheck_due_at IS NOT NULL")
                .param("c", customer)
                .query(Long.class)
                .single(),
        n -> n == 0,
        "the recheck done");
    assertThat(statements.versions(customer, FEBRUARY).size()).isEqualTo(2);
    assertThat(
            server
                .jdbc()
                .sql("SELECT COUNT(*) FROM statement_hold WHERE customer_id = :c")
                .param("c", customer)
                .query(Long.class)
                .single())
        .as("the import's hold released")
        .isZero();
  }
}
