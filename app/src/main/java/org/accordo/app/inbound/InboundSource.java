package org.accordo.app.inbound;

import java.time.Instant;
import java.util.Objects;

/**
 * Another PSA allowed to send ticket events, without its secret.
 *
 * @param id the id it names itself with in {@code X-Accordo-Source}
 * @param name what it is, for people
 * @param createdAt when an admin registered it
 * @param createdBy the token id of that admin
 * @param disabledAt when it was disabled, or null while it may send
 */
public record InboundSource(String id, String name, Instant createdAt, String createdBy, Instant disabledAt) {

  public InboundSource {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(createdBy, "createdBy");
  }

  /** The caller events from this source are recorded as: an agent named {@code src_<id>}. */
  public org.accordo.app.security.Caller caller() {
    return new org.accordo.app.security.Caller("src_" + id, org.accordo.app.security.Role.AGENT, null);
  }
}
