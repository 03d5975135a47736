package org.accordo.app.notifications;

import java.util.Objects;

/**
 * An attempt to deliver a notification failed; {@link #failure()} says how, {@link #retry()}
 * whether another attempt may succeed.
 */
public final class DeliveryFailed extends Exception {

  /** Whether a failed delivery is tried again. */
  public enum Retry {
    /** On its schedule (backoff), until the last allowed attempt. */
    LATER,
    /** Never: the delivery is dead at once (a receiver gone, a recipient disabled). */
    NEVER
  }

  private final transient DeliveryFailure failure;
  private final Retry retry;

  public DeliveryFailed(DeliveryFailure failure, Retry retry, Throwable cause) {
    super(Objects.requireNonNull(failure, "failure").label() + ": " + failure.detail(), cause);
    this.failure = failure;
    this.retry = Objects.requireNonNull(retry, "retry");
  }

  public DeliveryFailed(DeliveryFailure failure, Retry retry) {
    this(failure, retry, null);
  }

  public DeliveryFailure failure() {
    return failure;
  }

  public Retry retry() {
    return retry;
  }
}
