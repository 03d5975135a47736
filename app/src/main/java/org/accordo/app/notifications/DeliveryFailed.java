package org.accordo.app.notifications;

/**
 * An attempt to deliver a notification failed; the message says why, for the notification's {@code
 * last_error}.
 */
final class DeliveryFailed extends Exception {

  DeliveryFailed(String message) {
    super(message);
  }

  DeliveryFailed(String message, Throwable cause) {
    super(message, cause);
  }
}
