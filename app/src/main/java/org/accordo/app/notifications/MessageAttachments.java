package org.accordo.app.notifications;

import java.util.Objects;
import java.util.Optional;

/**
 * Where the e-mail channel finds the document a {@link CustomerMessage} names as its attachment:
 * implemented by the module that stores it (statements, for a statement's PDF), so that the outbox
 * row holds a reference and not the bytes, and notifications depends on no such module.
 */
public interface MessageAttachments {

  /**
   * The document {@code reference} names, or empty when this source does not know it. Called on a
   * dispatcher thread, outside any transaction.
   */
  Optional<Attachment> find(String reference);

  /**
   * A document attached to an e-mail.
   *
   * @param fileName the name the recipient sees, e.g. {@code statement-2026-03.pdf}
   * @param contentType its media type, e.g. {@code application/pdf}
   * @param content its bytes
   */
  record Attachment(String fileName, String contentType, byte[] content) {
    public Attachment {
      Objects.requireNonNull(fileName, "fileName");
      Objects.requireNonNull(contentType, "contentType");
      Objects.requireNonNull(content, "content");
    }
  }
}
