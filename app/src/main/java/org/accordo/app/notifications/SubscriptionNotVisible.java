package org.accordo.app.notifications;

import org.accordo.app.refusal.NotVisible;

/** No webhook subscription with this id. */
public final class SubscriptionNotVisible extends NotVisible {

  public SubscriptionNotVisible(String id) {
    super("webhook subscription", id);
  }
}
