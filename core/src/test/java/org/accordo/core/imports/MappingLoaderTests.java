package org.accordo.core.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.util.Optional;
import org.accordo.core.yaml.YamlProblem;
import org.junit.jupiter.api.Test;

class MappingLoaderTests {

  @Test
  void loadsColumnsRulesStatusesAndPriorities() {
    ImportMapping mapping = ImportFixtures.mapping();

    assertThat(mapping.source()).isEqualTo("test-psa");
    assertThat(mapping.zone()).isEqualTo(ZoneId.of("Europe/Rome"));
    assertThat(mapping.localTimes()).isEqualTo(LocalTimeRule.SHIFT_GAP_EARLIER_OVERLAP);
    assertThat(mapping.tickets().firstResponse()).contains("responded");
    assertThat(mapping.history().orElseThrow().rules()).hasSize(4);
    // names are compared without case and blanks
    assertThat(mapping.status("  waiting   CUSTOMER ").flatMap(MappedValue::target))
        .contains(StatusTarget.WAITING_CUSTOMER);
    assertThat(mapping.priority("URGENT").flatMap(MappedValue::target)).contains("P1");
  }

  @Test
  void anEmptyStatusIsLoadedUnmappedForTheLinterToReport() {
    ImportMapping mapping =
        MappingLoader.load(
                """
                mapping: { source: x, time_zone: UTC }
                tickets: { id: id, priority: p, created: c, resolved: r }
                statuses:
                  Waiting Vendor:
                """,
                "m.yaml")
            .orThrow();

    assertThat(mapping.status("Waiting Vendor").orElseThrow().target()).isEmpty();
    assertThat(mapping.status("Waiting Vendor").orElseThrow().location().line()).isEqualTo(4);
  }

  @Test
  void reportsEveryProblemWithItsLineAndColumn() {
    MappingLoad load =
        MappingLoader.load(
            """
            mapping:
              source: Not A Source
              time_zone: Mars/Olympus
              local_times: later
              timestamp_formats: ["yyyy-MM-dd ppp"]
            tickets: { id: id, created: c, colour: red }
            history:
              ticket: t
              at: a
              rows:
                - when: { kind: x }
                  event: telepathy
                - status: { column: text, pattern: "to (" }
                - when: { kind: y }
            statuses:
              New: fresh
              new: new
            """,
            "bad.yaml");

    assertThat(load.mapping()).isEmpty();
    assertThat(load.problems())
        .extracting(YamlProblem::toString)
        .containsExactlyInAnyOrder(
            "bad.yaml:2:11: mapping.source 'Not A Source' must be 1 to 32 of a-z 0-9 _ -",
            "bad.yaml:3:14: mapping.time_zone 'Mars/Olympus' is not a time zone; write an IANA id"
                + " such as Europe/Rome",
            "bad.yaml:4:16: mapping.local_times 'later' is not a rule; write"
                + " shift_gap_earlier_overlap or refuse",
            "bad.yaml:5:3: mapping.timestamp_formats: 'yyyy-MM-dd ppp' is not a java.time pattern:"
                + " Pad letter 'p' must be followed by valid pad pattern: yyyy-MM-dd ppp",
            "bad.yaml:6:32: unknown key 'colour' in tickets; expected one of [closed, created,"
                + " first_response, id, priority, resolved, service, status, subject, updated]",
            "bad.yaml:6:1: tickets needs 'priority'",
            "bad.yaml:12:14: history.rows[0].event 'telepathy' is not an event; use one of"
                + " agent_reply, internal_note, customer_reply, plan, cancelled",
            "bad.yaml:13:40: history.rows[1].status.pattern 'to (' is not a regular expression:"
                + " Unclosed group",
            "bad.yaml:14:7: history.rows[2] needs exactly one of status, priority or event (found"
                + " none)",
            "bad.yaml:16:8: statuses.New: 'fresh' is not an Accordo status; use one of new, open,"
                + " in_progress, waiting_customer, waiting_third_party, on_hold, resolved, closed,"
                + " cancelled",
            "bad.yaml:17:8: 'new' is named twice (names are compared without case and surrounding"
                + " blanks)");
  }

  @Test
  void everyPresetLoads() {
    for (String name : Presets.NAMES) {
      assertThat(Presets.mapping(name)).as(name).isPresent();
    }
    assertThat(Presets.text("no-such-psa")).isEqualTo(Optional.empty());
  }
}
