package org.accordo.app.refusal;

/** The caller is known and may see the resource, but its role may not do this. */
public abstract class NotPermitted extends Refusal {

  protected NotPermitted(String message) {
    super(message);
  }
}
