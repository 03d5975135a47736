package org.accordo.core.contract;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * When the provider owes a root cause analysis, and how soon.
 *
 * @param requiredFor the priorities whose incidents always get one
 * @param alsoAfterBreach true when every SLA breach also gets one
 * @param within the time to deliver it, or empty
 */
public record RootCauseAnalysis(
    List<String> requiredFor, boolean alsoAfterBreach, Optional<BusinessDuration> within) {

  public RootCauseAnalysis {
    requiredFor = List.copyOf(requiredFor);
    Objects.requireNonNull(within, "within");
  }
}
