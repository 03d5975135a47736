package org.accordo.app.disputes;

import org.accordo.app.refusal.NotVisible;

/** No such dispute, or another customer's (the same refusal). */
public final class DisputeNotVisible extends NotVisible {

  public DisputeNotVisible(String id) {
    super("dispute", id);
  }
}
