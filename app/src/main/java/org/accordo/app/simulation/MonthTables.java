package org.accordo.app.simulation;

import java.util.ArrayList;
import java.util.List;
import org.accordo.app.render.Block;
import org.accordo.app.render.Block.Heading;
import org.accordo.app.render.Block.Table;
import org.accordo.core.credit.CreditStatement;
import org.accordo.core.report.AvailabilityRow;
import org.accordo.core.simulation.MonthComparison;
import org.accordo.core.simulation.MonthOutcome;
import org.accordo.core.simulation.SimulationResult;

/** The document's tables per month: clocks and credits, then availability per service. */
final class MonthTables {

  private MonthTables() {}

  static List<Block> of(SimulationResult result) {
    List<List<String>> counts = new ArrayList<>();
    List<List<String>> availability = new ArrayList<>();
    for (MonthComparison month : result.months()) {
      counts.add(
          List.of(
              month.month().toString(),
              month.current().met() + " / " + month.current().breached(),
              month.proposed().met() + " / " + month.proposed().breached(),
              credits(month.current()),
              credits(month.proposed())));
      for (AvailabilityRow row : month.current().availability()) {
        availability.add(
            List.of(
                month.month().toString(),
                row.result().service(),
                Quantities.availability(row.result().availability()),
                Quantities.percent(row.result().target()),
                target(month.proposed(), row)));
      }
    }
    List<Block> blocks = new ArrayList<>();
    blocks.add(new Heading(2, "Months"));
    blocks.add(
        new Table(
            List.of(
                "Month",
                "Met / breached (current)",
                "Met / breached (proposed)",
                "Credits (current)",
                "Credits (proposed)"),
            counts,
            List.of(1, 2, 3, 4)));
    if (!availability.isEmpty()) {
      blocks.add(
          new Table(
              List.of("Month", "Service", "Availability", "Target (current)", "Target (proposed)"),
              availability,
              List.of(2, 3, 4)));
    }
    return blocks;
  }

  private static String credits(MonthOutcome month) {
    return month.credits().map(CreditStatement::total).map(Quantities::money).orElse("—");
  }

  /** The proposed contract's target for the same service, or a dash when it promises none. */
  private static String target(MonthOutcome proposed, AvailabilityRow like) {
    return proposed.availability().stream()
        .filter(r -> r.result().service().equals(like.result().service()))
        .findFirst()
        .map(r -> Quantities.percent(r.result().target()))
        .orElse("—");
  }
}
