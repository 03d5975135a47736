package org.accordo.app.clocks;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.accordo.core.clock.ClockResult;
import org.accordo.core.escalation.EscalationCrossing;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * A clock result as its stored row: the engine's numbers as they are, its escalation crossings and
 * timeline as JSON arrays (what the API shows of them, as stored).
 */
@Component
class ClockRows {

  private final JsonMapper json;

  ClockRows(JsonMapper json) {
    this.json = json;
  }

  /**
   * @param nextCheckAt when the scheduler computes it again, or null
   * @param now when it was computed
   */
  StoredClock row(String customerId, ClockResult r, Instant nextCheckAt, Instant now) {
    return new StoredClock(
        r.ticket(),
        r.metric(),
        r.cycle(),
        customerId,
        r.priority(),
        r.calendar(),
        r.state(),
        r.startedAt(),
        r.stoppedAt(),
        r.dueAt(),
        r.breachedAt(),
        r.targetSeconds(),
        r.elapsedSeconds(),
        r.pausedSeconds(),
        r.remainingSeconds(),
        nextCheckAt,
        now,
        json.writeValueAsString(crossings(r)),
        json.writeValueAsString(timeline(r)));
  }

  /** Each crossing as {@code {at_fraction, level, crossed_at, expected_at}}. */
  private static List<Map<String, Object>> crossings(ClockResult r) {
    List<Map<String, Object>> crossings = new ArrayList<>();
    for (EscalationCrossing c : r.escalations()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("at_fraction", c.atFraction());
      m.put("level", c.level());
      m.put("crossed_at", c.crossedAt() == null ? null : c.crossedAt().toString());
      m.put("expected_at", c.expectedAt() == null ? null : c.expectedAt().toString());
      crossings.add(m);
    }
    return crossings;
  }

  /** Each span as {@code {from, to, counting, why}}. */
  private static List<Map<String, Object>> timeline(ClockResult r) {
    List<Map<String, Object>> timeline = new ArrayList<>();
    r.timeline()
        .forEach(
            s -> {
              Map<String, Object> m = new LinkedHashMap<>();
              m.put("from", s.from().toString());
              m.put("to", s.to().toString());
              m.put("counting", s.counting());
              m.put("why", s.why());
              timeline.add(m);
            });
    return timeline;
  }
}
