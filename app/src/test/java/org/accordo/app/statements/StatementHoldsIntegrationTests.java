package org.accordo.app.statements;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.accordo.app.support.ApiFixtures;
import org.accordo.app.support.RunningServer;
import org.accordo.app.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A hold on a customer's months, on each database: while it stands the worker claims none of them,
 * neither to close nor to compute again; its release asks for the months ending after the earliest
 * instant the holder stored, and only those, to be computed again.
 */
@ParameterizedClass(name = "on {0}")
@EnumSource(TestDatabase.class)
class StatementHoldsIntegrationTests {

  private static final Instant NOW = Instant.parse("2026-04-10T08:00:00Z");

  private final RunningServer server;
  private final ApiFixtures fixtures;
  private final CloseRepository closes;
  private final StatementHolds holds;
  private final TransactionTemplate transactions;

  StatementHoldsIntegrationTests(TestDatabase database) {
    this.server = RunningServer.on(database);
    this.fixtures = new ApiFixtures(server.api());
    this.closes = server.bean(CloseRepository.class);
    this.holds = server.bean(StatementHolds.class);
    this.transactions = server.bean(TransactionTemplate.class);
  }

  @Test
  void aHeldCustomersMonthsAreNeitherClosedNorComputedAgainUntilTheHoldIsReleased() {
    String customer = fixtures.customer("held");
    StatementKey due = new StatementKey(customer, YearMonth.of(2026, 2));
    StatementKey closed = new StatementKey(customer, YearMonth.of(2026, 1));
    // due and to recheck before any other month of the shared database, so claimed first
    Instant early = Instant.parse("2000-01-01T00:00:00Z");
    transactions.executeWithoutResult(
        s -> {
          closes.plan(
              List.of(
                  new CloseRepository.Planned(due, Instant.parse("2026-02-28T23:00:00Z"), early),
                  new CloseRepository.Planned(
                      closed, Instant.parse("2026-01-31T23:00:00Z"), early)),
              early);
          closes.closed(closed, early);
          closes.markRechecks(
              customer, Instant.parse("2026-01-15T00:00:00Z"), "a late event", early);
          holds.hold(customer, "import 1", NOW);
          holds.hold(customer, "import 1", NOW); // taken twice, one hold
        });

    assertThat(claimedDue()).isNotEqualTo(Optional.of(due));
    assertThat(claimedRecheck()).isNotEqualTo(Optional.of(closed));

    transactions.executeWithoutResult(s -> holds.release(customer, "import 1", "import 1", NOW));

    assertThat(claimedDue()).contains(due);
    assertThat(claimedRecheck()).contains(closed);
  }

  @Test
  void theReleaseHasTheMonthsAfterTheEarliestInstantStoredComputedAgain() {
    String customer = fixtures.customer("held-reach");
    Instant early = Instant.parse("2000-01-01T00:00:00Z");
    List<StatementKey> months =
        List.of(1, 2, 3).stream()
            .map(m -> new StatementKey(customer, YearMonth.of(2026, m)))
            .toList();
    transactions.executeWithoutResult(
        s -> {
          closes.plan(
              months.stream()
                  .map(
                      k ->
                          new CloseRepository.Planned(
                              k,
                              k.month()
                                  .plusMonths(1)
                                  .atDay(1)
                                  .atStartOfDay()
                                  .toInstant(java.time.ZoneOffset.UTC),
                              early))
                  .toList(),
              early);
          months.forEach(k -> closes.closed(k, early));
          holds.hold(customer, "import 2", NOW);
          holds.hold(customer, "import 3", NOW);
          holds.reachesBack(customer, "import 2", Instant.parse("2026-03-05T00:00:00Z"));
          holds.reachesBack(customer, "import 2", Instant.parse("2026-02-10T00:00:00Z"));
          holds.reachesBack(customer, "import 2", Instant.parse("2026-03-20T00:00:00Z"));
        });

    // a holder that stored nothing asks for nothing
    assertThat(released(customer, "import 3", "import 3")).isZero();
    assertThat(rechecked(customer)).isEmpty();
    // the earliest instant stored (10 February) reaches February and March
    assertThat(released(customer, "import 2", "history imported (import 2)")).isEqualTo(2);
    assertThat(rechecked(customer)).containsExactly("2026-02", "2026-03");
    assertThat(
            server
                .jdbc()
                .sql(
                    "SELECT recheck_reasons FROM statement_close WHERE customer_id = :c"
                        + " AND period_month = '2026-02'")
                .param("c", customer)
                .query(String.class)
                .single())
        .isEqualTo("history imported (import 2)");
    // released: nothing to release again
    assertThat(released(customer, "import 2", "again")).isZero();
  }

  /** Releases the hold in a transaction; how many months are to be computed again. */
  private int released(String customer, String heldBy, String why) {
    Integer marked = transactions.execute(s -> holds.release(customer, heldBy, why, NOW));
    return marked == null ? -1 : marked;
  }

  /** The month the worker would close now, claimed in a transaction rolled back. */
  private Optional<StatementKey> claimedDue() {
    return transactions.execute(
        s -> {
          s.setRollbackOnly();
          return closes.claimDue(NOW).map(CloseRepository.Claimed::key);
        });
  }

  private Optional<StatementKey> claimedRecheck() {
    return transactions.execute(
        s -> {
          s.setRollbackOnly();
          return closes.claimRecheck(NOW).map(CloseRepository.Claimed::key);
        });
  }

  private List<String> rechecked(String customer) {
    return server
        .jdbc()
        .sql(
            "SELECT period_month FROM statement_close WHERE customer_id = :c"
                + " AND recheck_due_at IS NOT NULL ORDER BY period_month")
        .param("c", customer)
        .query(String.class)
        .list();
  }
}
