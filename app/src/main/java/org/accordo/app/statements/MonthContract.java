package org.accordo.app.statements;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.accordo.app.contracts.ContractVersion;

/**
 * Which contract version a month's statement is closed under: the one in force on the month's last
 * day (of the versions covering a day, the latest upload, as for tickets), or, when none is in
 * force that day (a contract ended mid-month), on the last day of the month that has one. One
 * contract measures the whole month, as {@code accordo report --contract} does.
 */
final class MonthContract {

  private MonthContract() {}

  /** The version for {@code month}, or empty when none is in force on any of its days. */
  static Optional<ContractVersion> of(List<ContractVersion> versions, YearMonth month) {
    for (LocalDate day = month.atEndOfMonth();
        !day.isBefore(month.atDay(1));
        day = day.minusDays(1)) {
      LocalDate on = day;
      Optional<ContractVersion> chosen =
          versions.stream()
              .filter(v -> v.inForceOn(on))
              .max(Comparator.comparingInt(ContractVersion::version));
      if (chosen.isPresent()) {
        return chosen;
      }
    }
    return Optional.empty();
  }

  /** The months {@code version} is in force on a day of, up to {@code last}, oldest first. */
  static List<YearMonth> months(ContractVersion version, YearMonth last) {
    YearMonth first = YearMonth.from(version.effectiveFrom());
    YearMonth end =
        version.effectiveTo() == null
            ? last
            : YearMonth.from(version.effectiveTo()).isBefore(last)
                ? YearMonth.from(version.effectiveTo())
                : last;
    return first.isAfter(end)
        ? List.of()
        : java.util.stream.Stream.iterate(first, m -> !m.isAfter(end), m -> m.plusMonths(1))
            .toList();
  }
}
