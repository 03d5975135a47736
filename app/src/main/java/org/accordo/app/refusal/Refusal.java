package org.accordo.app.refusal;

/**
 * A request refused for a reason its caller can act on: bad input, a missing or invisible resource,
 * a clash with stored state. Never a defect. Thrown before anything is stored, or inside the
 * transaction that it then rolls back, so a refused request stores nothing.
 */
public abstract class Refusal extends RuntimeException {

  /**
   * @param message what is wrong, for a person
   */
  protected Refusal(String message) {
    super(message);
  }
}
