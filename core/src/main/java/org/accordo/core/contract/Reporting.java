package org.accordo.core.contract;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@code reporting:} section: the service report the customer receives.
 *
 * @param frequency e.g. {@code monthly}
 * @param deliveredWithin how soon after the period it arrives, or empty
 * @param recipients who receives it
 * @param contents what it contains
 */
public record Reporting(
    String frequency,
    Optional<BusinessDuration> deliveredWithin,
    List<String> recipients,
    List<String> contents) {

  public Reporting {
    Objects.requireNonNull(frequency, "frequency");
    Objects.requireNonNull(deliveredWithin, "deliveredWithin");
    recipients = List.copyOf(recipients);
    contents = List.copyOf(contents);
  }
}
