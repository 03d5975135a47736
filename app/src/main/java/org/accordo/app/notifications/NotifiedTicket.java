package org.accordo.app.notifications;

import java.util.Objects;

/**
 * The ticket a notification is about, named as people name it.
 *
 * @param id Accordo's id of the ticket
 * @param externalId its number in the PSA, or null (none, or a row written before names were)
 * @param subject its subject, or null for a row written before names were
 */
public record NotifiedTicket(String id, String externalId, String subject) {

  public NotifiedTicket {
    Objects.requireNonNull(id, "id");
  }

  /**
   * How a subject line names it: {@code INC-4711 "VPN down"}, or {@code "VPN down" (<id>)} without
   * a number.
   */
  String named() {
    String quoted = subject == null ? null : "\"" + shortened(subject) + "\"";
    if (externalId != null) {
      return quoted == null ? externalId : externalId + " " + quoted;
    }
    return quoted == null ? id : quoted + " (" + id + ")";
  }

  /** At most 120 characters (code points), on one line. */
  private static String shortened(String text) {
    String oneLine = text.replaceAll("\\p{Cntrl}", " ");
    return oneLine.codePointCount(0, oneLine.length()) <= 120
        ? oneLine
        : oneLine.substring(0, oneLine.offsetByCodePoints(0, 119)) + "…";
  }
}
