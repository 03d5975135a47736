package org.accordo.app.monitoring;

import org.accordo.app.refusal.NotVisible;

/** No such monitor of the customer, or a customer the caller may not see: both answer alike. */
public final class MonitorNotVisible extends NotVisible {

  public MonitorNotVisible(String id) {
    super("monitor", id);
  }
}
