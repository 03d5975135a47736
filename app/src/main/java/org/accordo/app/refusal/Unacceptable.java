package org.accordo.app.refusal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The request is well formed but its content cannot be accepted (a contract document with errors,
 * an idempotency key reused for another request). It names its kind and carries the details a
 * client needs to act, e.g. the line and column of the first problem.
 */
public abstract class Unacceptable extends Refusal {

  private final String kind;
  private final Map<String, Object> details;

  /**
   * @param kind what is wrong as a slug a client can branch on, e.g. {@code invalid-contract}
   * @param message what is wrong, for a person
   * @param details more named values for the client, in order (plain values, lists and maps)
   */
  protected Unacceptable(String kind, String message, Map<String, Object> details) {
    super(message);
    this.kind = Objects.requireNonNull(kind, "kind");
    this.details = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(details));
  }

  /** The kind of refusal, e.g. {@code idempotency-key-reused}. */
  public String kind() {
    return kind;
  }

  /** The named values a client acts on, in order. */
  public Map<String, Object> details() {
    return details;
  }
}
