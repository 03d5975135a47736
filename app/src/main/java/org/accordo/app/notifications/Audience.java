package org.accordo.app.notifications;

/**
 * Who reads a channel's messages: people, whose escalation level may keep quiet hours (the level's
 * {@code hours}: a message waits until that calendar is open), or systems, never held.
 */
public enum Audience {
  PEOPLE,
  SYSTEMS
}
