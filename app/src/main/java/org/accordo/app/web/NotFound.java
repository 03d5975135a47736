package org.accordo.app.web;

/**
 * The resource does not exist, or the caller may not see it: both answer {@code 404} with the same
 * body, so a customer token cannot tell another customer's ids from missing ones.
 */
public final class NotFound extends RuntimeException {

  /**
   * @param what the kind of resource, e.g. {@code customer}
   */
  public NotFound(String what, Object id) {
    super("no " + what + " '" + id + "'");
  }
}
