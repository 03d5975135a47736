package org.accordo.app.users;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.accordo.app.audit.AuditLog;
import org.accordo.app.notifications.AccountMail;
import org.accordo.app.refusal.InvalidField;
import org.accordo.app.render.Labels;
import org.accordo.app.security.Caller;
import org.accordo.app.security.Role;
import org.accordo.app.ui.Formats;
import org.accordo.app.ui.Viewer;
import org.accordo.core.contract.DocumentLanguage;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * People's accounts: admins invite them (a one-time link by e-mail to choose a password), they
 * choose a password through that link once, ask for a new one when they forgot it (answered the
 * same whether the address is known or not), and admins disable and enable them. Disabling an
 * account, changing its role or setting its password ends every session of that person, on every
 * node, in the same transaction.
 */
@Service
public class People {

  /**
   * Who to invite.
   *
   * @param email the address they will sign in with
   * @param name how they are called
   * @param role admin, agent or customer
   * @param customerId the customer of a customer user; null for staff
   * @param language their preferred language, or null to follow the browser
   * @param zone the time zone pages show them instants in
   */
  public record Invitation(
      String email,
      String name,
      Role role,
      String customerId,
      DocumentLanguage language,
      ZoneId zone) {

    public Invitation {
      Objects.requireNonNull(role, "role");
      Objects.requireNonNull(zone, "zone");
    }
  }

  /**
   * An account just made and its one-time link.
   *
   * @param user the account
   * @param link the address that sets its first password (not stored: only its hash is)
   */
  public record Invited(User user, String link) {}

  private final UserRepository users;
  private final LinkRepository links;
  private final PasswordEncoder passwords;
  private final AccountMail mail;
  private final AuditLog audit;
  private final Clock clock;
  private final UserSettings settings;

  People(
      UserRepository users,
      LinkRepository links,
      PasswordEncoder passwords,
      AccountMail mail,
      AuditLog audit,
      Clock clock,
      UserSettings settings) {
    this.users = users;
    this.links = links;
    this.passwords = passwords;
    this.mail = mail;
    this.audit = audit;
    this.clock = clock;
    this.settings = settings;
  }

  /**
   * Makes an account and e-mails its one-time link to it.
   *
   * @throws InvalidField naming {@code email}, {@code name} or {@code customer_id}
   * @throws UserExists when the address has an account
   */
  @Transactional
  public Invited invite(Caller caller, Invitation invitation) {
    caller.requireRole(Role.ADMIN);
    Invited invited = create(caller, invitation);
    send(invited, LinkPurpose.INVITATION);
    return invited;
  }

  /**
   * Makes an admin account for the command line or the first start, whose link is printed, not
   * mailed.
   *
   * @throws InvalidField naming {@code email}
   * @throws UserExists when the address has an account
   */
  @Transactional
  public Invited addAdmin(String email) {
    String name = email == null ? "" : email.strip().replaceFirst("@.*", "");
    return create(
        Caller.SYSTEM, new Invitation(email, name, Role.ADMIN, null, null, ZoneId.of("UTC")));
  }

  /**
   * A demo account ({@code accordo serve --demo}) with a new random password, made if missing,
   * enabled, its other sessions ended: the password is answered once, to be printed.
   *
   * @throws InvalidField naming {@code email}, {@code name} or {@code customer_id}
   */
  @Transactional
  public String demoAccount(Invitation invitation) {
    User user =
        users
            .findByEmail(invitation.email())
            .map(UserRepository.WithPassword::user)
            .orElseGet(() -> create(Caller.SYSTEM, invitation).user());
    String password = LinkTokens.newToken().substring(0, 16);
    Instant now = clock.instant();
    users.setEnabled(user.id(), true, now);
    users.setPassword(user.id(), passwords.encode(password), now);
    users.endSessions(user.id());
    audit.record(Caller.SYSTEM, "user.password_set", "user", user.id(), user.customerId(), "demo");
    return password;
  }

  /** True when an enabled admin account exists. */
  @Transactional(readOnly = true)
  public boolean hasAdmin() {
    return users.countEnabledAdmins() > 0;
  }

  /** The account a link opens, while the link works (it is not used by asking). */
  @Transactional(readOnly = true)
  public Optional<User> holderOf(String token) {
    if (token == null || token.isBlank() || token.length() > 100) {
      return Optional.empty();
    }
    return links
        .usable(LinkTokens.hash(token), clock.instant())
        .flatMap(link -> users.find(link.userId()))
        .filter(User::enabled);
  }

  /**
   * Sets the password of the link's account and uses the link up (every other link of the account
   * too), ending the account's sessions.
   *
   * @throws LinkNotUsable when the link was used, expired, never made, or its account disabled
   * @throws InvalidField naming {@code password} when it is shorter than the minimum
   */
  @Transactional
  public User setPassword(String token, String password) {
    User user = holderOf(token).orElseThrow(LinkNotUsable::new);
    if (password == null || password.length() < settings.passwordMinLength()) {
      throw new InvalidField(
          "password", "must be at least " + settings.passwordMinLength() + " characters");
    }
    Instant now = clock.instant();
    if (!links.use(LinkTokens.hash(token), now)) {
      throw new LinkNotUsable(); // used by a request that ran at the same time
    }
    links.retireAll(user.id(), now);
    users.setPassword(user.id(), passwords.encode(password), now);
    users.endSessions(user.id());
    audit.record(asUser(user), "user.password_set", "user", user.id(), user.customerId(), null);
    return user;
  }

