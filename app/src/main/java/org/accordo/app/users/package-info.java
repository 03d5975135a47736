/**
 * People who use the pages: their accounts ({@code app_user}), passwords (Spring Security's
 * delegating encoder, bcrypt), one-time links to set a password (an invitation, a reset), the
 * pages' sign-in with its limit on failures (security's {@code FailedAttempts}), and their sessions
 * in the database (Spring Session JDBC), shared by every node, which a disabled account or a new
 * password ends everywhere at once. The pages' security filter chain is this module's; the API's is
 * security's.
 */
@ApplicationModule(
    displayName = "Users",
    allowedDependencies = {
      "audit",
      "customers",
      "notifications",
      "security::caller",
      "security::attempts",
      "security::tokens",
      "ui"
    })
package org.accordo.app.users;

import org.springframework.modulith.ApplicationModule;
