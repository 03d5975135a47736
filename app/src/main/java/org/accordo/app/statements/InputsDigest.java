package org.accordo.app.statements;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import org.accordo.core.availability.Outage;
import org.accordo.core.clock.TicketEvent;
import org.accordo.core.report.PeriodRecords;
import org.accordo.core.report.RcaFact;
import org.accordo.core.report.ServiceCoverage;
import org.accordo.core.report.TicketHistory;

/**
 * The SHA-256 of what a statement is computed from, in a canonical form: a version tag, the
 * customer, the month, the instant it is computed at, the contract version, each ticket (id,
 * number, subject, service) with each of its events (id, type, instant and payload, metrics sorted)
 * in arrival order, each outage (service, bounds, cause, note, announcement) in order, then, when
 * there are any, each monitored service's coverage (covered, down and uncovered milliseconds) and
 * each root cause analysis (id, tickets, priority, opened, due and delivered instants). Each field
 * is written with its length, so no two inputs share a digest by a shift of characters. Anyone with
 * the same inputs recomputes it; the same inputs always close to the same JSON.
 */
final class InputsDigest {

  static final String VERSION = "accordo-statement-inputs/1";

  private final MessageDigest sha256;

  /**
   * The fields not yet digested: a month of a million events has some fifteen million fields, and
   * handing each to the digest by itself cost more than the hashing.
   */
  private final ByteBuffer pending = ByteBuffer.allocate(1 << 16);

  private InputsDigest() {
    try {
      sha256 = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  /** The digest's hex form. */
  static String of(
      StatementKey key,
      Instant asOf,
      int contractVersion,
      List<TicketHistory> tickets,
      List<Outage> outages,
      PeriodRecords records) {
    InputsDigest digest = new InputsDigest();
    digest.field(VERSION).field(key.customerId()).field(key.month().toString());
    digest.field(asOf).field(Integer.toString(contractVersion));
    for (TicketHistory ticket : tickets) {
      digest.field("ticket").field(ticket.id()).field(ticket.ticket().number());
      digest.field(ticket.ticket().subject().orElse(null)).field(ticket.service().orElse(null));
      for (TicketEvent e : ticket.events()) {
        digest.event(e);
      }
    }
    for (Outage o : outages) {
      digest.field("outage").field(o.service()).field(o.from()).field(o.to());
      digest.field(o.cause().id()).field(o.note()).field(o.announcedAt().orElse(null));
    }
    for (ServiceCoverage c : records.coverage()) {
      digest.field("coverage").field(c.service()).field(c.covered()).field(c.down());
      digest.field(c.uncovered());
    }
    for (RcaFact r : records.rcas()) {
      digest.field("rca").field(r.rca()).field(r.tickets().toString()).field(r.priority());
      digest.field(r.openedAt()).field(r.dueAt()).field(r.deliveredAt().orElse(null));
    }
    digest.flush();
    return HexFormat.of().formatHex(digest.sha256.digest());
  }

  private void event(TicketEvent e) {
    field("event").field(e.id()).field(e.type().id()).field(e.at()).field(e.priority());
    field(e.status() == null ? null : e.status().id());
    field(e.visibility() == null ? null : e.visibility().name());
    if (e.exclusion() == null) {
      field((String) null);
    } else {
      field(e.exclusion().from()).field(e.exclusion().to()).field(e.exclusion().reason());
      field(e.exclusion().metrics().stream().map(m -> m.id()).sorted().toList().toString());
    }
  }

  private InputsDigest field(Duration duration) {
    return field(Long.toString(duration.toMillis()));
  }

  private InputsDigest field(Instant instant) {
    return field(instant == null ? null : instant.toString());
  }

  private InputsDigest field(String value) {
    if (value == null) {
      room(4).putInt(-1);
      return this;
    }
    byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
    room(4).putInt(bytes.length);
    if (bytes.length > pending.capacity()) {
      flush();
      sha256.update(bytes);
    } else {
      room(bytes.length).put(bytes);
    }
    return this;
  }

  /** The buffer, with room for {@code bytes} more. */
  private ByteBuffer room(int bytes) {
    if (pending.remaining() < bytes) {
      flush();
    }
    return pending;
  }

  private void flush() {
    sha256.update(pending.array(), 0, pending.position());
    pending.clear();
  }
}
