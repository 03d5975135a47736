package org.accordo.app.security;

import java.io.PrintStream;
import java.time.Clock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Makes sure an admin can get in on first start. With {@code ACCORDO_ADMIN_TOKEN} set, that secret
 * is stored (its hash) as an admin token unless it is already there; a revoked one is not brought
 * back. Without it, when no valid admin token exists, one is created and printed once to stdout.
 */
@Component
@ConditionalOnWebApplication
class AdminTokenBootstrap implements ApplicationRunner {

  static final int MIN_GIVEN_LENGTH = 32;

  private final ApiTokenRepository tokens;
  private final ApplicationEventPublisher events;
  private final TransactionTemplate transaction;
  private final Clock clock;
  private final String givenSecret;
  private final PrintStream out;

  @Autowired
  AdminTokenBootstrap(
      ApiTokenRepository tokens,
      ApplicationEventPublisher events,
      PlatformTransactionManager transactions,
      Clock clock,
      SecuritySettings settings) {
    this(tokens, events, transactions, clock, settings.adminToken(), System.out);
  }

  AdminTokenBootstrap(
      ApiTokenRepository tokens,
      ApplicationEventPublisher events,
      PlatformTransactionManager transactions,
      Clock clock,
      String givenSecret,
      PrintStream out) {
    this.tokens = tokens;
    this.events = events;
    this.transaction = new TransactionTemplate(transactions);
    this.clock = clock;
    this.givenSecret = givenSecret == null ? "" : givenSecret.strip();
    this.out = out;
  }

  @Override
  public void run(ApplicationArguments args) {
    transaction.executeWithoutResult(
        status -> {
          if (!givenSecret.isEmpty()) {
            storeGiven();
          } else if (tokens.countActiveAdmins() == 0) {
            createAndPrint();
          }
        });
  }

  private void storeGiven() {
    if (givenSecret.length() < MIN_GIVEN_LENGTH
        || givenSecret.chars().anyMatch(Character::isWhitespace)) {
      throw new IllegalStateException(
          "ACCORDO_ADMIN_TOKEN must be at least "
              + MIN_GIVEN_LENGTH
              + " characters without spaces; generate one with: openssl rand -hex 32");
    }
    String hash = TokenSecrets.hash(givenSecret);
    var existing = tokens.findByHash(hash);
    if (existing.isPresent()) {
      if (existing.get().revokedAt() != null) {
        out.println(
            "Accordo: the token in ACCORDO_ADMIN_TOKEN was revoked and stays revoked; set another one.");
      }
      return;
    }
    insert("admin (ACCORDO_ADMIN_TOKEN)", hash);
  }

  private void createAndPrint() {
    String secret = TokenSecrets.newSecret();
    insert("admin (created at first start)", TokenSecrets.hash(secret));
    out.println(
        "Accordo had no admin API token, so it created one. It is shown only this once; keep it safe:");
    out.println();
    out.println("    " + secret);
    out.println();
    out.println(
        "Send it as 'Authorization: Bearer <token>'. To choose the admin token yourself, set ACCORDO_ADMIN_TOKEN.");
  }

  private void insert(String name, String hash) {
    ApiToken token =
        new ApiToken(
            TokenSecrets.newId(),
            name,
            Role.ADMIN,
            null,
            clock.instant(),
            Caller.SYSTEM.tokenId(),
            null);
    tokens.insert(token, hash);
    events.publishEvent(new TokenIssued(token, Caller.SYSTEM, "first admin token"));
  }
}
