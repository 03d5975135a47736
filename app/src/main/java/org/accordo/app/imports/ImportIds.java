package org.accordo.app.imports;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * The ids of imported tickets and events, derived from what they are (name-based UUIDs): a ticket
 * from its customer, source and id in the PSA; an event from its ticket and {@link
 * org.accordo.core.imports.ImportedEvent#key}. Importing the same export again, or an overlapping
 * later one, gives the same ids, so nothing is stored twice and only new events are added.
 */
final class ImportIds {

  private ImportIds() {}

  /** The ticket's id; {@code customer} empty for a file of events. */
  static String ticket(String customer, String source, String externalId) {
    return uuid("accordo/import/ticket\n" + customer + "\n" + source + "\n" + externalId);
  }

  static String event(String customer, String source, String externalId, String key) {
    return uuid(
        "accordo/import/event\n" + customer + "\n" + source + "\n" + externalId + "\n" + key);
  }

  /** A 64-bit fingerprint of an event of a ticket, for the set of events seen in one import. */
  static long fingerprint(String externalId, String key) {
    long h = 1125899906842597L;
    h = mix(h, externalId);
    h = h * 31 + '\n';
    return mix(h, key);
  }

  private static long mix(long h, String s) {
    for (int i = 0; i < s.length(); i++) {
      h = 1099511628211L * (h ^ s.charAt(i));
    }
    return h;
  }

  private static String uuid(String name) {
    return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
  }
}
