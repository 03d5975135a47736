package org.accordo.core.contract;

import java.util.List;
import java.util.Optional;

/**
 * The {@code escalation:} section: the levels, from the first told to the last, and the emergencies
 * that start higher up.
 *
 * @param levels the levels in the order written
 * @param emergencies the emergency kinds (may be empty)
 */
public record EscalationMatrix(List<EscalationLevel> levels, List<Emergency> emergencies) {

  public EscalationMatrix {
    levels = List.copyOf(levels);
    emergencies = List.copyOf(emergencies);
  }

  /** The level with this id, or empty. */
  public Optional<EscalationLevel> level(String id) {
    return levels.stream().filter(l -> l.id().equals(id)).findFirst();
  }
}
