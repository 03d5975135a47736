package org.accordo.app.justifications;

import org.accordo.app.refusal.Conflicting;

/** A justification request is decided once: approved or rejected, never again. */
public final class JustificationDecided extends Conflicting {

  public JustificationDecided(Justification justification) {
    super(
        "justification '"
            + justification.id()
            + "' is already "
            + justification.state().id()
            + "; a decision is final");
  }
}
