package org.accordo.app.users;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import org.accordo.app.security.Role;
import org.accordo.app.ui.Viewer;
import org.accordo.core.contract.DocumentLanguage;

/**
 * A person's account, without their password.
 *
 * @param id Accordo's id of the user ({@code u-} and 16 hex digits)
 * @param email the address they sign in with, as given
 * @param name how they are called
 * @param role admin, agent or customer
 * @param customerId the customer of a customer user; null for staff
 * @param language their preferred language, or null to follow the browser
 * @param zone the time zone pages show instants in
 * @param enabled false once an admin disabled the account: it cannot sign in
 * @param passwordSet true once a password was chosen through a link
 * @param createdAt when the account was made
 */
public record User(
    String id,
    String email,
    String name,
    Role role,
    String customerId,
    DocumentLanguage language,
    ZoneId zone,
    boolean enabled,
    boolean passwordSet,
    Instant createdAt) {

  /** A plausible e-mail address: something, {@code @}, a domain with a dot or a single label. */
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]{1,189}");

  public User {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(email, "email");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(createdAt, "createdAt");
    if ((role == Role.CUSTOMER) != (customerId != null)) {
      throw new IllegalArgumentException(
          "a customer id is required for, and only for, a customer user; role was " + role.id());
    }
  }

  /** True when {@code email} looks like an address (1 to 254 characters, one {@code @}). */
  static boolean isEmail(String email) {
    return email != null && email.length() <= 254 && EMAIL.matcher(email).matches();
  }

  /** The form every address is compared in: the e-mail is unique whatever its case. */
  static String key(String email) {
    return email.strip().toLowerCase(Locale.ROOT);
  }

  /** This person as their session keeps them. */
  Viewer viewer() {
    return new Viewer(id, email, name, role, customerId, language, zone);
  }
}
