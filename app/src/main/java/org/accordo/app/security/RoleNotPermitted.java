package org.accordo.app.security;

import org.accordo.app.refusal.NotPermitted;
import org.springframework.modulith.NamedInterface;

/** The caller's role may not do this (checked after its ids were resolved). */
@NamedInterface("caller")
public final class RoleNotPermitted extends NotPermitted {

  public RoleNotPermitted(Role role) {
    super("a " + role.id() + " token may not do this");
  }
}
