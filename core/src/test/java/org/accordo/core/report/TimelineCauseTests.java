package org.accordo.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.accordo.core.clock.EventType;
import org.accordo.core.policy.TicketStatus;
import org.accordo.core.report.TimelineCause.Kind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TimelineCauseTests {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      textBlock =
          """
          # an event and the status after it
          T1-e2: agent_replied, status in_progress                   | EVENT           | agent_replied | in_progress | -
          # an event id with a colon and a space in it
          INC: 7: status_changed, status waiting_customer            | EVENT           | status_changed | waiting_customer | -
          # an exclusion, its reason in brackets (with brackets of its own)
          T1-e6: excluded (power cut (site B))                       | EXCLUSION       | excluded      | -           | power cut (site B)
          # counting again after an exclusion ended
          end of T1-e6 excluded; T1-e2: agent_replied, status new    | EXCLUSION_ENDED | agent_replied | new         | -
          # an unknown event type is not guessed at
          T1-e9: escalated, status open                              | OTHER           | -             | -           | -
          # a line of no known shape
          clock started                                              | OTHER           | -             | -           | -
          """,
      commentCharacter = '#')
  void readsTheEnginesWordsIntoParts(
      String why, Kind kind, String event, String status, String reason) {
    TimelineCause cause = TimelineCause.of(why);

    assertThat(cause.kind()).isEqualTo(kind);
    assertThat(cause.event()).isEqualTo(Optional.ofNullable(event).flatMap(EventType::fromId));
    assertThat(cause.status()).isEqualTo(Optional.ofNullable(status).flatMap(TicketStatus::fromId));
    assertThat(cause.reason()).isEqualTo(Optional.ofNullable(reason));
  }
}
