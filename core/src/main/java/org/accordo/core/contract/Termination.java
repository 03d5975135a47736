package org.accordo.core.contract;

import java.time.Period;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@code termination:} section.
 *
 * @param notice the notice either party gives to end the contract (a calendar period), or empty
 * @param forCause what lets a party end it at once
 * @param exitAssistance what the provider does at the end, or empty
 */
public record Termination(
    Optional<Period> notice, List<String> forCause, Optional<String> exitAssistance) {

  public Termination {
    Objects.requireNonNull(notice, "notice");
    forCause = List.copyOf(forCause);
    Objects.requireNonNull(exitAssistance, "exitAssistance");
  }
}
