package org.accordo.app.notifications;

import java.util.Objects;
import org.accordo.app.egress.UrlCredentials;
import org.accordo.app.jdbc.TextColumns;

/**
 * How a delivery attempt failed.
 *
 * @param reason the reason every reader may see
 * @param status the status a receiver answered, for {@link FailureReason#STATUS}; null otherwise
 * @param detail what happened, for admins: URLs (their credentials masked here), exception names,
 *     remote texts; at most 2,000 characters
 */
public record DeliveryFailure(FailureReason reason, Integer status, String detail) {

  static final int MAX_DETAIL = 2_000;

  public DeliveryFailure {
    Objects.requireNonNull(reason, "reason");
    if ((reason == FailureReason.STATUS) != (status != null)) {
      throw new IllegalArgumentException("a status goes with, and only with, the reason 'status'");
    }
    Objects.requireNonNull(detail, "detail");
    detail = TextColumns.cut(UrlCredentials.masked(detail), MAX_DETAIL);
  }

  /** A failure that is not an answer's status. */
  static DeliveryFailure of(FailureReason reason, String detail) {
    return new DeliveryFailure(reason, null, detail);
  }

  /** What every reader sees: {@code timeout}, {@code status 503}. */
  public String label() {
    return status == null ? reason.label() : reason.label() + " " + status;
  }

  /** The failure stored as {@code label} and {@code detail}. */
  static DeliveryFailure stored(String label, String detail) {
    String text = detail == null ? "" : detail;
    if (label.startsWith(FailureReason.STATUS.label() + " ")) {
      try {
        int status = Integer.parseInt(label.substring(FailureReason.STATUS.label().length() + 1));
        return new DeliveryFailure(FailureReason.STATUS, status, text);
      } catch (NumberFormatException e) {
        return of(FailureReason.UNCLASSIFIED, text);
      }
    }
    return of(FailureReason.labelled(label).orElse(FailureReason.UNCLASSIFIED), text);
  }
}
