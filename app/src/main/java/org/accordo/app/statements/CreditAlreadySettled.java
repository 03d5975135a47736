package org.accordo.app.statements;

import org.accordo.app.refusal.Conflicting;

/** A credit line already applied or waived: a line is settled at most once. */
public final class CreditAlreadySettled extends Conflicting {

  CreditAlreadySettled(CreditLine line) {
    super(
        "credit line '"
            + line.id()
            + "' was "
            + line.state().id()
            + " already"
            + line.settlement()
                .map(
                    s ->
                        s.invoiceReference() != null
                            ? " (invoice " + s.invoiceReference() + ")"
                            : s.reason() != null ? " (" + s.reason() + ")" : "")
                .orElse("")
            + "; a line is applied or waived once");
  }

  /** Settled by another request at the same moment. */
  CreditAlreadySettled(String lineId) {
    super(
        "credit line '"
            + lineId
            + "' was applied or waived by another request just now; a line is applied or waived"
            + " once");
  }
}
