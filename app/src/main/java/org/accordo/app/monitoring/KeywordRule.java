package org.accordo.app.monitoring;

import java.util.Arrays;
import java.util.Optional;

/** Whether an HTTP check's keyword must appear in the answer's body or must not. */
public enum KeywordRule {
  PRESENT("present"),
  ABSENT("absent");

  private final String id;

  KeywordRule(String id) {
    this.id = id;
  }

  /** The id used in the API and the database. */
  public String id() {
    return id;
  }

  static Optional<KeywordRule> of(String id) {
    return Arrays.stream(values()).filter(k -> k.id.equals(id)).findFirst();
  }
}
