package org.accordo.app.outages;

import org.accordo.app.refusal.NotVisible;

/**
 * No such outage of the customer, or the customer is one the caller may not see: both answer alike.
 */
public final class OutageNotVisible extends NotVisible {

  public OutageNotVisible(String id) {
    super("outage", id);
  }
}
