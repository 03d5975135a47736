package org.accordo.app.inbound;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.accordo.app.audit.AuditLog;
import org.accordo.app.security.Caller;
import org.accordo.app.security.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The PSAs that may send events, and the check of each delivery: a known, enabled source; a
 * signature of the exact body under its secret; a timestamp within 5 minutes of the server's clock;
 * a signature not seen before (a replay is refused even inside the window).
 */
@Service
public class InboundSources {

  /** How far a delivery's timestamp may be from the server's clock, either way. */
  static final Duration TOLERANCE = Duration.ofMinutes(5);

  /**
   * The one refusal of a delivery whose source is unknown, disabled, or did not sign it: the same
   * words for all three, so that they cannot be told apart.
   */
  static final String NOT_SIGNED_BY_A_SOURCE =
      "the signature does not match the body under the secret of an enabled inbound source";

  /** A secret no one knows (random at each start), to sign with when there is no source's. */
  private static final String NO_SOURCE_SECRET = randomSecret();

  private final InboundSourceRepository sources;
  private final AuditLog audit;
  private final Clock clock;

  InboundSources(InboundSourceRepository sources, AuditLog audit, Clock clock) {
    this.sources = sources;
    this.audit = audit;
    this.clock = clock;
  }

  /** A delivery whose sender is proven: its source and the signature that proved it. */
  public record Verified(InboundSource source, String signature) {}

  /**
   * @throws InboundSourceExists when the id is taken
   */
  @Transactional
  public InboundSource register(Caller caller, String id, String name, String secret) {
    caller.requireRole(Role.ADMIN);
    if (sources.find(id).isPresent()) {
      throw new InboundSourceExists(id);
    }
    InboundSource source = new InboundSource(id, name, clock.instant(), caller.tokenId(), null);
    sources.insert(source, secret);
    audit.record(caller, "inbound_source.created", "inbound_source", id, null, name);
    return source;
  }

  @Transactional(readOnly = true)
  public List<InboundSource> list(Caller caller) {
    caller.requireRole(Role.ADMIN);
    return sources.list();
  }

  /** Disables a source; its deliveries are refused from now on. */
  @Transactional
  public InboundSource disable(Caller caller, String id) {
    caller.requireRole(Role.ADMIN);
    sources.find(id).orElseThrow(() -> new InboundSourceNotVisible(id));
    if (sources.disable(id, clock.instant())) {
      audit.record(caller, "inbound_source.disabled", "inbound_source", id, null, null);
    }
    return sources.find(id).orElseThrow();
  }

  /**
   * Proves who sent a delivery.
   *
   * @throws DeliveryNotProven when the signature header is missing or malformed, the source is
   *     unknown or disabled or no signature matches (one refusal for the three, {@link
   *     #NOT_SIGNED_BY_A_SOURCE}), the timestamp is stale, or the delivery was seen before
   */
  @Transactional(readOnly = true)
  public Verified verify(String sourceId, String signatureHeader, byte[] body) {
    if (sourceId == null || signatureHeader == null) {
      throw new DeliveryNotProven(
          "a delivery needs the headers X-Accordo-Source and X-Accordo-Signature");
    }
    WebhookSignature signature =
        WebhookSignature.parse(signatureHeader)
            .orElseThrow(
                () ->
                    new DeliveryNotProven(
                        "X-Accordo-Signature must be t=<unix seconds>,v1=<64 hex digits>"));
    Optional<String> secret = sources.secretOfEnabled(sourceId);
    // An unknown or disabled source is refused as a signature that does not match, after an HMAC
    // of the body as long as a real one: neither the answer nor its time tells which ids exist.
    String matching =
        signature
            .matching(secret.orElse(NO_SOURCE_SECRET), body)
            .filter(found -> secret.isPresent())
            .orElseThrow(() -> new DeliveryNotProven(NOT_SIGNED_BY_A_SOURCE));
    Instant now = clock.instant();
    Instant sent = Instant.ofEpochSecond(signature.timestamp());
    if (Duration.between(sent, now).abs().compareTo(TOLERANCE) > 0) {
      throw new DeliveryNotProven(
          "the signature's timestamp "
              + sent
              + " is more than 5 minutes from the server's clock "
              + now);
    }
    if (sources.delivered(sourceId, matching)) {
      throw new DeliveryNotProven("this delivery was received before; sign each delivery anew");
    }
    return new Verified(sources.find(sourceId).orElseThrow(), matching);
  }

  /** Remembers a verified delivery, in the transaction that stores what it brought. */
  @Transactional(propagation = Propagation.MANDATORY)
  public void recordDelivery(Verified delivery) {
    Instant now = clock.instant();
    sources.forgetDeliveriesBefore(now.minus(TOLERANCE.multipliedBy(2)));
    sources.recordDelivery(delivery.source().id(), delivery.signature(), now);
  }

  /** A random secret of the length of the ones admins choose. */
  private static String randomSecret() {
    byte[] bytes = new byte[32];
    new SecureRandom().nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }
}
