package org.accordo.app.rca;

import org.accordo.app.refusal.Conflicting;

/** The RCA is not in the state the change needs (e.g. editing a delivered RCA). */
public final class RcaTransitionRefused extends Conflicting {

  public RcaTransitionRefused(Rca rca, String change, RcaState needed) {
    super(
        "rca '"
            + rca.id()
            + "' is "
            + rca.state().id()
            + "; to "
            + change
            + " it must be "
            + needed.id());
  }
}
