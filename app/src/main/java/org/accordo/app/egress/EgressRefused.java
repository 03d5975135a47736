package org.accordo.app.egress;

import java.io.IOException;

/**
 * The egress policy refused to connect: the host is, or resolves to, an address of a refused kind
 * that no allow-listed block contains. An {@link IOException}, because to the caller it is a
 * connection that could not be made.
 */
public final class EgressRefused extends IOException {

  public EgressRefused(String message) {
    super(message);
  }
}
