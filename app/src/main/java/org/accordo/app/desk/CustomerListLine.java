package org.accordo.app.desk;

import java.util.Objects;

/**
 * One customer in the customers' list.
 *
 * @param id its id
 * @param name its name
 * @param zone its home time zone
 * @param contract the contract in force ({@code bianchi-2026 (version 2)}), or null
 * @param breaches its breaches recorded this month
 */
public record CustomerListLine(
    String id, String name, String zone, String contract, long breaches) {

  public CustomerListLine {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(zone, "zone");
    if (breaches < 0) {
      throw new IllegalArgumentException("breaches are counted from 0, was " + breaches);
    }
  }

  /** The link to its page. */
  public String link() {
    return "/customers/" + id;
  }
}
