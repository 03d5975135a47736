package org.accordo.app.refusal;

/** The request is well formed but collides with stored state: an id taken, a row still in use. */
public abstract class Conflicting extends Refusal {

  protected Conflicting(String message) {
    super(message);
  }
}
