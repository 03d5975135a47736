package org.accordo.app.notifications;

import java.time.Instant;
import java.util.Objects;

/**
 * Where a notification's delivery stands.
 *
 * @param state pending, delivered or dead
 * @param attempts the attempts made so far, counted when an attempt starts
 * @param nextAttemptAt when the next attempt is due (while an attempt runs: when its claim ends);
 *     null once delivered or dead
 * @param lastFailure how the last attempt failed, or null
 * @param deliveredAt when it was delivered, or null
 * @param node the node ({@code accordo.node-id}) that made the last attempt, or null before any
 */
public record Delivery(
    DeliveryState state,
    int attempts,
    Instant nextAttemptAt,
    DeliveryFailure lastFailure,
    Instant deliveredAt,
    String node) {

  public Delivery {
    Objects.requireNonNull(state, "state");
    if (attempts < 0) {
      throw new IllegalArgumentException("attempts must not be negative, was " + attempts);
    }
  }

  /** A delivery not attempted yet, due at {@code firstAttempt}. */
  static Delivery due(Instant firstAttempt) {
    return new Delivery(DeliveryState.PENDING, 0, firstAttempt, null, null, null);
  }
}
