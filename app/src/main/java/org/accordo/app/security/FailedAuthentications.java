package org.accordo.app.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Failed authentications counted per subject (a client address; the web application's login will
 * add accounts), so that guessing is limited: at most {@code accordo.security.auth-failure-limit}
 * failures in each window of {@code accordo.security.auth-failure-window}, after which the
 * subject's attempts are refused, unjudged, until the window ends. The count is in the database
 * (table {@code failed_authentication}), so every node sees the failures made on the others and the
 * limit holds for the whole deployment. Windows are fixed, counted from the epoch: a burst across
 * the end of one may make up to twice the limit before it is refused. Only failures are counted.
 */
@Service
@NamedInterface("failures")
public class FailedAuthentications {

  private final FailedAuthenticationRepository failures;
  private final Clock clock;
  private final int limit;
  private final Duration window;

  FailedAuthentications(
      FailedAuthenticationRepository failures, Clock clock, SecuritySettings settings) {
    this.failures = failures;
    this.clock = clock;
    this.limit = settings.authFailureLimit();
    this.window = settings.authFailureWindow();
  }

  /**
   * Who fails to authenticate. A record of a kind and a value, so that accounts and addresses are
   * counted apart.
   *
   * @param kind what the value is
   * @param value the address (or account name) as the request gives it
   */
  public record Subject(Kind kind, String value) {

    /** The kinds of subject counted. */
    public enum Kind {
      /** A client's IP address, as the request's remote address gives it. */
      ADDRESS
    }

    public Subject {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(value, "value");
    }

    /** The subject of a client address. */
    public static Subject address(String address) {
      return new Subject(Kind.ADDRESS, address);
    }

    /** The subject as stored: {@code address:203.0.113.7}. */
    String key() {
      return kind.name().toLowerCase(Locale.ROOT) + ":" + value;
    }
  }

  /**
   * How long the subject's attempts are still refused: until the end of the window in which it
   * reached the limit; empty while it has failed fewer times in the current window.
   */
  public Optional<Duration> refusedFor(Subject subject) {
    Instant now = clock.instant();
    Instant start = windowStart(now);
    if (failures.count(subject.key(), start) < limit) {
      return Optional.empty();
    }
    return Optional.of(Duration.between(now, start.plus(window)));
  }

  /**
   * Counts one failed authentication of the subject. It is counted outside any transaction of the
   * caller, so a refusal that rolls back its own work still counts.
   */
  @Transactional(propagation = Propagation.NOT_SUPPORTED)
  public void failed(Subject subject) {
    Instant start = windowStart(clock.instant());
    if (failures.increment(subject.key(), start)) {
      failures.forgetBefore(start.minus(window));
    }
  }

  private Instant windowStart(Instant now) {
    long length = window.toMillis();
    return Instant.ofEpochMilli(Math.floorDiv(now.toEpochMilli(), length) * length);
  }
}
