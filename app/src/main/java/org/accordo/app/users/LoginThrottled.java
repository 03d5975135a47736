package org.accordo.app.users;

import org.springframework.security.core.AuthenticationException;

/**
 * A sign-in refused without checking its password: its account, or its client address, failed too
 * often lately.
 */
final class LoginThrottled extends AuthenticationException {

  LoginThrottled() {
    super("too many failed sign-ins; wait and try again");
  }
}
