package org.accordo.app.rca;

import java.util.Optional;
import org.accordo.app.notifications.MessageAttachments;
import org.accordo.app.security.Caller;
import org.accordo.core.contract.DocumentLanguage;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * An RCA's document as the attachment of its delivery e-mail: the outbox row names it as {@code
 * rca:<id>:pdf:<language>}, and the e-mail channel asks for the PDF when it sends, rendered from
 * the RCA as it stands (a delivered RCA's record no longer changes).
 */
@Component
class RcaAttachments implements MessageAttachments {

  static final String PREFIX = "rca:";

  private final Rcas rcas;

  RcaAttachments(Rcas rcas) {
    this.rcas = rcas;
  }

  /** The reference of the RCA's PDF in {@code language}. */
  static String reference(String rcaId, String language) {
    return PREFIX + rcaId + ":pdf:" + language;
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<Attachment> find(String reference) {
    if (!reference.startsWith(PREFIX)) {
      return Optional.empty();
    }
    String[] parts = reference.substring(PREFIX.length()).split(":");
    if (parts.length != 3 || !parts[1].equals("pdf")) {
      return Optional.empty();
    }
    Optional<DocumentLanguage> language = DocumentLanguage.fromCode(parts[2]);
    if (language.isEmpty()) {
      return Optional.empty();
    }
    byte[] pdf = rcas.document(Caller.SYSTEM, parts[0], language.get(), Rcas.Format.PDF);
    return Optional.of(
        new Attachment("rca-" + parts[0] + "-" + parts[2] + ".pdf", "application/pdf", pdf));
  }
}
