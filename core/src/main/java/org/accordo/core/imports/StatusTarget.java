package org.accordo.core.imports;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;
import org.accordo.core.policy.TicketStatus;

/**
 * What a PSA status stands for in Accordo: one of its statuses, or {@code cancelled}, which Accordo
 * records as a {@code cancelled} event rather than a status (the ticket leaves the SLA).
 */
public enum StatusTarget {
  NEW(TicketStatus.NEW),
  OPEN(TicketStatus.OPEN),
  IN_PROGRESS(TicketStatus.IN_PROGRESS),
  WAITING_CUSTOMER(TicketStatus.WAITING_CUSTOMER),
  WAITING_THIRD_PARTY(TicketStatus.WAITING_THIRD_PARTY),
  ON_HOLD(TicketStatus.ON_HOLD),
  RESOLVED(TicketStatus.RESOLVED),
  CLOSED(TicketStatus.CLOSED),
  CANCELLED(null);

  private final TicketStatus status;

  StatusTarget(TicketStatus status) {
    this.status = status;
  }

  /** The Accordo status, or empty for {@link #CANCELLED}. */
  public Optional<TicketStatus> status() {
    return Optional.ofNullable(status);
  }

  /** The id as written in a mapping, e.g. {@code waiting_customer}. */
  public String id() {
    return status == null ? "cancelled" : status.id();
  }

  /** True for the statuses a contract may pause clocks on: the waits and {@code on_hold}. */
  public boolean isWaiting() {
    return this == WAITING_CUSTOMER || this == WAITING_THIRD_PARTY || this == ON_HOLD;
  }

  /** The target with this id, or empty. */
  public static Optional<StatusTarget> fromId(String id) {
    return Arrays.stream(values()).filter(t -> t.id().equals(id)).findFirst();
  }

  /** Every id, for messages that list what is accepted. */
  public static String ids() {
    return Arrays.stream(values()).map(StatusTarget::id).collect(Collectors.joining(", "));
  }
}
