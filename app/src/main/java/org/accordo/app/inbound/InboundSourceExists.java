package org.accordo.app.inbound;

import org.accordo.app.refusal.Conflicting;

/** An inbound source with this id exists already. */
public final class InboundSourceExists extends Conflicting {

  public InboundSourceExists(String id) {
    super("an inbound source with id '" + id + "' exists already");
  }
}
