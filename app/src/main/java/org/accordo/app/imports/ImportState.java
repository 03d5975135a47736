package org.accordo.app.imports;

import java.util.Locale;

/** Where an import stands. */
public enum ImportState {
  /** Waiting for a node to run it. */
  QUEUED,
  /** A node runs it (or will resume it: its lease ended with its node). */
  RUNNING,
  /** Its good lines are stored and their clocks rebuilt. */
  COMPLETED,
  /** A dry run: every line checked, nothing stored. */
  CHECKED,
  /** Nothing stored: the mapping has lint errors, or lines are refused and the mode keeps none. */
  REFUSED,
  /** Given up after its attempts; its failure says why and what was stored. */
  FAILED;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static ImportState fromId(String id) {
    return valueOf(id.toUpperCase(Locale.ROOT));
  }

  /** True once it has its outcome. */
  public boolean isFinal() {
    return this != QUEUED && this != RUNNING;
  }
}
