package org.accordo.app.simulation;

import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.accordo.app.render.Block;
import org.accordo.app.render.Block.Heading;
import org.accordo.app.render.Block.Paragraph;
import org.accordo.app.render.Block.Table;
import org.accordo.core.clock.ClockResult;
import org.accordo.core.simulation.ClockChange;
import org.accordo.core.simulation.ClockSide;
import org.accordo.core.simulation.SimulationResult;

/**
 * The document's list of clocks whose outcome changes, each with its elapsed time against both
 * targets; at most {@value #MAX_ROWS} rows (the JSON lists them all, with timelines).
 */
final class ChangeTable {

  static final int MAX_ROWS = 500;

  private final DateTimeFormatter local;

  ChangeTable(DateTimeFormatter local) {
    this.local = local;
  }

  List<Block> of(SimulationResult result) {
    List<ClockChange> changes = result.changes();
    List<Block> blocks = new ArrayList<>();
    blocks.add(new Heading(2, "Clocks whose outcome changes"));
    if (changes.isEmpty()) {
      blocks.add(new Paragraph("None: every clock keeps its outcome."));
      return blocks;
    }
    long newly = changes.stream().filter(c -> c.kind() == ClockChange.Kind.NEWLY_BREACHED).count();
    blocks.add(
        new Paragraph(
            newly
                + " clocks would breach that did not, "
                + (changes.size() - newly)
                + " would no longer breach. Elapsed is business time on each contract's calendar;"
                + " the JSON output has every clock's timeline."));
    List<List<String>> rows = new ArrayList<>();
    for (ClockChange c : changes.subList(0, Math.min(MAX_ROWS, changes.size()))) {
      rows.add(
          List.of(
              c.ticket(),
              c.metric().id() + (c.cycle() > 1 ? " #" + c.cycle() : ""),
              c.kind().id().replace('_', ' '),
              started(c),
              describe(c.current()),
              describe(c.proposed())));
    }
    blocks.add(
        new Table(
            List.of("Ticket", "Clock", "Change", "Started", "Current", "Proposed"),
            rows,
            List.of()));
    if (changes.size() > MAX_ROWS) {
      blocks.add(
          new Paragraph(
              (changes.size() - MAX_ROWS) + " more changed clocks are listed in the JSON output."));
    }
    return blocks;
  }

  private String started(ClockChange change) {
    ClockResult clock = change.current().clock().or(change.proposed()::clock).orElseThrow();
    return local.format(clock.startedAt());
  }

  /** {@code breached: 7 h of 6 h (office), stopped 2026-02-10 17:00}. */
  private String describe(ClockSide side) {
    String outcome = side.outcome().id().replace('_', ' ');
    if (side.clock().isEmpty()) {
      return outcome + " (no such clock)";
    }
    ClockResult clock = side.clock().get();
    String end =
        Optional.ofNullable(clock.stoppedAt())
            .map(at -> "stopped " + local.format(at))
            .orElse(clock.state().id());
    return outcome
        + ": "
        + MetricTables.hours(Duration.ofMillis(clock.elapsedMillis()))
        + " of "
        + MetricTables.hours(Duration.ofMillis(clock.targetMillis()))
        + " ("
        + clock.calendar()
        + "), "
        + end;
  }
}
