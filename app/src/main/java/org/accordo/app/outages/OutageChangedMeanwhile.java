package org.accordo.app.outages;

import org.accordo.app.refusal.Conflicting;

/** Two changes of one outage at the same moment: the other one won; read it again and retry. */
public final class OutageChangedMeanwhile extends Conflicting {

  public OutageChangedMeanwhile(String id) {
    super("outage '" + id + "' was changed by another request meanwhile; read it again and retry");
  }
}
