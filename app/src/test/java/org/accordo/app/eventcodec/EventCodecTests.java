package org.accordo.app.eventcodec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.accordo.core.clock.EventType;
import org.accordo.core.clock.ReplyVisibility;
import org.accordo.core.clock.TicketEvent;
import org.accordo.core.policy.Metric;
import org.accordo.core.policy.TicketStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The one event vocabulary: the same fields give the same core event, and every problem names its
 * field.
 */
class EventCodecTests {

  /** A problem as "field: message", so the tests see which field was named. */
  static final class Problem extends RuntimeException {
    Problem(String field, String message) {
      super(field + ": " + message);
    }
  }

  private static final EventCodec.Problems PROBLEMS = Problem::new;
  private static final Instant AT = Instant.parse("2026-03-02T09:00:00Z");

  @Test
  void mapsEachTypeWithItsPayloadToTheCoreEvent() {
    assertThat(core(EventType.CREATED, fields("P1", null, null, null, null, null, null)))
        .isEqualTo(TicketEvent.created("T-1", "e1", AT, "P1"));
    assertThat(
            core(
                EventType.STATUS_CHANGED,
                fields(null, "waiting_customer", null, null, null, null, null)))
        .isEqualTo(TicketEvent.statusChanged("T-1", "e1", AT, TicketStatus.WAITING_CUSTOMER));
    assertThat(core(EventType.AGENT_REPLIED, fields(null, null, false, null, null, null, null)))
        .isEqualTo(TicketEvent.agentReplied("T-1", "e1", AT, ReplyVisibility.INTERNAL));
    TicketEvent excluded =
        core(
            EventType.EXCLUDED,
            fields(
                null,
                null,
                null,
                "2026-03-02T10:00:00+01:00",
                "2026-03-02T10:00:00Z",
                "provider outage",
                List.of("resolution", "first_response")));
    assertThat(excluded.exclusion().from()).isEqualTo(AT);
    assertThat(excluded.exclusion().to()).isEqualTo(Instant.parse("2026-03-02T10:00:00Z"));
    assertThat(excluded.exclusion().metrics())
        .isEqualTo(Set.of(Metric.RESOLUTION, Metric.FIRST_RESPONSE));
    assertThat(core(EventType.CANCELLED, fields(null, null, null, null, null, null, null)))
        .isEqualTo(TicketEvent.of("T-1", "e1", EventType.CANCELLED, AT));
  }

  @Test
  void aStoredPayloadMapsToTheSameCoreEventAsTheFieldsItCameFrom() {
    EventFields written =
        fields(
            null,
            null,
            null,
            "2026-03-02T09:00:00Z",
            "2026-03-02T09:30:00Z",
            "r",
            List.of("resolution"));
    EventPayload payload = EventCodec.payload(EventType.EXCLUDED, written, PROBLEMS);
    EventPayload stored =
        new EventPayload(
            null,
            null,
            null,
            payload.from(),
            payload.to(),
            payload.reason(),
            EventCodec.metricsOfColumn(EventCodec.metricsColumn(payload.metrics())));

    assertThat(EventCodec.toCore("T-1", "e1", EventType.EXCLUDED, AT, stored))
        .isEqualTo(EventCodec.toCore("T-1", "e1", EventType.EXCLUDED, AT, payload));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # problem                       | type             | priority | status | public | from                 | to                   | reason | metrics                      | message
          a field of another type         | status_changed   | P1       | closed |        |                      |                      |        |                              | priority: does not belong to a status_changed event
          a required field left out       | agent_replied    |          |        |        |                      |                      |        |                              | public: is required for an agent_replied event
          an unknown status               | status_changed   |          | done   |        |                      |                      |        |                              | status: unknown status 'done'
          an instant without offset       | excluded         |          |        |        | 2026-03-02T09:00:00  | 2026-03-02T10:00:00Z | r      |                              | from: '2026-03-02T09:00:00' is not an instant
          an exclusion ending at its start | excluded        |          |        |        | 2026-03-02T09:00:00Z | 2026-03-02T09:00:00Z | r      |                              | to: must be after from
          an unknown metric               | excluded         |          |        |        | 2026-03-02T09:00:00Z | 2026-03-02T10:00:00Z | r      | resolution;first_respnse     | metrics[1]: unknown metric 'first_respnse'
          a metric named twice            | excluded         |          |        |        | 2026-03-02T09:00:00Z | 2026-03-02T10:00:00Z | r      | resolution;resolution        | metrics[1]: names resolution twice
          """)
  void namesTheFieldOfEveryProblem(
      String problem,
      String type,
      String priority,
      String status,
      Boolean isPublic,
      String from,
      String to,
      String reason,
      String metrics,
      String message) {
    EventFields fields =
        fields(
            priority,
            status,
            isPublic,
            from,
            to,
            reason,
            metrics == null ? null : List.of(metrics.split(";")));

    assertThatThrownBy(() -> EventCodec.payload(EventCodec.type(type, PROBLEMS), fields, PROBLEMS))
        .isInstanceOf(Problem.class)
        .hasMessageStartingWith(message);
  }

  @Test
  void namesAnUnknownTypeAndAnEmptyListOfMetrics() {
    assertThatThrownBy(() -> EventCodec.type("reopened", PROBLEMS))
        .hasMessageStartingWith("type: unknown type 'reopened'; use one of");
    assertThatThrownBy(
            () ->
                EventCodec.payload(
                    EventType.EXCLUDED,
                    fields(
                        null,
                        null,
                        null,
                        "2026-03-02T09:00:00Z",
                        "2026-03-02T10:00:00Z",
                        "r",
                        List.of()),
                    PROBLEMS))
        .hasMessage("metrics: must name at least one metric, or be left out to mean all");
  }

  @Test
  void readsACompactUtcInstantAsAnyOtherOffsetDateTime() {
    assertThat(EventCodec.instant("2026-03-02T09:00:00Z", "at", PROBLEMS)).isEqualTo(AT);
    assertThat(EventCodec.instant("2026-03-02T10:00:00.000+01:00", "at", PROBLEMS)).isEqualTo(AT);
    assertThatThrownBy(() -> EventCodec.instant("2026-02-30T09:00:00Z", "at", PROBLEMS))
        .hasMessageStartingWith("at: '2026-02-30T09:00:00Z' is not an instant");
  }

  private static TicketEvent core(EventType type, EventFields fields) {
    return EventCodec.toCore("T-1", "e1", type, AT, EventCodec.payload(type, fields, PROBLEMS));
  }

  private static EventFields fields(
      String priority,
      String status,
      Boolean isPublic,
      String from,
      String to,
      String reason,
      List<String> metrics) {
    return new EventFields(priority, status, isPublic, from, to, reason, metrics);
  }
}
