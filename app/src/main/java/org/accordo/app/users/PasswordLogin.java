package org.accordo.app.users;

import java.util.List;
import java.util.Optional;
import org.accordo.app.security.CustomerAdmission;
import org.accordo.app.security.FailedAttempts;
import org.accordo.app.ui.Viewer;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * The pages' sign-in with e-mail and password. Failures are counted in the database per account and
 * per client address ({@link FailedAttempts}, shared by every node); past either limit a sign-in is
 * refused before its password is checked ({@link LoginThrottled}). An unknown address, a disabled
 * account, a customer's user whose customer is disabled ({@link CustomerAdmission}), an account
 * without a password and a wrong password fail alike, after the same hashing work, so the answer
 * tells nothing of which.
 */
@Component
class PasswordLogin implements AuthenticationProvider {

  /** A hash to check a password against when there is no account, so both take the same time. */
  private final String decoy;

  private final UserRepository users;
  private final PasswordEncoder passwords;
  private final FailedAttempts attempts;
  private final CustomerAdmission admission;
  private final FailedAttempts.Limit perAccount;
  private final FailedAttempts.Limit perAddress;

  PasswordLogin(
      UserRepository users,
      PasswordEncoder passwords,
      FailedAttempts attempts,
      CustomerAdmission admission,
      UserSettings settings) {
    this.users = users;
    this.passwords = passwords;
    this.attempts = attempts;
    this.admission = admission;
    this.perAccount =
        new FailedAttempts.Limit(settings.loginFailuresPerAccount(), settings.loginWindow());
    this.perAddress =
        new FailedAttempts.Limit(settings.loginFailuresPerAddress(), settings.loginWindow());
    this.decoy = passwords.encode("no account has this password");
  }

  @Override
  public Authentication authenticate(Authentication login) {
    String email = login.getName() == null ? "" : login.getName().strip();
    String password = login.getCredentials() == null ? "" : login.getCredentials().toString();
    String account = subject("login-account:", User.key(email));
    String address = subject("login-address:", addressOf(login));
    if (attempts.refused(account, perAccount) || attempts.refused(address, perAddress)) {
      throw new LoginThrottled();
    }
    Optional<UserRepository.WithPassword> found =
        email.isEmpty() ? Optional.empty() : users.findByEmail(email);
    Optional<String> stored = found.map(UserRepository.WithPassword::passwordHash);
    boolean matches = passwords.matches(password, stored.orElse(decoy));
    boolean accepted = matches && stored.isPresent() && admitted(found.get().user());
    if (!accepted) {
      attempts.failed(account, perAccount);
      attempts.failed(address, perAddress);
      throw new BadCredentialsException("the e-mail or the password is wrong");
    }
    attempts.succeeded(account);
    Viewer viewer = found.get().user().viewer();
    return UsernamePasswordAuthenticationToken.authenticated(
        viewer, null, List.of(new SimpleGrantedAuthority("ROLE_" + viewer.role().name())));
  }

  private boolean admitted(User user) {
    return user.enabled() && (user.customerId() == null || admission.admits(user.customerId()));
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
  }

  private static String addressOf(Authentication login) {
    return login.getDetails() instanceof WebAuthenticationDetails details
            && details.getRemoteAddress() != null
        ? details.getRemoteAddress()
        : "unknown";
  }

  /** A subject of the counter, cut to its column's 300 characters. */
  private static String subject(String kind, String value) {
    String subject = kind + value;
    return subject.length() <= 300 ? subject : subject.substring(0, 300);
  }
}
