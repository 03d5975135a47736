package org.accordo.app.disputes;

import java.time.Instant;
import java.util.List;
import org.accordo.app.reports.StatementDispute;
import org.accordo.app.statements.MonthDisputes;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The disputes a statement lists: those of the customer opened or decided in its month, each with
 * what it contests and its outcome (the admin's reason and the correcting action).
 */
@Component
class StatementDisputes implements MonthDisputes {

  private final DisputeRepository rows;

  StatementDisputes(DisputeRepository rows) {
    this.rows = rows;
  }

  @Override
  @Transactional(readOnly = true)
  public List<StatementDispute> between(String customerId, Instant from, Instant until) {
    return rows.all(new DisputeRepository.Filter(customerId, null, from, until)).stream()
        .map(StatementDisputes::listed)
        .toList();
  }

  static StatementDispute listed(Dispute d) {
    String reference =
        switch (d.subject()) {
          case CLOCK -> d.ticketId() + " · " + d.metric().id();
          case OUTAGE -> d.outageId();
          case CREDIT_LINE -> d.creditLineId();
        };
    return new StatementDispute(
        d.id(),
        d.subject().id(),
        reference,
        d.state().id(),
        d.openedAt(),
        d.decidedAt(),
        outcome(d));
  }

  private static String outcome(Dispute d) {
    if (d.state() == DisputeState.OPEN) {
      return null;
    }
    String note = d.decisionNote() == null ? "" : d.decisionNote();
    if (d.correction() == null) {
      return note;
    }
    return note.isEmpty() ? d.correction() : note + " (" + d.correction() + ")";
  }
}
