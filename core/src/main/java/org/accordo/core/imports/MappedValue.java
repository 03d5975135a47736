package org.accordo.core.imports;

import java.util.Objects;
import java.util.Optional;
import org.accordo.core.contract.SourceLocation;

/**
 * One entry of a mapping's {@code statuses} or {@code priorities}: a PSA's name, what it maps to
 * (empty when the file leaves it unmapped, which the linter reports), and where the entry is.
 *
 * @param name the PSA's name as the mapping writes it
 * @param target what it maps to, or empty
 * @param location where the entry is in the mapping file
 */
public record MappedValue<T>(String name, Optional<T> target, SourceLocation location) {

  public MappedValue {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(location, "location");
  }
}
