package org.accordo.app.statements;

import java.time.Instant;
import java.util.List;
import org.accordo.app.reports.StatementDispute;

/**
 * Where a statement learns of the disputes of its month, without depending on the module that keeps
 * them (the disputes module depends on this one, for the credit lines it disputes): that module
 * implements it. Checks no caller: it serves the server's own close.
 */
public interface MonthDisputes {

  /**
   * The customer's disputes opened or decided in {@code [from, until)}, by opening, each with its
   * state now (a statement shows it as of its own instant: {@link StatementDispute#asOf}).
   */
  List<StatementDispute> between(String customerId, Instant from, Instant until);
}
