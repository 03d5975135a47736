package org.accordo.app.reports;

import java.util.ArrayList;
import java.util.List;
import org.accordo.app.render.Block;
import org.accordo.app.render.Block.Heading;
import org.accordo.app.render.Block.Paragraph;
import org.accordo.app.render.Block.Table;
import org.accordo.core.report.ClockFact;
import org.accordo.core.report.PeriodReport;
import org.accordo.core.report.TimelineEntry;

/**
 * The report's sections on single clocks, each naming its ticket by number and subject: the
 * breaches with their timelines told in words, the clocks open at the period's end in their state
 * then, the cancelled ones, and the intervals excluded from the SLA.
 */
final class ClockSections {

  /** The HTML and PDF tell this many timelines; the JSON has every one. */
  static final int MAX_TIMELINES = 50;

  private final PeriodReport report;
  private final Wording w;

  ClockSections(PeriodReport report, Wording wording) {
    this.report = report;
    this.w = wording;
  }

  List<Part> breaches() {
    Parts parts = new Parts(w.l("report.breaches"));
    if (report.breaches().isEmpty()) {
      return parts.add(new Paragraph(w.l("report.none"))).done();
    }
    parts.add(
        new Table(
            List.of(
                w.l("report.ticket"),
                w.l("report.metric"),
                w.l("report.breached_at"),
                w.l("report.stopped"),
                w.l("report.elapsed_target")),
            report.breaches().stream()
                .map(
                    c ->
                        List.of(
                            ticket(c),
                            metric(c),
                            w.at(c.breachedAt()),
                            w.at(c.stoppedAt()),
                            counted(c)))
                .toList(),
            List.of(4),
            List.of(26, 20, 16, 16, 22)));
    List<ClockFact> told =
        report.breaches().subList(0, Math.min(MAX_TIMELINES, report.breaches().size()));
    told.forEach(clock -> parts.addAll(timeline(clock)));
    if (report.breaches().size() > told.size()) {
      parts.add(
          new Paragraph(w.l("report.timelines.more", report.breaches().size() - told.size())));
    }
    return parts.done();
  }

  /** One breach told in words: what it was measured against, when it started, breached, stopped. */
  private List<Block> timeline(ClockFact clock) {
    List<Block> blocks = new ArrayList<>();
    blocks.add(new Heading(3, ticket(clock) + " — " + metric(clock)));
    blocks.add(
        new Paragraph(
            w.l(
                "report.breach.story",
                w.duration(clock.target()),
                clock.calendar(),
                w.at(clock.startedAt()),
                w.at(clock.breachedAt()),
                w.at(clock.stoppedAt()),
                w.duration(clock.elapsed()))));
    if (!clock.timeline().isEmpty()) {
      blocks.add(
          new Table(
              List.of(
                  w.l("report.timeline.from"),
                  w.l("report.timeline.to"),
                  w.l("report.timeline.clock"),
                  w.l("report.timeline.what")),
              clock.timeline().stream().map(this::segment).toList(),
              List.of(),
              List.of(16, 16, 16, 52)));
    }
    return blocks;
  }

  private List<String> segment(TimelineEntry t) {
    return List.of(
        w.at(t.from()),
        w.at(t.to()),
        w.l(t.counting() ? "report.timeline.counting" : "report.timeline.paused"),
        w.cause(t.cause(), t.why()));
  }

  List<Part> open() {
    Parts parts = new Parts(w.l("report.open"));
    parts.add(new Paragraph(w.l("report.open.note", w.exact(report.period().endExclusive()))));
    if (report.open().isEmpty()) {
      parts.add(new Paragraph(w.l("report.none")));
    } else {
      parts.add(
          new Table(
              List.of(
                  w.l("report.ticket"),
                  w.l("report.metric"),
                  w.l("report.open.state"),
                  w.l("report.started"),
                  w.l("report.elapsed_target")),
              report.open().stream()
                  .map(
                      c ->
                          List.of(
                              ticket(c), metric(c), stateAtEnd(c), w.at(c.startedAt()), counted(c)))
                  .toList(),
              List.of(4),
              List.of(26, 20, 20, 14, 20)));
    }
    parts.add(new Heading(3, w.l("report.cancelled")));
    if (report.cancelled().isEmpty()) {
      return parts.add(new Paragraph(w.l("report.none"))).done();
    }
    return parts
        .add(
            new Table(
                List.of(
                    w.l("report.ticket"),
                    w.l("report.metric"),
                    w.l("report.started"),
                    w.l("report.cancelled_at"),
                    w.l("report.elapsed_target")),
                report.cancelled().stream()
                    .map(
                        c ->
                            List.of(
                                ticket(c),
                                metric(c),
                                w.at(c.startedAt()),
                                w.at(c.stoppedAt()),
                                counted(c)))
                    .toList(),
                List.of(4),
                List.of(26, 20, 16, 16, 22)))
        .done();
  }

  List<Part> exclusions() {
    Parts parts = new Parts(w.l("report.exclusions"));
    if (report.withExclusions().isEmpty()) {
      return parts.add(new Paragraph(w.l("report.none"))).done();
    }
    List<List<String>> rows = new ArrayList<>();
    for (ClockFact c : report.withExclusions()) {
      c.exclusions()
          .forEach(
              x ->
                  rows.add(
                      List.of(
                          ticket(c),
                          metric(c),
                          w.state(c.state()),
                          w.at(x.span().startInclusive()),
                          w.at(x.span().endExclusive()),
                          x.reason())));
    }
    return parts
        .add(
            new Table(
                List.of(
                    w.l("report.ticket"),
                    w.l("report.metric"),
                    w.l("report.state"),
                    w.l("report.timeline.from"),
                    w.l("report.timeline.to"),
                    w.l("report.reason")),
                rows,
                List.of(),
                List.of(20, 20, 12, 12, 12, 24)))
        .done();
  }

  /**
   * {@code running}, or {@code breached on 6 Mar 2026 21:34} for a breached clock still running.
   */
  private String stateAtEnd(ClockFact clock) {
    return clock
        .breachedAt()
        .map(at -> w.l("report.open.breached", w.at(at)))
        .orElse(w.state(clock.state()));
  }

  private String ticket(ClockFact clock) {
    return w.ticket(report.ticket(clock.ticket()));
  }

  private String metric(ClockFact clock) {
    return w.metric(clock.metric()) + " " + clock.priority();
  }

  private String counted(ClockFact clock) {
    return w.l(
        "report.elapsed_target.value", w.duration(clock.elapsed()), w.duration(clock.target()));
  }
}
