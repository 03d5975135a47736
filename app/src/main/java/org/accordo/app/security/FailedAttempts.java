package org.accordo.app.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Failed authentications counted in the database, so that every node shares the count: a subject
 * (an account, a client address) that failed {@link Limit#failures} times within {@link
 * Limit#window} is refused until that window, which starts at its first failure, ends. Reusable by
 * any way of authenticating (the pages' form login counts per account and per address).
 */
@Service
@NamedInterface("attempts")
public class FailedAttempts {

  /**
   * How many failures a kind of subject may have in how long.
   *
   * @param failures at least 1
   * @param window positive
   */
  public record Limit(int failures, Duration window) {

    public Limit {
      Objects.requireNonNull(window, "window");
      if (failures < 1) {
        throw new IllegalArgumentException("a limit allows at least 1 failure, was " + failures);
      }
      if (window.isNegative() || window.isZero()) {
        throw new IllegalArgumentException("a limit's window is positive, was " + window);
      }
    }
  }

  private final FailedAttemptRepository attempts;
  private final TransactionTemplate ownTransaction;
  private final Clock clock;

  FailedAttempts(
      FailedAttemptRepository attempts, PlatformTransactionManager transactions, Clock clock) {
    this.attempts = attempts;
    this.ownTransaction = new TransactionTemplate(transactions);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.clock = clock;
  }

  /** True when {@code subject} has used up {@code limit} and must be refused now. */
  @Transactional(readOnly = true)
  public boolean refused(String subject, Limit limit) {
    Instant now = clock.instant();
    return attempts
        .find(subject)
        .filter(a -> a.windowStart().isAfter(now.minus(limit.window())))
        .map(a -> a.failures() >= limit.failures())
        .orElse(false);
  }

  /**
   * Counts one failure of {@code subject}: one more in its window, or the first of a new window
   * when the last one has ended. Commits on its own, whatever the caller's transaction does.
   */
  public void failed(String subject, Limit limit) {
    Instant now = clock.instant();
    try {
      ownTransaction.executeWithoutResult(s -> attempts.count(subject, now, limit.window()));
    } catch (DuplicateKeyException countedMeanwhile) {
      // another node inserted the subject's row first: add this failure to it
      ownTransaction.executeWithoutResult(s -> attempts.count(subject, now, limit.window()));
    }
  }

  /** Forgets the failures of {@code subject} (e.g. after its account signed in). */
  public void succeeded(String subject) {
    ownTransaction.executeWithoutResult(s -> attempts.clear(subject));
  }
}
