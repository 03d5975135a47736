package org.accordo.app.inbound;

import java.time.Instant;
import java.util.Objects;
import org.accordo.app.security.Caller;
import org.accordo.app.security.Role;

/**
 * Another PSA allowed to send ticket events, without its secret.
 *
 * @param id the id it names itself with in {@code X-Accordo-Source}
 * @param name what it is, for people
 * @param createdAt when an admin registered it
 * @param createdBy the token id of that admin
 * @param disabledAt when it was disabled, or null while it may send
 */
public record InboundSource(
    String id, String name, Instant createdAt, String createdBy, Instant disabledAt) {

  public InboundSource {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(createdBy, "createdBy");
  }

  /** The caller events from this source are recorded as: an agent named {@code src_<id>}. */
  public Caller caller() {
    return new Caller("src_" + id, Role.AGENT, null);
  }
}
