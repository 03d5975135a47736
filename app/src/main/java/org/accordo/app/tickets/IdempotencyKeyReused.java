package org.accordo.app.tickets;

import java.util.Map;
import org.accordo.app.refusal.Excerpt;
import org.accordo.app.refusal.Unacceptable;

/**
 * An {@code Idempotency-Key} sent again with a different request on the same ticket: the client has
 * mixed up two requests, and neither answer would be right.
 */
public final class IdempotencyKeyReused extends Unacceptable {

  /** The header that carries the key. */
  static final String HEADER = "Idempotency-Key";

  public IdempotencyKeyReused(String key) {
    super(
        "idempotency-key-reused",
        HEADER
            + " '"
            + Excerpt.of(key)
            + "' was used for a different request on this ticket; use a new key for a new event",
        Map.of("field", HEADER));
  }
}
