package org.accordo.app.users;

import org.accordo.app.refusal.NotVisible;

/**
 * A one-time link that does not work: used already, expired, or never made. The three read the
 * same, so a link's fate is not told to whoever holds it.
 */
public final class LinkNotUsable extends NotVisible {

  public LinkNotUsable() {
    super("link", "(not shown)");
  }
}
