package org.accordo.app.security;

import org.accordo.app.refusal.NotVisible;

/** No token with this id. */
public final class TokenNotVisible extends NotVisible {

  public TokenNotVisible(String id) {
    super("token", id);
  }
}