  /**
   * Sends a reset link to the address if it has an enabled account; does nothing otherwise. The
   * caller answers the same either way, so nobody learns whether an address has an account.
   */
  @Transactional
  public void forgotten(String email) {
    if (!User.isEmail(email == null ? null : email.strip())) {
      return;
    }
    users
        .findByEmail(email)
        .map(UserRepository.WithPassword::user)
        .filter(User::enabled)
        .ifPresent(
            user -> {
              send(new Invited(user, newLink(user, LinkPurpose.RESET)), LinkPurpose.RESET);
              audit.record(
                  asUser(user), "user.reset_requested", "user", user.id(), user.customerId(), null);
            });
  }

  /**
   * Disables an account: it cannot sign in, and its open sessions end on every node now.
   *
   * @throws UserNotVisible when there is no such user
   */
  @Transactional
  public User disable(Caller caller, String userId) {
    return enable(caller, userId, false);
  }

  /**
   * Enables a disabled account again.
   *
   * @throws UserNotVisible when there is no such user
   */
  @Transactional
  public User enable(Caller caller, String userId) {
    return enable(caller, userId, true);
  }

  private User enable(Caller caller, String userId, boolean enabled) {
    caller.requireRole(Role.ADMIN);
    User user = users.find(userId).orElseThrow(() -> new UserNotVisible(userId));
    users.setEnabled(userId, enabled, clock.instant());
    if (!enabled) {
      users.endSessions(userId);
    }
    audit.record(
        caller,
        enabled ? "user.enabled" : "user.disabled",
        "user",
        userId,
        user.customerId(),
        null);
    return users.find(userId).orElseThrow();
  }

  /**
   * Gives an account another role (and the customer of a customer's user; none for staff). The
   * account's sessions end on every node in the same transaction, so the new role applies from its
   * next sign-in: a session keeps the role it was opened with. The last enabled admin is never
   * demoted, whoever asks (themself included).
   *
   * @throws UserNotVisible when there is no such user
   * @throws InvalidField naming {@code customer_id} when a customer's user has no customer or staff
   *     has one, or the customer does not exist
   * @throws LastAdminKept when the account is the last enabled admin and the role is not admin
   */
  @Transactional
  public User changeRole(Caller caller, String userId, Role role, String customerId) {
    caller.requireRole(Role.ADMIN);
    Objects.requireNonNull(role, "role");
    if ((role == Role.CUSTOMER) != (customerId != null)) {
      throw new InvalidField("customer_id", "is required for, and only for, a customer user");
    }
    User user = users.find(userId).orElseThrow(() -> new UserNotVisible(userId));
    List<String> admins = users.lockEnabledAdmins();
    if (role != Role.ADMIN && admins.equals(List.of(userId))) {
      throw new LastAdminKept(userId);
    }
    try {
      users.setRole(userId, role, customerId, clock.instant());
    } catch (DataIntegrityViolationException noSuchCustomer) {
      throw new InvalidField("customer_id", "no customer '" + customerId + "'");
    }
    users.endSessions(userId);
    audit.record(
        caller,
        "user.role_changed",
        "user",
        userId,
        customerId != null ? customerId : user.customerId(),
        user.role().id() + " -> " + role.id());
    return users.find(userId).orElseThrow();
  }

  /** Every account, by e-mail (admins). */
  @Transactional(readOnly = true)
  public List<User> all(Caller caller) {
    caller.requireRole(Role.ADMIN);
    return users.all();
  }

  /** Records the viewer's preferred language (null: the browser's) and answers them with it. */
  @Transactional
  public Viewer changeLanguage(Viewer viewer, DocumentLanguage language) {
    users.setLanguage(viewer.userId(), language, clock.instant());
    return viewer.withLanguage(language);
  }

  private Invited create(Caller caller, Invitation invitation) {
    String email = invitation.email() == null ? null : invitation.email().strip();
    if (!User.isEmail(email)) {
      throw new InvalidField("email", "must be an e-mail address such as ada@example.com");
    }
    String name = invitation.name() == null ? "" : invitation.name().strip();
    if (name.isEmpty() || name.length() > 200) {
      throw new InvalidField("name", "must be 1 to 200 characters");
    }
    if ((invitation.role() == Role.CUSTOMER) != (invitation.customerId() != null)) {
      throw new InvalidField("customer_id", "is required for, and only for, a customer user");
    }
    if (users.emailTaken(email)) {
      throw new UserExists(email);
    }
    User user =
        new User(
            LinkTokens.newUserId(),
            email,
            name,
            invitation.role(),
            invitation.customerId(),
            invitation.language(),
            invitation.zone(),
            true,
            false,
            clock.instant());
    try {
      users.insert(user, caller.tokenId());
    } catch (DataIntegrityViolationException noSuchCustomer) {
      // the customer is the customers module's row: its foreign key is the check
      throw new InvalidField("customer_id", "no customer '" + invitation.customerId() + "'");
    }
    audit.record(
        caller, "user.invited", "user", user.id(), user.customerId(), "role " + user.role().id());
    return new Invited(user, newLink(user, LinkPurpose.INVITATION));
  }

  private String newLink(User user, LinkPurpose purpose) {
    String token = LinkTokens.newToken();
    Instant now = clock.instant();
    links.insert(
        LinkTokens.hash(token), user.id(), purpose, now, now.plus(settings.linkValidity()));
    return settings.linkBase() + "/password?token=" + token;
  }

  private void send(Invited invited, LinkPurpose purpose) {
    User user = invited.user();
    Labels labels = Labels.of(user.language() == null ? DocumentLanguage.EN : user.language());
    String until = Formats.instant(clock.instant().plus(settings.linkValidity()), user.zone());
    String key = purpose == LinkPurpose.INVITATION ? "mail.invitation" : "mail.reset";
    mail.send(
        user.email(),
        labels.get(key + ".subject"),
        labels.get(key + ".body", user.name(), user.email(), until, invited.link()));
  }

  private static Caller asUser(User user) {
    return user.viewer().caller();
  }
}
