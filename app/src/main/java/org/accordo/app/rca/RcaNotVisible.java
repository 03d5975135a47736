package org.accordo.app.rca;

import org.accordo.app.refusal.NotVisible;

/** No such root cause analysis, or another customer's (the same refusal). */
public final class RcaNotVisible extends NotVisible {

  public RcaNotVisible(String id) {
    super("rca", id);
  }
}
