package org.accordo.app.rca;

import java.util.Objects;
import org.accordo.app.refusal.InvalidField;

/**
 * A refusal of an RCA page's form, shown at its field.
 *
 * @param field the form's input name ({@code summary}, {@code timeline[1].at}, {@code ticket_id})
 * @param reason what is wrong, for a person
 */
public record RcaRefusal(String field, String reason) {

  public RcaRefusal {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(reason, "reason");
  }

  static RcaRefusal of(InvalidField refused) {
    return new RcaRefusal(refused.field(), refused.reason());
  }

  /** True when the input {@code name} is the one refused. */
  public boolean at(String name) {
    return field.equals(name);
  }
}
