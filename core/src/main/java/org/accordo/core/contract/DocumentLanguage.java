package org.accordo.core.contract;

import java.util.Arrays;
import java.util.Optional;

/** The language of a rendered contract's labels; the contract's own text is never translated. */
public enum DocumentLanguage {
  EN("en"),
  IT("it");

  private final String code;

  DocumentLanguage(String code) {
    this.code = code;
  }

  /** The ISO 639-1 code as written in contracts, e.g. {@code it}. */
  public String code() {
    return code;
  }

  /** The language with this code, or empty. */
  public static Optional<DocumentLanguage> fromCode(String code) {
    return Arrays.stream(values()).filter(l -> l.code.equals(code)).findFirst();
  }
}
