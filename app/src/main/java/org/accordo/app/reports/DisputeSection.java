package org.accordo.app.reports;

import java.util.List;
import org.accordo.app.render.Block.Paragraph;
import org.accordo.app.render.Block.Table;

/**
 * The statement's section on the disputes of its month: each dispute opened or decided in it, what
 * it contests, and its outcome as of the statement's instant (the server's statements only).
 */
final class DisputeSection {

  private final List<StatementDispute> disputes;
  private final Wording w;

  DisputeSection(List<StatementDispute> disputes, Wording wording) {
    this.disputes = disputes;
    this.w = wording;
  }

  List<Part> parts() {
    if (disputes.isEmpty()) {
      return List.of();
    }
    return new Parts(w.l("report.disputes"))
        .add(new Paragraph(w.l("report.disputes.note")))
        .add(
            new Table(
                List.of(
                    w.l("report.disputes.opened"),
                    w.l("report.disputes.what"),
                    w.l("report.disputes.state"),
                    w.l("report.disputes.decided"),
                    w.l("report.disputes.outcome")),
                disputes.stream().map(this::row).toList(),
                List.of(),
                List.of(16, 26, 12, 16, 30)))
        .done();
  }

  private List<String> row(StatementDispute d) {
    return List.of(
        w.at(d.openedAt()),
        w.l("dispute.subject." + d.subject()) + " " + d.reference(),
        w.l("dispute.state." + d.state()),
        d.decidedAt() == null ? "" : w.at(d.decidedAt()),
        d.outcome() == null ? "" : d.outcome());
  }
}
