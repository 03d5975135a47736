package org.accordo.app.web;

/**
 * The request is well formed but collides with stored state (a duplicate id, a row still in use):
 * {@code 409}.
 */
public final class Conflict extends RuntimeException {

  public Conflict(String message) {
    super(message);
  }
}
