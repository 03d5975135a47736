package org.accordo.app.inbound;

import org.accordo.app.refusal.NotVisible;

/** No inbound source with this id. */
public final class InboundSourceNotVisible extends NotVisible {

  public InboundSourceNotVisible(String id) {
    super("inbound source", id);
  }
}
