package org.accordo.app.inbound;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
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
   * @throws DeliveryNotProven when the source is unknown or disabled, the signature header is
   *     missing or malformed, no signature matches, the timestamp is stale, or the delivery was
   *     seen before
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
    String secret =
        sources
            .secretOfEnabled(sourceId)
            .orElseThrow(
                () ->
                    new DeliveryNotProven(
                        "no enabled inbound source '" + printable(sourceId) + "'"));
    String matching =
        signature
            .matching(secret, body)
            .orElseThrow(() -> new DeliveryNotProven("the signature does not match the body"));
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

  private static String printable(String text) {
    String clean = text.replaceAll("\\p{Cntrl}", "?");
    return clean.length() > 40 ? clean.substring(0, 40) + "..." : clean;
  }
}
