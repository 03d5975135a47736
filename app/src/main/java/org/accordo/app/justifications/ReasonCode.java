package org.accordo.app.justifications;

import java.util.Arrays;
import java.util.Optional;

/** Why a clock should be excused: the codes a justification request names. */
public enum ReasonCode {
  /** The customer caused the delay (no access given, an answer not sent). */
  CUSTOMER_CAUSED("customer_caused"),
  /** A third party outside the provider's control (a carrier, a vendor). */
  THIRD_PARTY("third_party"),
  /** An event no party controls. */
  FORCE_MAJEURE("force_majeure"),
  /** The clock measured wrongly (an event recorded late or against the wrong ticket). */
  MEASUREMENT_ERROR("measurement_error"),
  /** Anything else, said in the evidence. */
  OTHER("other");

  private final String id;

  ReasonCode(String id) {
    this.id = id;
  }

  /** The id used in the API and the database, e.g. {@code customer_caused}. */
  public String id() {
    return id;
  }

  /** The code with this id, or empty. */
  public static Optional<ReasonCode> fromId(String id) {
    return Arrays.stream(values()).filter(c -> c.id.equals(id)).findFirst();
  }

  @Override
  public String toString() {
    return id;
  }
}
