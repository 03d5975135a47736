package org.accordo.app.imports;

import java.util.Locale;

/** The steps of an import, in order. */
public enum ImportPhase {
  /** Every line of every file is read and checked; nothing is stored. */
  CHECKING,
  /** The ticket list's tickets and the events their times imply are stored. */
  TICKETS,
  /** The history's events are stored. */
  HISTORY,
  /** The clocks of every ticket that got an event are rebuilt. */
  CLOCKS,
  /** Nothing left to do (the import has its outcome). */
  DONE;

  /** The id as the API writes it, e.g. {@code clocks}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static ImportPhase fromId(String id) {
    return valueOf(id.toUpperCase(Locale.ROOT));
  }
}
