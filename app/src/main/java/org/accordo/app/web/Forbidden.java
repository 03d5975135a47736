package org.accordo.app.web;

/** The caller is known but its role may not do this: {@code 403}. */
public final class Forbidden extends RuntimeException {

  public Forbidden(String message) {
    super(message);
  }
}
