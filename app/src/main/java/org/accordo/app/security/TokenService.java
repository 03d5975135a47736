package org.accordo.app.security;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.accordo.app.refusal.InvalidField;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * API tokens: issue (the secret is returned once), list, revoke, and resolve a presented secret.
 */
@Service
@NamedInterface("tokens")
public class TokenService {

  private static final int MAX_REMEMBERED = 10_000;

  private final ApiTokenRepository tokens;
  private final ApplicationEventPublisher events;
  private final Clock clock;
  private final ObjectProvider<CustomerAdmission> admission;
  private final long rememberNanos;
  private final Map<String, Remembered> remembered = new ConcurrentHashMap<>();

  /** Revocations committed on this node so far: a lookup that overlapped one is not remembered. */
  private final AtomicLong revocations = new AtomicLong();

  TokenService(
      ApiTokenRepository tokens,
      ApplicationEventPublisher events,
      Clock clock,
      SecuritySettings settings,
      ObjectProvider<CustomerAdmission> admission) {
    this.tokens = tokens;
    this.events = events;
    this.clock = clock;
    this.admission = admission;
    this.rememberNanos = settings.tokenCache().toNanos();
  }

  /**
   * A token found valid, and until when (in {@link System#nanoTime}) that is taken as still true.
   */
  private record Remembered(Caller caller, long until) {}

  /** A newly issued token and its secret, which is not stored and cannot be shown again. */
  public record IssuedToken(ApiToken token, String secret) {}

  /**
   * Issues a token.
   *
   * @throws InvalidField naming {@code customer_id} when it is missing for, or given with, a role
   *     other than {@code customer}, or names no customer
   */
  @Transactional
  public IssuedToken issue(Caller caller, String name, Role role, String customerId) {
    caller.requireRole(Role.ADMIN);
    if (role == Role.CUSTOMER && customerId == null) {
      throw new InvalidField("customer_id", "is required for a customer token");
    }
    if (role != Role.CUSTOMER && customerId != null) {
      throw new InvalidField("customer_id", "is only allowed for a customer token");
    }
    String secret = TokenSecrets.newSecret();
    ApiToken token =
        new ApiToken(
            TokenSecrets.newId(), name, role, customerId, clock.instant(), caller.tokenId(), null);
    try {
      tokens.insert(token, TokenSecrets.hash(secret));
    } catch (DataIntegrityViolationException noSuchCustomer) {
      // the token's customer is the customers module's row: its foreign key is the check, so that
      // security reads no table of another module (the id and hash are random: nothing else
      // clashes)
      throw new InvalidField("customer_id", "no customer '" + customerId + "'");
    }
    events.publishEvent(new TokenIssued(token, caller, "role " + role.id()));
    return new IssuedToken(token, secret);
  }

  /** Every token, revoked ones included, oldest first; never their secrets. */
  @Transactional(readOnly = true)
  public List<ApiToken> list(Caller caller) {
    caller.requireRole(Role.ADMIN);
    return tokens.list();
  }

  /**
   * Revokes a token; revoking a revoked token changes nothing.
   *
   * @throws TokenNotVisible when there is no such token
   */
  @Transactional
  public ApiToken revoke(Caller caller, String id) {
    caller.requireRole(Role.ADMIN);
    ApiToken token = tokens.find(id).orElseThrow(() -> new TokenNotVisible(id));
    if (tokens.revoke(id, clock.instant())) {
      events.publishEvent(new TokenRevoked(token, caller));
      forgetAfterCommit(id);
    }
    return tokens.find(id).orElseThrow();
  }

  /**
   * The caller a presented secret stands for, if it is a valid (unrevoked) token. It runs on every
   * request, so a token found valid is taken as valid for {@code accordo.security.token-cache} (2 s
   * by default; 0 looks every request up) without asking the database again. A revocation takes
   * effect at once on the node that made it, which forgets the token when the revocation commits,
   * and within that time on other nodes. The one SELECT runs in the connection's auto-commit: a
   * read-only transaction around it only added round trips that decide nothing. A customer token is
   * valid only while its customer is admitted ({@link CustomerAdmission}: not disabled), which is
   * remembered for the same time.
   */
  public Optional<Caller> authenticate(String secret) {
    // Looking the hash up by index leaks nothing useful through timing: an attacker who could
    // learn hash prefixes would still need a preimage of SHA-256 to forge a token.
    String hash = TokenSecrets.hash(secret);
    long now = System.nanoTime();
    Remembered known = remembered.get(hash);
    if (known != null && now - known.until() < 0) {
      return Optional.of(known.caller());
    }
    long revocationsBefore = revocations.get();
    Optional<Caller> caller =
        tokens.findActiveByHash(hash).map(ApiToken::caller).filter(this::admitted);
    if (caller.isPresent() && rememberNanos > 0) {
      if (remembered.size() >= MAX_REMEMBERED) {
        remembered.clear();
      }
      remembered.put(hash, new Remembered(caller.get(), now + rememberNanos));
      if (revocations.get() != revocationsBefore) {
        // a revocation committed while this lookup ran: what it read may be the revoked token
        remembered.remove(hash);
      }
    } else {
      remembered.remove(hash);
    }
    return caller;
  }

  private boolean admitted(Caller caller) {
    return caller
        .customerScope()
        .map(customer -> admission.stream().allMatch(a -> a.admits(customer)))
        .orElse(true);
  }

  /**
   * True when {@code secret} is a token this node found valid less than {@code
   * accordo.security.token-cache} ago, and so takes as valid without asking the database: no guess.
   */
  boolean isRemembered(String secret) {
    Remembered known = remembered.get(TokenSecrets.hash(secret));
    return known != null && System.nanoTime() - known.until() < 0;
  }

  private void forgetAfterCommit(String tokenId) {
    TransactionSynchronizationManager.registerSynchronization(
        new TransactionSynchronization() {
          @Override
          public void afterCompletion(int status) {
            revocations.incrementAndGet();
            remembered.values().removeIf(known -> tokenId.equals(known.caller().tokenId()));
          }
        });
  }
}
