package org.accordo.app.notifications;

import java.util.Arrays;
import java.util.Optional;
import org.accordo.app.egress.OutboundProblem;

/**
 * Why a delivery attempt failed, in the fixed vocabulary that every reader of the notification list
 * may see: no URL, credential, exception name or remote text. Admins also see the attempt's detail.
 */
public enum FailureReason {
  BLOCKED(OutboundProblem.BLOCKED.label()),
  INVALID_ADDRESS(OutboundProblem.INVALID_ADDRESS.label()),
  DNS(OutboundProblem.DNS.label()),
  TIMEOUT(OutboundProblem.TIMEOUT.label()),
  REFUSED(OutboundProblem.REFUSED.label()),
  UNREACHABLE(OutboundProblem.UNREACHABLE.label()),
  TLS(OutboundProblem.TLS.label()),
  BAD_RESPONSE(OutboundProblem.BAD_RESPONSE.label()),
  NETWORK(OutboundProblem.NETWORK.label()),
  /** The receiver answered with a status that is not a success: shown with the status. */
  STATUS("status"),
  MAIL_SERVER("mail server error"),
  NOT_CONFIGURED("channel not configured"),
  RECIPIENT_DISABLED("recipient disabled"),
  UNKNOWN_CHANNEL("unknown channel"),
  /** The node making the last allowed attempt stopped before recording how it ended. */
  INTERRUPTED("interrupted"),
  /** Anything else that went wrong in Accordo while delivering (a rendering error, a bug). */
  INTERNAL("internal error"),
  /** A failure recorded before reasons were. */
  UNCLASSIFIED("unclassified");

  private final String label;

  FailureReason(String label) {
    this.label = label;
  }

  /** The words shown: "timeout"; for {@link #STATUS} "status" and the status follows. */
  public String label() {
    return label;
  }

  /** The reason for an outbound problem. */
  public static FailureReason of(OutboundProblem problem) {
    return valueOf(problem.name());
  }

  /** The reason whose label is {@code label}, if any. */
  static Optional<FailureReason> labelled(String label) {
    return Arrays.stream(values()).filter(r -> r.label.equals(label)).findFirst();
  }
}
