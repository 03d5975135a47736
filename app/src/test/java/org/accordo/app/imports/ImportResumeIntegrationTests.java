package org.accordo.app.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import org.accordo.app.audit.AuditLog;
import org.accordo.app.contracts.ContractLibrary;
import org.accordo.app.security.Caller;
import org.accordo.app.statements.StatementHolds;
import org.accordo.app.support.Api;
import org.accordo.app.support.ApiFixtures;
import org.accordo.app.support.Await;
import org.accordo.app.support.RunningServer;
import org.accordo.app.support.TestDatabase;
import org.accordo.app.tickets.HistoryImport;
import org.accordo.core.imports.Presets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * A node that dies in the middle of an import leaves it half stored, under its lease; once the
 * lease ends, the server's worker takes it over and resumes it from its last stored chunk to the
 * end: every ticket and event stored once, every clock rebuilt, the import completed.
 */
@ParameterizedClass(name = "on {0}")
@EnumSource(TestDatabase.class)
class ImportResumeIntegrationTests {

  private static final int TICKETS = 2100;

  private final RunningServer server;
  private final ApiFixtures fixtures;

  ImportResumeIntegrationTests(TestDatabase database) {
    this.server = RunningServer.on(database);
    this.fixtures = new ApiFixtures(server.api());
  }

  /** Thrown by the sink to stand for the node dying after a chunk was committed. */
  private static final class NodeDied extends RuntimeException {}

  @Test
  void anImportLeftByANodeThatDiedIsResumedFromItsLastChunkAndStoresNothingTwice() {
    String customer = fixtures.customerWithContract("import-resume");
    ImportRepository imports = server.bean(ImportRepository.class);
    String id = leftByADeadNode(customer);

    assertThat(imports.get(id).state()).isEqualTo(ImportState.RUNNING);
    assertThat(imports.get(id).resumeLine()).isEqualTo(ImportPass.CHUNK + 1);
    assertThat(count("SELECT COUNT(*) FROM ticket WHERE customer_id = :c", customer))
        .isEqualTo(ImportPass.CHUNK);

    // its lease ends: this server's worker takes the import over
    server
        .jdbc()
        .sql("UPDATE import_run SET lease_until = :past WHERE id = :id")
        .param("past", java.time.OffsetDateTime.parse("2000-01-01T00:00:00Z"))
        .param("id", id)
        .update();
    ImportRun done =
        Await.until(
            Duration.ofSeconds(90),
            () -> imports.get(id),
            r -> r.state().isFinal(),
            "the import to be resumed and completed");

    assertThat(done.state()).as("%s", done.failure()).isEqualTo(ImportState.COMPLETED);
    assertThat(count("SELECT COUNT(*) FROM ticket WHERE customer_id = :c", customer))
        .isEqualTo(TICKETS);
    // created, first response, resolved: three events a ticket, none twice
    assertThat(count("SELECT COUNT(*) FROM ticket_event WHERE customer_id = :c", customer))
        .isEqualTo(3L * TICKETS);
    assertThat(done.ticketsRebuilt()).isEqualTo(TICKETS);
    assertThat(count("SELECT COUNT(*) FROM ticket_sla WHERE customer_id = :c", customer))
        .isEqualTo(TICKETS);
  }

  @Test
  void aContractUploadedWhileAnImportStoresTicketsLeavesTheirClocksToTheImport() {
    String customer = fixtures.customerWithContract("import-upload");
    String id = leftByADeadNode(customer);

    // measured now from half their histories, they would get crossings their whole histories do
    // not have; and the worker and the import would both insert their SLA rows
    assertThat(upload(customer, "import-upload-v2").path("tickets_to_rebuild").asInt()).isZero();
    JsonNode completed =
        Await.until(
            Duration.ofSeconds(30),
            () -> rebuild(customer, 2),
            p -> !p.path("completed_at").isNull(),
            "the rebuild of version 2 to complete");
    assertThat(completed.path("tickets").asInt())
        .as("the worker's last look for tickets it missed leaves them too")
        .isZero();
    assertThat(count("SELECT COUNT(*) FROM ticket_sla WHERE customer_id = :c", customer)).isZero();

    // the import fails for good: its tickets are the customer's like any others
    server
        .jdbc()
        .sql("UPDATE import_run SET state = 'failed', lease_until = NULL WHERE id = :id")
        .param("id", id)
        .update();
    assertThat(upload(customer, "import-upload-v3").path("tickets_to_rebuild").asInt())
        .isEqualTo(ImportPass.CHUNK);
  }

