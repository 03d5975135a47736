package org.accordo.app.ui;

import java.io.Serializable;
import java.time.ZoneId;
import java.util.Objects;
import org.accordo.app.security.Caller;
import org.accordo.app.security.Role;
import org.accordo.core.contract.DocumentLanguage;
import org.springframework.security.core.AuthenticatedPrincipal;

/**
 * The person signed in to the pages, as kept in their session: who they are, what they may see, and
 * how they read (language, time zone). Its {@link #getName()} is the user id, under which the
 * session store finds every session of that person (to end them all at once).
 *
 * @param userId the user's id
 * @param email the address they sign in with
 * @param name how they are called
 * @param role admin, agent or customer
 * @param customerId the customer of a customer user; null for staff
 * @param language their preferred language, or null to follow the browser
 * @param zone the time zone every instant is shown in
 */
public record Viewer(
    String userId,
    String email,
    String name,
    Role role,
    String customerId,
    DocumentLanguage language,
    ZoneId zone)
    implements AuthenticatedPrincipal, Serializable {

  /** The prefix of a person's id in the audit log and the {@link Caller}: {@code user:<id>}. */
  public static final String CALLER_PREFIX = "user:";

  public Viewer {
    Objects.requireNonNull(userId, "userId");
    Objects.requireNonNull(email, "email");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(zone, "zone");
    if ((role == Role.CUSTOMER) != (customerId != null)) {
      throw new IllegalArgumentException(
          "a customer id is required for, and only for, a customer user; role was " + role.id());
    }
  }

  /** Who calls the facades for this person: scoped to their customer when they are one's user. */
  public Caller caller() {
    return new Caller(CALLER_PREFIX + userId, role, customerId);
  }

  /** True for the MSP's staff (admin, agent), who see every customer. */
  public boolean isStaff() {
    return role != Role.CUSTOMER;
  }

  /** The same person reading in {@code language} (null: the browser's). */
  public Viewer withLanguage(DocumentLanguage language) {
    return new Viewer(userId, email, name, role, customerId, language, zone);
  }

  @Override
  public String getName() {
    return userId;
  }
}
