package org.accordo.core.report;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.accordo.core.clock.EventType;
import org.accordo.core.policy.TicketStatus;

/**
 * What opened a segment of a clock's timeline, in parts a document can word in any language: the
 * clock engine writes it as one English line ({@code "e2: agent_replied, status in_progress"}).
 *
 * @param kind which of the engine's shapes the line has
 * @param event the event that opened the segment (for {@link Kind#EVENT} and {@link
 *     Kind#EXCLUSION_ENDED}: the event whose status the clock went back to)
 * @param status the ticket's status after that event
 * @param reason the exclusion's reason, for {@link Kind#EXCLUSION}
 */
public record TimelineCause(
    Kind kind, Optional<EventType> event, Optional<TicketStatus> status, Optional<String> reason) {

  /** The shapes of the engine's line. */
  public enum Kind {
    /** {@code <event id>: <type>, status <status>}. */
    EVENT,
    /** {@code <event id>: excluded (<reason>)}: an interval taken out of the SLA. */
    EXCLUSION,
    /** {@code end of <event id> excluded; <event id>: <type>, status <status>}. */
    EXCLUSION_ENDED,
    /** A line of another shape: print it as it is. */
    OTHER
  }

  private static final Pattern EXCLUDED = Pattern.compile("^.+?: excluded \\((.*)\\)$");
  private static final Pattern EVENT =
      Pattern.compile("^(end of .+? excluded; )?.+: ([a-z_]+), status ([a-z_]+)$");

  public TimelineCause {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(event, "event");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(reason, "reason");
  }

  /** The parts of the engine's {@code why}; {@link Kind#OTHER} when it has none of its shapes. */
  public static TimelineCause of(String why) {
    Matcher excluded = EXCLUDED.matcher(why);
    if (excluded.matches()) {
      return new TimelineCause(
          Kind.EXCLUSION,
          Optional.of(EventType.EXCLUDED),
          Optional.empty(),
          Optional.of(excluded.group(1)));
    }
    Matcher event = EVENT.matcher(why);
    if (event.matches()) {
      Optional<EventType> type = EventType.fromId(event.group(2));
      Optional<TicketStatus> status = TicketStatus.fromId(event.group(3));
      if (type.isPresent() && status.isPresent()) {
        return new TimelineCause(
            event.group(1) == null ? Kind.EVENT : Kind.EXCLUSION_ENDED,
            type,
            status,
            Optional.empty());
      }
    }
    return new TimelineCause(Kind.OTHER, Optional.empty(), Optional.empty(), Optional.empty());
  }
}
