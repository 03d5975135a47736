package org.accordo.app.inbound;

import org.accordo.app.refusal.NotProven;

/**
 * A webhook delivery that does not prove its sender: unknown or disabled source, a missing, stale,
 * wrong or replayed signature.
 */
public final class DeliveryNotProven extends NotProven {

  public DeliveryNotProven(String reason) {
    super(reason);
  }
}
