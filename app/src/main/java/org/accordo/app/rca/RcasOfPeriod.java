package org.accordo.app.rca;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.accordo.core.report.RcaFact;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The root cause analyses a customer's statement reads (issue 17): those that may be open at the
 * end of its period, delivered in it or breached in it, as they stood at the statement's instant. A
 * delivery recorded after that instant is not seen, so a final statement computed again from the
 * same rows reads the same facts.
 */
@Service
public class RcasOfPeriod {

  private final RcaRepository rows;

  RcasOfPeriod(RcaRepository rows) {
    this.rows = rows;
  }

  /**
   * The customer's RCAs opened before {@code asOf} and not delivered before {@code from}, as of
   * {@code asOf}, in order of due instant then id.
   *
   * @param customerId the customer (its own RCAs only)
   * @param from the period's start, inclusive
   * @param asOf the statement's instant
   */
  @Transactional(readOnly = true)
  public List<RcaFact> of(String customerId, Instant from, Instant asOf) {
    return rows.ofPeriod(customerId, from, asOf).stream().map(r -> fact(r, asOf)).toList();
  }

  private static RcaFact fact(Rca rca, Instant asOf) {
    Optional<Instant> delivered =
        Optional.ofNullable(rca.deliveredAt()).filter(d -> !d.isAfter(asOf));
    return new RcaFact(
        rca.id(), rca.tickets(), rca.priority(), rca.openedAt(), rca.dueAt(), delivered);
  }
}
