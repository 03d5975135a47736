package org.accordo.app.web;

/**
 * The request does not prove who sent it (e.g. a webhook without a valid signature): {@code 401}.
 */
public final class Unauthorized extends RuntimeException {

  public Unauthorized(String message) {
    super(message);
  }
}
