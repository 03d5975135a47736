package org.accordo.app.simulation;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.accordo.app.render.Block;
import org.accordo.app.render.Block.Heading;
import org.accordo.app.render.Block.Paragraph;
import org.accordo.app.render.Block.Table;
import org.accordo.core.contract.Durations;
import org.accordo.core.simulation.MetricComparison;
import org.accordo.core.simulation.MetricOutcome;
import org.accordo.core.simulation.SimulationResult;
import org.accordo.core.simulation.SmallestTarget;

/**
 * The document's tables per SLA, metric and priority: compliance under both contracts, and the
 * smallest targets that would have met the goal. One row per contract, so a row pair reads as a
 * before and after.
 */
final class MetricTables {

  private final SimulationResult result;
  private final boolean severalSlas;

  MetricTables(SimulationResult result) {
    this.result = result;
    this.severalSlas = result.metrics().stream().map(MetricComparison::sla).distinct().count() > 1;
  }

  List<Block> compliance() {
    List<List<String>> rows = new ArrayList<>();
    for (MetricComparison m : result.metrics()) {
      rows.add(compliance(m, "current", m.current()));
      rows.add(compliance(m, "proposed", m.proposed()));
    }
    return List.of(
        new Heading(2, "Compliance per SLA, metric and priority"),
        new Table(
            List.of(
                "Metric",
                "Contract",
                "Target",
                "Tickets",
                "Met / breached",
                "Compliance",
                "Median / p90"),
            rows,
            List.of(3, 4, 5)),
        new Paragraph(
            "Targets and elapsed times are business time on the target's calendar. Median and p90"
                + " are by nearest rank: elapsed times some clock really had."));
  }

  private List<String> compliance(MetricComparison m, String contract, Optional<MetricOutcome> o) {
    if (o.isEmpty()) {
      return List.of(name(m), contract, "no target", "", "", "", "");
    }
    MetricOutcome outcome = o.get();
    return List.of(
        name(m),
        contract,
        hours(outcome.target().target()) + " (" + outcome.target().calendar() + ")",
        String.valueOf(outcome.tickets()),
        outcome.met() + " / " + outcome.breached(),
        outcome.compliance().map(Quantities::percent).orElse("—"),
        outcome.median().map(MetricTables::hours).orElse("—")
            + " / "
            + outcome.p90().map(MetricTables::hours).orElse("—"));
  }

  List<Block> smallestTargets() {
    List<List<String>> rows = new ArrayList<>();
    for (MetricComparison m : result.metrics()) {
      smallest(m, "current", m.current()).ifPresent(rows::add);
      smallest(m, "proposed", m.proposed()).ifPresent(rows::add);
    }
    String goal = Quantities.percent(result.goal());
    return List.of(
        new Heading(2, "Smallest target that would have met " + goal),
        new Paragraph(
            "The smallest target, in the contract's duration grammar, under which at least "
                + goal
                + " of the period's clocks would have been met, with each contract's calendars and"
                + " pauses: the elapsed time of the clock that reaches the goal, rounded up to the"
                + " second (the grammar's smallest unit), and to the minute."),
        rows.isEmpty()
            ? new Paragraph("No clock stopped in the period.")
            : new Table(
                List.of(
                    "Metric",
                    "Contract",
                    "Target",
                    "Smallest",
                    "In minutes",
                    "Met at it",
                    "Set by"),
                rows,
                List.of(5)));
  }

  private Optional<List<String>> smallest(
      MetricComparison m, String contract, Optional<MetricOutcome> o) {
    if (o.isEmpty() || o.get().smallest().isEmpty()) {
      return Optional.empty();
    }
    SmallestTarget s = o.get().smallest().get();
    return Optional.of(
        List.of(
            name(m),
            contract,
            hours(o.get().target().target()),
            s.written(),
            s.writtenInMinutes(),
            s.met() + " of " + s.clocks(),
            s.ticket()));
  }

  /** {@code resolution P2}, with the SLA first when the contracts have several. */
  private String name(MetricComparison m) {
    return (severalSlas ? m.sla() + ": " : "") + m.metric().id() + " " + m.priority();
  }

  static String hours(Duration duration) {
    return Durations.describeHours(duration);
  }
}
