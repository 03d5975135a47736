package org.accordo.core.report;

import java.util.Objects;
import org.accordo.core.availability.TimeSpan;

/**
 * An interval an authorised person took out of a ticket's SLA (an {@code excluded} event), with its
 * mandatory reason, shown in every report it touches.
 *
 * @param span the interval taken out
 * @param reason why, as given in the event; never blank
 */
public record ClockExclusion(TimeSpan span, String reason) {

  public ClockExclusion {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(reason, "reason");
    if (reason.isBlank()) {
      throw new IllegalArgumentException("an exclusion needs a reason");
    }
  }
}
