package org.accordo.app.refusal;

import java.util.Objects;
import java.util.Optional;

/**
 * The caller is known and may see the resource, but its role may not do this; when a field of the
 * request is what the role may not set, the refusal names it ({@link #field()}).
 */
public abstract class NotPermitted extends Refusal {

  private final String field;

  protected NotPermitted(String message) {
    super(message);
    this.field = null;
  }

  /**
   * @param field the request field the role may not set, as the client wrote it ({@code opened_at},
   *     {@code type})
   * @param message why, for a person, without repeating the field name
   */
  protected NotPermitted(String field, String message) {
    super(field + ": " + message);
    this.field = Objects.requireNonNull(field, "field");
  }

  /** The field the caller may not set, or empty when the refusal is of the whole request. */
  public Optional<String> field() {
    return Optional.ofNullable(field);
  }
}
