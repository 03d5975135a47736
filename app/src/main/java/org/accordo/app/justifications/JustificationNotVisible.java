package org.accordo.app.justifications;

import org.accordo.app.refusal.NotVisible;

/** No such justification request, or another customer's (the same refusal). */
public final class JustificationNotVisible extends NotVisible {

  public JustificationNotVisible(String id) {
    super("justification", id);
  }
}
