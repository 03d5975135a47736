package org.accordo.app.clocks;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * What a ticket's clock rows and recorded escalations are, kept on its {@code ticket_sla} row and
 * read by the same statement that locks it. With it a refresh rewrites only the clock rows whose
 * content changed and records only the crossings not recorded yet, without first reading the {@code
 * clock} and {@code escalation} tables: an event mostly moves one or two running clocks of a ticket
 * that has a dozen rows, and rewriting them all was the bulk of an event's database work.
 *
 * <p>A null part is unknown (a row written before the digest existed, or after a rebuild chose the
 * SLA again): the clock rows are then replaced as a whole and the recorded escalations read from
 * their table, once.
 *
 * @param clocks each clock row's {@link #fingerprint} by {@link #key(String, int) metric and cycle}
 *     ({@link #COUNTING} for a clock not stopped), or null
 * @param escalations each recorded crossing's {@link #escalationKey key}, or null
 */
record ClockDigest(Map<String, String> clocks, Set<String> escalations) {

  /** A ticket that has no clock rows and no recorded escalations yet. */
  static final ClockDigest EMPTY = new ClockDigest(Map.of(), Set.of());

  /**
   * Nothing known: the next computation replaces the clock rows and reads the recorded escalations.
   */
  static final ClockDigest UNKNOWN = new ClockDigest(null, null);

  /**
   * The fingerprint kept for a clock that is not stopped: its seconds change with every
   * computation, so it is written every time and its content is not compared.
   */
  static final String COUNTING = "counting";

  /** The key of a clock row. */
  static String key(String metric, int cycle) {
    return metric + "/" + cycle;
  }

  /** The key of a recorded escalation or breach (its unique constraint's columns). */
  static String escalationKey(Escalation e) {
    return escalationKey(e.metric().id(), e.cycle(), e.kind().id(), e.atFraction());
  }

  /** The key of a recorded escalation or breach from its columns. */
  static String escalationKey(String metric, int cycle, String kind, BigDecimal atFraction) {
    return metric
        + "/"
        + cycle
        + "/"
        + kind
        + "/"
        + atFraction.stripTrailingZeros().toPlainString();
  }

  /**
   * A fingerprint of everything a clock row shows except when it was computed: two rows with the
   * same fingerprint show the same clock (128 bits of SHA-256, so a changed row is never taken for
   * an unchanged one in practice).
   */
  static String fingerprint(StoredClock c) {
    String content =
        String.join(
            "|",
            c.customerId(),
            c.priority(),
            c.calendar(),
            c.state().id(),
            text(c.startedAt()),
            text(c.stoppedAt()),
            text(c.dueAt()),
            text(c.breachedAt()),
            Long.toString(c.targetSeconds()),
            Long.toString(c.elapsedSeconds()),
            Long.toString(c.pausedSeconds()),
            Long.toString(c.remainingSeconds()),
            text(c.nextCheckAt()),
            c.escalationsJson(),
            c.timelineJson());
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  /**
   * The digest as stored: {@code metric/cycle=fingerprint} entries separated by {@code ;}, or null.
   */
  String clocksText() {
    if (clocks == null) {
      return null;
    }
    StringBuilder text = new StringBuilder(clocks.size() * 50);
    clocks.forEach(
        (key, fingerprint) ->
            text.append(text.isEmpty() ? "" : ";").append(key).append('=').append(fingerprint));
    return text.toString();
  }

  /** The recorded escalations as stored: keys separated by {@code ;}, or null. */
  String escalationsText() {
    return escalations == null ? null : String.join(";", escalations);
  }

  /** A digest read back from its stored text; null parts stay unknown. */
  static ClockDigest parse(String clocksText, String escalationsText) {
    Map<String, String> clocks = null;
    if (clocksText != null) {
      clocks = new LinkedHashMap<>();
      for (String entry : clocksText.isEmpty() ? new String[0] : clocksText.split(";")) {
        int equals = entry.indexOf('=');
        clocks.put(entry.substring(0, equals), entry.substring(equals + 1));
      }
    }
    Set<String> escalations = null;
    if (escalationsText != null) {
      escalations = new HashSet<>();
      for (String key : escalationsText.isEmpty() ? new String[0] : escalationsText.split(";")) {
        escalations.add(key);
      }
    }
    return new ClockDigest(clocks, escalations);
  }

  private static String text(Instant instant) {
    return instant == null ? "" : instant.toString();
  }
}
