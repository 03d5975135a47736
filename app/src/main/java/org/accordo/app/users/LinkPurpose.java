package org.accordo.app.users;

/** Why a one-time link to set a password was made. */
enum LinkPurpose {
  /** A new account's first password. */
  INVITATION("invitation"),
  /** "Forgot password": a new password for an account that had one. */
  RESET("reset");

  private final String id;

  LinkPurpose(String id) {
    this.id = id;
  }

  /** The id stored in {@code user_link.purpose}. */
  String id() {
    return id;
  }

  static LinkPurpose of(String id) {
    for (LinkPurpose purpose : values()) {
      if (purpose.id.equals(id)) {
        return purpose;
      }
    }
    throw new IllegalStateException("a user link for '" + id + "'");
  }
}
