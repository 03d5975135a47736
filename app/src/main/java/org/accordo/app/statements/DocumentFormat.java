package org.accordo.app.statements;

import java.util.Arrays;
import java.util.Optional;

/** The forms a statement is stored and answered in. */
enum DocumentFormat {
  JSON("json", "application/json"),
  HTML("html", "text/html;charset=UTF-8"),
  MARKDOWN("md", "text/markdown;charset=UTF-8"),
  PDF("pdf", "application/pdf");

  private final String id;
  private final String mediaType;

  DocumentFormat(String id, String mediaType) {
    this.id = id;
    this.mediaType = mediaType;
  }

  /** The id in the API ({@code format=}) and the database, e.g. {@code md}. */
  String id() {
    return id;
  }

  String mediaType() {
    return mediaType;
  }

  static Optional<DocumentFormat> of(String id) {
    return Arrays.stream(values()).filter(f -> f.id.equals(id)).findFirst();
  }
}
