package org.accordo.core.contract;

import java.util.Objects;
import java.util.Optional;

/**
 * One difference between two versions of a contract file.
 *
 * @param section the top-level section it is in, e.g. {@code slas}
 * @param kind whether the value was added, removed or changed
 * @param path where, with list items named by their id where they have one: {@code
 *     slas[service-desk].metrics.resolution.P1.target}
 * @param before the old value (a plain value, or a list written {@code [a, b]}; empty when added or
 *     when a whole mapping was removed)
 * @param after the new value, likewise
 */
public record ContractChange(
    String section, Kind kind, String path, Optional<String> before, Optional<String> after) {

  /** What happened to the value. */
  public enum Kind {
    ADDED,
    REMOVED,
    CHANGED
  }

  public ContractChange {
    Objects.requireNonNull(section, "section");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(after, "after");
  }

  /** {@code ~ path: before -> after}, {@code + path: after}, {@code - path: before}. */
  @Override
  public String toString() {
    return switch (kind) {
      case ADDED -> "+ " + path + after.map(a -> ": " + a).orElse("");
      case REMOVED -> "- " + path + before.map(b -> ": " + b).orElse("");
      case CHANGED -> "~ " + path + ": " + before.orElse("") + " -> " + after.orElse("");
    };
  }
}
