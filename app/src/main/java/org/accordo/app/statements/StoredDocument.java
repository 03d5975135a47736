package org.accordo.app.statements;

import java.util.Objects;

/**
 * One stored document of a statement.
 *
 * @param language its labels' language ({@code en}, {@code it}); {@link #NO_LANGUAGE} for JSON
 * @param content its bytes (UTF-8 text but for PDF)
 * @param sha256 the hex SHA-256 of {@code content}
 */
record StoredDocument(DocumentFormat format, String language, byte[] content, String sha256) {

  static final String NO_LANGUAGE = "-";

  StoredDocument {
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(sha256, "sha256");
  }

  /** A document with its hash computed. */
  static StoredDocument of(DocumentFormat format, String language, byte[] content) {
    return new StoredDocument(format, language, content, Sha256.hex(content));
  }
}
