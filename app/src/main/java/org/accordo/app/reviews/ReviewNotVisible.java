package org.accordo.app.reviews;

import org.accordo.app.refusal.NotVisible;

/** No such review of the customer, or another customer's (the same refusal). */
public final class ReviewNotVisible extends NotVisible {

  public ReviewNotVisible(String id) {
    super("review", id);
  }
}
