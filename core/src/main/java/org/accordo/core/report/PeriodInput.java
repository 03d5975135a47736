package org.accordo.core.report;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.accordo.core.availability.Outage;
import org.accordo.core.availability.SlaPeriod;
import org.accordo.core.credit.CreditPolicy;

/**
 * Everything a period is closed from.
 *
 * @param period the month closed, in the contract's zone
 * @param earlierPeriods the months the period is compared with in its summary, most recent first
 *     (up to three; only months the contract was in force)
 * @param asOf the instant the clocks were computed at; at or after the period's end the period is
 *     closed, before it the report is provisional
 * @param tickets the tickets and their clocks
 * @param availabilitySlas the contract's SLAs that promise availability
 * @param outages the known outages, of any service and time
 * @param credits the contract's credit terms, empty when it has none
 * @param contents what the contract asks the report to contain ({@code reporting.contents}), in its
 *     words
 * @param records the monitors' coverage and the RCAs, {@link PeriodRecords#NONE} from files
 */
public record PeriodInput(
    SlaPeriod period,
    List<SlaPeriod> earlierPeriods,
    Instant asOf,
    TicketInput tickets,
    List<AvailabilitySla> availabilitySlas,
    List<Outage> outages,
    Optional<CreditPolicy> credits,
    List<String> contents,
    PeriodRecords records) {

  public PeriodInput {
    Objects.requireNonNull(period, "period");
    earlierPeriods = List.copyOf(earlierPeriods);
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(tickets, "tickets");
    availabilitySlas = List.copyOf(availabilitySlas);
    outages = List.copyOf(outages);
    Objects.requireNonNull(credits, "credits");
    contents = List.copyOf(contents);
    Objects.requireNonNull(records, "records");
  }
}
