package org.accordo.app.statements;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.accordo.app.contracts.ContractLibrary;
import org.accordo.app.contracts.ContractVersion;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Plans the closes: every customer-month some contract version is in force in, whose grace has
 * passed ({@code period end + accordo.close.grace <= now}) and that is not planned yet, becomes a
 * {@code statement_close} row due a few seconds later ({@link #SETTLE}): a late change being
 * recorded while the month is planned, which could not see the row yet, has committed by then, so
 * the close reads it.
 */
@Component
class ClosePlanner {

  /** How long after it is planned a month is closed. */
  static final Duration SETTLE = Duration.ofSeconds(10);

  private final ContractLibrary contracts;
  private final CloseRepository closes;
  private final StatementSettings settings;

  ClosePlanner(ContractLibrary contracts, CloseRepository closes, StatementSettings settings) {
    this.contracts = contracts;
    this.closes = closes;
    this.settings = settings;
  }

  /** Plans the months due by {@code now}; returns how many it planned. */
  @Transactional
  int plan(Instant now) {
    Set<StatementKey> planned = closes.planned();
    Map<String, List<ContractVersion>> byCustomer = new LinkedHashMap<>();
    contracts
        .allVersions()
        .forEach(v -> byCustomer.computeIfAbsent(v.customerId(), c -> new ArrayList<>()).add(v));
    // a month ends at the latest a day after its UTC end; later months cannot be due yet
    YearMonth last = YearMonth.from(now.atOffset(ZoneOffset.UTC));
    List<CloseRepository.Planned> fresh = new ArrayList<>();
    byCustomer.forEach(
        (customer, versions) -> {
          Set<YearMonth> months = new TreeSet<>();
          versions.forEach(v -> months.addAll(MonthContract.months(v, last)));
          for (YearMonth month : months) {
            StatementKey key = new StatementKey(customer, month);
            if (!planned.contains(key)) {
              due(key, versions, now).ifPresent(fresh::add);
            }
          }
        });
    closes.plan(fresh, now);
    return fresh.size();
  }

  /** The month as planned now, or empty when its grace has not passed. */
  private Optional<CloseRepository.Planned> due(
      StatementKey key, List<ContractVersion> versions, Instant now) {
    return MonthContract.of(versions, key.month())
        .map(v -> contracts.load(key.customerId(), v.version()))
        .map(contract -> StatementComputation.period(contract, key.month()).endExclusive())
        .filter(end -> !end.plus(settings.grace()).isAfter(now))
        .map(end -> new CloseRepository.Planned(key, end, now.plus(SETTLE)));
  }
}
