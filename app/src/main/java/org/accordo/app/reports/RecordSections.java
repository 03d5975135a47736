package org.accordo.app.reports;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.accordo.app.render.Block.Heading;
import org.accordo.app.render.Block.Paragraph;
import org.accordo.app.render.Block.Table;
import org.accordo.core.report.PeriodReport;
import org.accordo.core.report.RcaFact;
import org.accordo.core.report.ServiceCoverage;

/**
 * The document's sections on the server's records of a period: over which time the monitors
 * measured each service (issue 15), and the root cause analyses open at the period's end and
 * delivered in it (issue 17). They show what the JSON shows ({@link RecordsJson}).
 */
final class RecordSections {

  private final PeriodReport report;
  private final Wording w;

  RecordSections(PeriodReport report, Wording wording) {
    this.report = report;
    this.w = wording;
  }

  /**
   * The measured time of each service, added to the availability section: a table when a monitor
   * measured a service, else one sentence saying the availability comes from the recorded outages.
   */
  void coverage(Parts parts) {
    if (report.availability().isEmpty()) {
      return;
    }
    parts.add(new Heading(3, w.l("report.coverage")));
    List<String> services = PeriodRecordsView.coverageServices(report);
    if (services.isEmpty()) {
      parts.add(new Paragraph(w.l("report.coverage.outages_only")));
      return;
    }
    List<List<String>> rows = new ArrayList<>();
    for (String service : services) {
      Optional<ServiceCoverage> c = report.coverageOf(service);
      rows.add(
          c.map(
                  m ->
                      List.of(
                          service,
                          w.l("report.coverage.monitors"),
                          w.duration(m.covered()),
                          w.duration(m.up()),
                          w.duration(m.down()),
                          w.duration(m.uncovered())))
              .orElseGet(
                  () ->
                      List.of(
                          service,
                          w.l("report.coverage.recorded"),
                          w.l("value.none"),
                          w.l("value.none"),
                          w.l("value.none"),
                          w.l("value.none"))));
    }
    parts.add(
        new Table(
            List.of(
                w.l("report.service"),
                w.l("report.coverage.by"),
                w.l("report.coverage.covered"),
                w.l("report.coverage.up"),
                w.l("report.coverage.down"),
                w.l("report.coverage.uncovered")),
            rows,
            List.of(2, 3, 4, 5),
            List.of(18, 22, 15, 15, 15, 15)));
    parts.add(new Paragraph(w.l("report.coverage.note")));
  }

  /** The root cause analyses section, when one was open at the period's end or delivered in it. */
  List<Part> rcas() {
    if (report.rcas().isEmpty()) {
      return List.of();
    }
    Instant standing = PeriodRecordsView.standing(report);
    Parts parts = new Parts(w.l("report.rcas"));
    parts.add(new Heading(3, w.l("report.rcas.open")));
    if (report.rcas().open().isEmpty()) {
      parts.add(new Paragraph(w.l("report.none")));
    } else {
      parts.add(
          new Table(
              List.of(
                  w.l("report.rcas.tickets"),
                  w.l("report.priority"),
                  w.l("report.rcas.opened"),
                  w.l("report.rcas.due"),
                  w.l("report.rcas.late")),
              report.rcas().open().stream()
                  .map(
                      r ->
                          List.of(
                              tickets(r),
                              r.priority(),
                              w.at(r.openedAt()),
                              w.at(r.dueAt()),
                              lateness(r, standing)))
                  .toList(),
              List.of(),
              List.of(35, 13, 18, 18, 16)));
    }
    parts.add(new Heading(3, w.l("report.rcas.delivered")));
    if (report.rcas().delivered().isEmpty()) {
      parts.add(new Paragraph(w.l("report.none")));
    } else {
      parts.add(
          new Table(
              List.of(
                  w.l("report.rcas.tickets"),
                  w.l("report.priority"),
                  w.l("report.rcas.due"),
                  w.l("report.rcas.delivered_at"),
                  w.l("report.rcas.late")),
              report.rcas().delivered().stream()
                  .map(
                      r ->
                          List.of(
                              tickets(r),
                              r.priority(),
                              w.at(r.dueAt()),
                              w.at(r.deliveredAt()),
                              lateness(r, standing)))
                  .toList(),
              List.of(),
              List.of(35, 13, 18, 18, 16)));
    }
    return parts.done();
  }

  /** The tickets an RCA covers, by number and subject. */
  String tickets(RcaFact rca) {
    return String.join("; ", rca.tickets().stream().map(t -> w.ticket(report.ticket(t))).toList());
  }

  private String lateness(RcaFact rca, Instant standing) {
    return w.l(rca.isLateAt(standing) ? "report.rcas.is_late" : "report.rcas.on_time");
  }
}
