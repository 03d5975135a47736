package org.accordo.app.web;

import java.util.Objects;

/**
 * A request value breaks a rule; answered {@code 400} with a problem body naming {@link #field()}.
 * Thrown by request records' compact constructors and by facades, so a bad request stores nothing.
 */
public final class InvalidField extends RuntimeException {

  private final String field;

  /**
   * @param field the field as the client wrote it: a JSON property ({@code customer_id}), a query
   *     parameter ({@code size}) or a header ({@code Idempotency-Key})
   * @param message what is wrong, for a person, without repeating the field name
   */
  public InvalidField(String field, String message) {
    super(field + ": " + message);
    this.field = Objects.requireNonNull(field, "field");
  }

  public String field() {
    return field;
  }

  /** The message without the field prefix. */
  public String reason() {
    return getMessage().substring(field.length() + 2);
  }
}
