package org.accordo.app.notifications;

import org.accordo.app.refusal.Conflicting;

/** Only a delivery that was given up can be retried; this one is pending or delivered. */
public final class NotDead extends Conflicting {

  public NotDead(String id, DeliveryState state) {
    super("notification " + id + " is " + state.id() + ", not dead: only a dead one is retried");
  }
}
