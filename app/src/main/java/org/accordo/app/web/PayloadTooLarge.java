package org.accordo.app.web;

import java.io.IOException;

/**
 * A request body grew past {@link BodySizeLimitFilter#MAX_BODY_BYTES} while it was read: {@code
 * 413}.
 */
public final class PayloadTooLarge extends IOException {

  public PayloadTooLarge(long limit) {
    super("the request body is larger than " + limit + " bytes");
  }
}
