package org.accordo.app.users;

import org.accordo.app.refusal.NotVisible;

/** No such user, or one the caller may not see. */
public final class UserNotVisible extends NotVisible {

  public UserNotVisible(String id) {
    super("user", id);
  }
}
