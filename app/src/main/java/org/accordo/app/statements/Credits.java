package org.accordo.app.statements;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.YearMonth;
import java.util.function.Supplier;
import org.accordo.app.audit.AuditLog;
import org.accordo.app.customers.CustomerService;
import org.accordo.app.security.Caller;
import org.accordo.app.security.Role;
import org.accordo.app.web.Page;
import org.accordo.app.web.PageRequest;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The credits ledger as callers use it: the lines owed (applied, waived) per customer; admins apply
 * a line to an invoice or waive it, once (the database refuses a second settlement, whatever the
 * concurrency and the number of nodes); MSP staff export the lines as CSV for billing.
 */
@Service
public class Credits {

  private final CreditRepository credits;
  private final CustomerService customers;
  private final AuditLog audit;
  private final Clock clock;

  Credits(CreditRepository credits, CustomerService customers, AuditLog audit, Clock clock) {
    this.credits = credits;
    this.customers = customers;
    this.audit = audit;
    this.clock = clock;
  }

  /** The customer's lines, by month. */
  @Transactional(readOnly = true)
  public Page<CreditLine> page(
      Caller caller, String customerId, CreditRepository.Filter filter, PageRequest request) {
    customers.visible(caller, customerId);
    CreditRepository.Filter scoped =
        new CreditRepository.Filter(customerId, filter.month(), filter.state());
    return Page.of(credits.page(scoped, request), request, credits.count(scoped));
  }

  /**
   * A credit line as other modules name it (a customer disputing it).
   *
   * @param month the month it is owed for
   * @param amount signed, in the currency's units
   */
  public record LineReference(
      String id,
      String customerId,
      YearMonth month,
      int statementVersion,
      String kind,
      String rule,
      String service,
      BigDecimal amount,
      String currency) {}

  /**
   * One line of the customer's, for any caller who may see the customer.
   *
   * @throws CreditLineNotVisible when the customer has no such line
   */
  @Transactional(readOnly = true)
  public LineReference line(Caller caller, String customerId, String lineId) {
    customers.visible(caller, customerId);
    CreditLine line =
        credits.find(customerId, lineId).orElseThrow(() -> new CreditLineNotVisible(lineId));
    return new LineReference(
        line.id(),
        line.key().customerId(),
        line.key().month(),
        line.statementVersion(),
        line.kind(),
        line.rule(),
        line.service(),
        line.amount(),
        line.currency());
  }

  /**
   * Records that a line was applied to an invoice (admins).
   *
   * @throws CreditLineNotVisible when the customer has no such line
   * @throws CreditAlreadySettled when it was applied or waived before
   */
  @Transactional
  public CreditLine apply(Caller caller, String customerId, String lineId, String invoice) {
    return settle(
        caller,
        customerId,
        lineId,
        new CreditLine.Settlement(
            CreditLine.State.APPLIED, invoice, null, clock.instant(), caller.tokenId()));
  }

  /**
   * Records that a line is waived, with the reason (admins).
   *
   * @throws CreditLineNotVisible when the customer has no such line
   * @throws CreditAlreadySettled when it was applied or waived before
   */
  @Transactional
  public CreditLine waive(Caller caller, String customerId, String lineId, String reason) {
    return settle(
        caller,
        customerId,
        lineId,
        new CreditLine.Settlement(
            CreditLine.State.WAIVED, null, reason, clock.instant(), caller.tokenId()));
  }

  /**
   * Writes the lines the filter takes as CSV for billing (MSP staff), streaming: one row per line,
   * every cell a spreadsheet could read as a formula neutralised ({@link CreditsCsv}).
   *
   * @param output opened once the caller is found allowed, so a refusal writes no CSV
   */
  @Transactional(readOnly = true)
  public void export(Caller caller, CreditRepository.Filter filter, Supplier<Writer> output) {
    if (filter.customerId() != null) {
      customers.visible(caller, filter.customerId());
    }
    caller.requireRole(Role.ADMIN, Role.AGENT);
    Writer out = output.get();
    try {
      out.write(CreditsCsv.HEADER);
      credits.each(filter, line -> CreditsCsv.write(line, out));
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private CreditLine settle(
      Caller caller, String customerId, String lineId, CreditLine.Settlement settlement) {
    customers.visible(caller, customerId);
    CreditLine line =
        credits.find(customerId, lineId).orElseThrow(() -> new CreditLineNotVisible(lineId));
    caller.requireRole(Role.ADMIN);
    if (line.settlement().isPresent()) {
      throw new CreditAlreadySettled(line);
    }
    try {
      credits.settle(line, settlement);
    } catch (DuplicateKeyException raced) {
      throw new CreditAlreadySettled(lineId);
    }
    audit.record(
        caller,
        settlement.outcome() == CreditLine.State.APPLIED ? "credit.applied" : "credit.waived",
        "credit_line",
        lineId,
        customerId,
        Amounts.text(line.amount(), line.currency())
            + " "
            + line.currency()
            + (settlement.invoiceReference() != null
                ? " to invoice " + settlement.invoiceReference()
                : ": " + settlement.reason()));
    return credits.find(customerId, lineId).orElseThrow();
  }
}
