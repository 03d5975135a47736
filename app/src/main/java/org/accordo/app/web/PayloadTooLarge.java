package org.accordo.app.web;

import java.io.IOException;

/**
 * A request body grew past its limit ({@link BodySizeLimitFilter#MAX_BODY_BYTES}, or {@link
 * BodySizeLimitFilter#MAX_CSV_BYTES} for a CSV upload) while it was read: {@code 413}.
 */
public final class PayloadTooLarge extends IOException {

  private final long limit;

  public PayloadTooLarge(long limit) {
    super("the request body is larger than " + limit + " bytes");
    this.limit = limit;
  }

  /** The limit passed, in bytes. */
  public long limit() {
    return limit;
  }
}
