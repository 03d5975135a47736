package org.accordo.app.tickets;

import org.accordo.app.refusal.Conflicting;
import org.accordo.app.refusal.Excerpt;

/** The customer already has a ticket with this id of another PSA. */
public final class ExternalIdTaken extends Conflicting {

  public ExternalIdTaken(String customerId, String externalId) {
    super(
        "customer '"
            + customerId
            + "' already has a ticket with external_id '"
            + Excerpt.of(externalId)
            + "'");
  }
}
