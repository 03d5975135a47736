package org.accordo.app.notifications;

import org.accordo.app.refusal.NotVisible;

/** No notification of an escalation with this id (or one of another customer's). */
public final class NotificationNotVisible extends NotVisible {

  public NotificationNotVisible(String id) {
    super("notification", id);
  }
}
