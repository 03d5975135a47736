package org.accordo.app.security;

import org.accordo.app.refusal.NotPermitted;

/** The caller's role may not do this (checked after its ids were resolved). */
public final class RoleNotPermitted extends NotPermitted {

  public RoleNotPermitted(Role role) {
    super("a " + role.id() + " token may not do this");
  }
}
