package org.accordo.app.statements;

import java.util.Optional;
import org.accordo.app.notifications.MessageAttachments;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A statement's stored PDF as the attachment of its e-mail: the outbox row names it as {@code
 * statement:<id>:pdf:<language>}, and the e-mail channel asks for the bytes when it sends.
 */
@Component
class StatementAttachments implements MessageAttachments {

  static final String PREFIX = "statement:";

  private final StatementRepository statements;

  StatementAttachments(StatementRepository statements) {
    this.statements = statements;
  }

  /** The reference of the statement's PDF in {@code language}. */
  static String reference(StoredStatement statement, String language) {
    return PREFIX + statement.id() + ":pdf:" + language;
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<Attachment> find(String reference) {
    if (!reference.startsWith(PREFIX)) {
      return Optional.empty();
    }
    String[] parts = reference.substring(PREFIX.length()).split(":");
    if (parts.length != 3 || !parts[1].equals(DocumentFormat.PDF.id())) {
      return Optional.empty();
    }
    return statements
        .byId(parts[0])
        .flatMap(
            s ->
                statements
                    .document(s, DocumentFormat.PDF, parts[2])
                    .map(
                        pdf ->
                            new Attachment(
                                "statement-"
                                    + s.customerId()
                                    + "-"
                                    + s.month()
                                    + "-v"
                                    + s.version()
                                    + "-"
                                    + parts[2]
                                    + ".pdf",
                                DocumentFormat.PDF.mediaType(),
                                pdf.content())));
  }
}
