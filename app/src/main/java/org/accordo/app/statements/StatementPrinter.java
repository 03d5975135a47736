package org.accordo.app.statements;

import java.time.Clock;
import java.util.List;
import org.accordo.app.contracts.ContractLibrary;
import org.accordo.app.notifications.CustomerMessages;
import org.accordo.core.contract.DocumentLanguage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Prints a stored statement's PDFs, one per language, from its stored HTML, stores them with their
 * SHA-256, and writes its e-mail with the PDF in the contract's language (to the contract's
 * reporting recipients; for an amendment, also to the customer's contact) into the outbox: after
 * the close, so a large month's close does not wait for its printing.
 */
@Component
class StatementPrinter {

  private static final Logger LOG = LoggerFactory.getLogger(StatementPrinter.class);

  private final StatementRepository statements;
  private final ContractLibrary contracts;
  private final CustomerMessages messages;
  private final Clock clock;

  StatementPrinter(
      StatementRepository statements,
      ContractLibrary contracts,
      CustomerMessages messages,
      Clock clock) {
    this.statements = statements;
    this.contracts = contracts;
    this.messages = messages;
    this.clock = clock;
  }

  @Transactional(propagation = Propagation.MANDATORY)
  void print(String statementId) {
    StoredStatement statement =
        statements
            .byId(statementId)
            .orElseThrow(() -> new IllegalStateException("no statement " + statementId));
    for (DocumentLanguage language : DocumentLanguage.values()) {
      if (statements.document(statement, DocumentFormat.PDF, language.code()).isEmpty()) {
        StoredDocument html =
            statements
                .document(statement, DocumentFormat.HTML, language.code())
                .orElseThrow(() -> new IllegalStateException("no HTML of " + statementId));
        long start = System.nanoTime();
        StoredDocument pdf = StatementDocuments.pdf(html);
        LOG.info(
            "{} version {}: PDF ({}) printed in {} ms, {} bytes",
            statement.key(),
            statement.version(),
            language.code(),
            (System.nanoTime() - start) / 1_000_000,
            pdf.content().length);
        statements.insertDocuments(statement, List.of(pdf), clock.instant());
      }
    }
    messages.send(
        StatementMessages.email(
            statement,
            contracts.load(statement.customerId(), statement.contractVersion()).contract()));
  }
}
