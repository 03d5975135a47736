package org.accordo.app.refusal;

import java.util.Objects;

/**
 * A request value breaks a rule; the refusal names {@link #field()}. Thrown by request records'
 * compact constructors and by facades (often as a subclass named for the rule, e.g. {@code
 * PriorityNotInContract}), so a bad request stores nothing.
 */
public class InvalidField extends Refusal {

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
