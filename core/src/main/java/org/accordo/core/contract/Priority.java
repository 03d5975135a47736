package org.accordo.core.contract;

import java.util.Objects;

/**
 * A ticket priority with the definition both parties use to assign it. Contracts list priorities
 * from the most to the least urgent.
 *
 * @param id the id tickets carry, e.g. {@code P1}
 * @param name the short name, e.g. {@code Critical}
 * @param definition when a ticket has this priority
 */
public record Priority(String id, String name, String definition) {

  public Priority {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(definition, "definition");
  }
}
