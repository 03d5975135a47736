package org.accordo.core.availability;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Why a service was down (SLA semantics §5). The cause decides whether the outage counts against
 * the provider: the contract's {@code credits.exclusions} name the causes that do not, and {@link
 * #ANNOUNCED_MAINTENANCE} is excluded only inside the contract's maintenance windows.
 */
public enum OutageCause {
  /** The provider's fault; always downtime. */
  PROVIDER("provider"),
  /** Caused by the customer (e.g. a change they made without the provider). */
  CUSTOMER_CAUSED("customer_caused"),
  /** Outside the provider's control (e.g. the customer's internet line). */
  OUTSIDE_PROVIDER_CONTROL("outside_provider_control"),
  /** Planned work announced to the customer; excluded only inside a maintenance window. */
  ANNOUNCED_MAINTENANCE("announced_maintenance");

  private final String id;

  OutageCause(String id) {
    this.id = id;
  }

  /** The id used in contracts and outage files, e.g. {@code customer_caused}. */
  public String id() {
    return id;
  }

  /** The cause with this id, or empty. */
  public static Optional<OutageCause> fromId(String id) {
    return Arrays.stream(values()).filter(c -> c.id.equals(id)).findFirst();
  }

  /** Every id, in declaration order, for messages. */
  public static List<String> ids() {
    return Arrays.stream(values()).map(OutageCause::id).toList();
  }

  @Override
  public String toString() {
    return id;
  }
}
