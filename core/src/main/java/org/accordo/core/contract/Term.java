package org.accordo.core.contract;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The days on which the contract is in force, both ends inclusive as contracts write them.
 *
 * @param from the first day in force
 * @param to the last day in force, or empty for an open-ended contract
 * @throws IllegalArgumentException if {@code to} is before {@code from}
 */
public record Term(LocalDate from, Optional<LocalDate> to) {

  public Term {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (to.isPresent() && to.get().isBefore(from)) {
      throw new IllegalArgumentException(
          "a term must not end (" + to.get() + ") before it starts (" + from + ")");
    }
  }
}
