package org.accordo.core.contract;

import java.util.List;
import java.util.Objects;

/**
 * One service provided, with its scope.
 *
 * @param id the id SLAs use to name it
 * @param name the name as printed
 * @param description what is provided
 * @param hours the name of the calendar of its support hours
 * @param includes what is in scope (may be empty)
 * @param excludes what is out of scope (may be empty)
 * @param limitations limits on the service (may be empty)
 */
public record Service(
    String id,
    String name,
    String description,
    String hours,
    List<String> includes,
    List<String> excludes,
    List<String> limitations) {

  public Service {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(hours, "hours");
    includes = List.copyOf(includes);
    excludes = List.copyOf(excludes);
    limitations = List.copyOf(limitations);
  }
}
