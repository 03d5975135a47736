package org.accordo.app.refusal;

/** The request does not prove who sent it, e.g. a webhook delivery without a valid signature. */
public abstract class NotProven extends Refusal {

  protected NotProven(String message) {
    super(message);
  }
}
