package org.accordo.app.disputes;

import org.accordo.app.refusal.Conflicting;

/** A dispute is decided once; its thread closes with the decision. */
public final class DisputeDecided extends Conflicting {

  public DisputeDecided(Dispute dispute) {
    super(
        "dispute '"
            + dispute.id()
            + "' is already "
            + dispute.state().id()
            + "; a decision is final and closes the thread");
  }
}