  /**
   * An import of {@value #TICKETS} tickets for the customer, leased to a node that checked every
   * line, stored the first chunk and died: running, under a lease that ends in an hour.
   */
  private String leftByADeadNode(String customer) {
    ImportRepository imports = server.bean(ImportRepository.class);
    TransactionTemplate transactions = server.bean(TransactionTemplate.class);
    String csv = ImportApiIntegrationTests.freshservice(TICKETS, -1);
    // the import, leased at once to a node that will die (so this server's worker leaves it)
    String id =
        transactions.execute(
            s -> {
              ImportRun run =
                  server
                      .bean(ImportService.class)
                      .request(
                          Caller.SYSTEM,
                          customer,
                          new ImportService.Upload(
                              Presets.text("freshservice").orElseThrow(),
                              ImportMode.ALL_OR_NOTHING,
                              new ImportService.UploadedFile(
                                  "tickets.csv",
                                  () ->
                                      new ByteArrayInputStream(
                                          csv.getBytes(StandardCharsets.UTF_8))),
                              Optional.empty()));
              imports.lease(run.id(), "dead-node", Instant.now().plus(Duration.ofHours(1)));
              return run.id();
            });

    // the dead node checked every line, stored the first chunk, and died
    transactions.executeWithoutResult(s -> imports.checkpoint(id, ImportPhase.TICKETS, 0));
    ImportRun run = imports.get(id);
    DatabaseSink sink =
        new DatabaseSink(
            run,
            server.bean(HistoryImport.class),
            imports,
            server.bean(AuditLog.class),
            transactions,
            server.bean(Clock.class),
            () -> {},
            server.bean(StatementHolds.class));
    DatabaseStore store =
        new DatabaseStore(
            customer,
            ZoneId.of("Europe/Rome"),
            "freshservice",
            server.bean(ContractLibrary.class),
            server.bean(HistoryImport.class),
            RunningServer.START.plusSeconds(300));
    try {
      new ImportPass(Presets.mapping("freshservice").orElseThrow(), customer, store)
          .run(
              new ImportFiles(
                  StoredFiles.source(imports, id, "tickets").orElseThrow(), Optional.empty()),
              chunk -> {
                sink.accept(chunk);
                throw new NodeDied();
              },
              ImportPass.Resume.START,
              ImportPass.Progress.NONE);
    } catch (NodeDied died) {
      // as a kill would
    }
    return id;
  }

  private JsonNode upload(String customer, String contractId) {
    Api.Response uploaded =
        server
            .api()
            .post("/api/v1/customers/" + customer + "/contracts")
            .token(RunningServer.ADMIN_TOKEN)
            .body("application/yaml", ApiFixtures.contract(contractId, "{ from: 2026-01-01 }"))
            .send();
    assertThat(uploaded.status()).as("%s", uploaded).isEqualTo(201);
    return uploaded.json();
  }

  private JsonNode rebuild(String customer, int version) {
    return server
        .api()
        .get("/api/v1/customers/" + customer + "/contracts/" + version + "/clock-rebuild")
        .token(RunningServer.ADMIN_TOKEN)
        .send()
        .json();
  }

  private long count(String sql, String customer) {
    return server.jdbc().sql(sql).param("c", customer).query(Long.class).single();
  }
}
