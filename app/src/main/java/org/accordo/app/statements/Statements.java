package org.accordo.app.statements;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.accordo.app.contracts.ContractLibrary.LoadedContract;
import org.accordo.app.customers.CustomerService;
import org.accordo.app.refusal.InvalidField;
import org.accordo.app.reports.ReportDocument;
import org.accordo.app.reports.ReportJson;
import org.accordo.app.reports.StatementMark;
import org.accordo.app.reports.StatementStatus;
import org.accordo.app.security.Caller;
import org.accordo.app.web.Page;
import org.accordo.app.web.PageRequest;
import org.accordo.core.availability.SlaPeriod;
import org.accordo.core.contract.DocumentLanguage;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A customer's statements as callers read them: a closed month's versions as stored (the latest by
 * default), and an open month, or one inside its grace, computed now as a provisional statement
 * that is never stored. Every caller that may see the customer may read them (a customer token its
 * own customer's only: another's is "not found").
 */
@Service
public class Statements {

  private final CustomerService customers;
  private final StatementRepository statements;
  private final StatementComputation computation;
  private final StatementSettings settings;
  private final Clock clock;

  Statements(
      CustomerService customers,
      StatementRepository statements,
      StatementComputation computation,
      StatementSettings settings,
      Clock clock) {
    this.customers = customers;
    this.statements = statements;
    this.computation = computation;
    this.settings = settings;
    this.clock = clock;
  }

  /**
   * A statement in one form.
   *
   * @param status provisional, final or amended
   * @param version the stored version, empty for a provisional statement
   * @param document the document answered
   * @param stored whether the document is the stored one (a PDF not printed yet is printed for the
   *     answer)
   * @param closesAt when a provisional statement's month is closed (its end plus the grace)
   */
  record Answer(
      StatementStatus status,
      Optional<StoredStatement> version,
      StoredDocument document,
      boolean stored,
      Instant closesAt) {}

  /** Which statement and in which form. */
  record Request(
      String customerId,
      YearMonth month,
      Optional<Integer> version,
      DocumentFormat format,
      Optional<DocumentLanguage> language) {}

  /**
   * @throws StatementNotVisible for a version the month does not have
   * @throws MonthWithoutContract for a month no contract version is in force in
   * @throws InvalidField naming {@code month} for a month that has not begun
   */
  @Transactional(readOnly = true)
  public Answer statement(Caller caller, Request request) {
    customers.visible(caller, request.customerId());
    StatementKey key = new StatementKey(request.customerId(), request.month());
    Optional<StoredStatement> stored =
        request.version().isPresent()
            ? statements.version(key, request.version().get())
            : statements.latest(key);
    if (request.version().isPresent() && stored.isEmpty()) {
      throw new StatementNotVisible(key, request.version().get());
    }
    return stored.isPresent() ? closed(stored.get(), request) : provisional(key, request);
  }

  /**
   * The JSON of the customer's statement of a month as it stands (docs/period-close.md, "Output"):
   * its latest stored version, or computed now while none is stored; empty for a month no contract
   * is in force in or that has not begun. For other modules' reports (the review pack).
   *
   * @throws org.accordo.app.customers.CustomerNotVisible when the caller may not see the customer
   */
  @Transactional(readOnly = true)
  public Optional<String> json(Caller caller, String customerId, YearMonth month) {
    try {
      Answer answer =
          statement(
              caller,
              new Request(
                  customerId, month, Optional.empty(), DocumentFormat.JSON, Optional.empty()));
      return Optional.of(
          new String(answer.document().content(), java.nio.charset.StandardCharsets.UTF_8));
    } catch (MonthWithoutContract | InvalidField e) {
      return Optional.empty();
    }
  }

  /** The customer's stored statements, the latest months first by default. */
  @Transactional(readOnly = true)
  public Page<Listed> versions(
      Caller caller, String customerId, YearMonth month, PageRequest request) {
    customers.visible(caller, customerId);
    return Page.of(
        statements.page(customerId, month, request).stream()
            .map(s -> new Listed(s, statements.documents(s)))
            .toList(),
        request,
        statements.count(customerId, month));
  }

  /** A stored statement with its documents' hashes. */
  record Listed(StoredStatement statement, List<StatementRepository.Listed> documents) {}

  private Answer closed(StoredStatement statement, Request request) {
    String language =
        request.format() == DocumentFormat.JSON
            ? StoredDocument.NO_LANGUAGE
            : request.language().orElse(statement.contractLanguage()).code();
    Optional<StoredDocument> document = statements.document(statement, request.format(), language);
    if (document.isPresent()) {
      return new Answer(statement.status(), Optional.of(statement), document.get(), true, null);
    }
    // a PDF asked for before its statement was printed: printed now from the stored page
    StoredDocument html =
        statements.document(statement, DocumentFormat.HTML, language).orElseThrow();
    return new Answer(
        statement.status(), Optional.of(statement), StatementDocuments.pdf(html), false, null);
  }

  private Answer provisional(StatementKey key, Request request) {
    LoadedContract contract =
        computation.contractOf(key).orElseThrow(() -> new MonthWithoutContract(key));
    SlaPeriod period = StatementComputation.period(contract, key.month());
    Instant now = clock.instant();
    if (now.isBefore(period.startInclusive())) {
      throw new InvalidField(
          "month", key.month() + " has not begun (it begins " + period.startInclusive() + ")");
    }
    StatementComputation.Computed computed = computation.compute(key, contract, now);
    Instant closesAt = period.endExclusive().plus(settings.grace());
    StatementMark mark = computed.marked(StatementMark.provisional(closesAt));
    DocumentLanguage language = request.language().orElse(contract.contract().header().language());
    StoredDocument document =
        switch (request.format()) {
          case JSON ->
              StoredDocument.of(
                  DocumentFormat.JSON,
                  StoredDocument.NO_LANGUAGE,
                  ReportJson.write(
                      computed.document(),
                      computed.report(),
                      StatementStatus.PROVISIONAL,
                      mark.disputes(),
                      mark.reviewOverdueSince()));
          case HTML ->
              StoredDocument.of(
                  DocumentFormat.HTML,
                  language.code(),
                  ReportDocument.html(computed.document(), computed.report(), mark, language)
                      .getBytes(StandardCharsets.UTF_8));
          case MARKDOWN ->
              StoredDocument.of(
                  DocumentFormat.MARKDOWN,
                  language.code(),
                  ReportDocument.markdown(computed.document(), computed.report(), mark, language)
                      .getBytes(StandardCharsets.UTF_8));
          case PDF ->
              StoredDocument.of(
                  DocumentFormat.PDF,
                  language.code(),
                  ReportDocument.pdf(
                      ReportDocument.html(computed.document(), computed.report(), mark, language)));
        };
    return new Answer(StatementStatus.PROVISIONAL, Optional.empty(), document, false, closesAt);
  }
}
