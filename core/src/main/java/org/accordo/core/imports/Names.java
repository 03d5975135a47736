package org.accordo.core.imports;

import java.util.Locale;

/** How a PSA's names (statuses, priorities, conditions) are compared: without case or blanks. */
final class Names {

  private Names() {}

  /** The name as it is looked up: stripped, inner blanks collapsed, lower case. */
  static String key(String name) {
    return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }
}
