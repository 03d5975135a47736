package org.accordo.app.users;

import org.accordo.app.refusal.Conflicting;

/** An account with this e-mail exists already (whatever the case of its letters). */
public final class UserExists extends Conflicting {

  public UserExists(String email) {
    super("a user with the e-mail '" + email + "' exists");
  }
}
