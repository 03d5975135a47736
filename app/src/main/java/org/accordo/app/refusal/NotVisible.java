package org.accordo.app.refusal;

/**
 * The resource does not exist, or the caller may not see it. Both are the same refusal with the
 * same message, so that a customer token cannot tell another customer's ids from missing ones.
 */
public abstract class NotVisible extends Refusal {

  /**
   * @param what the kind of resource, e.g. {@code customer}
   * @param id its id as asked
   */
  protected NotVisible(String what, Object id) {
    super("no " + what + " '" + Excerpt.of(String.valueOf(id)) + "'");
  }
}
