package org.accordo.core.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.accordo.core.yaml.YamlNodes;
import org.accordo.core.yaml.YamlProblems;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.yaml.snakeyaml.nodes.Node;

/** Reading the ticket part of one slas: entry, as the contract loader asks for it. */
class SlaPolicyYamlTests {

  private static Optional<SlaPolicy> parse(String yaml, YamlProblems problems) {
    Node node = YamlNodes.compose(new StringReader(yaml), problems).orElseThrow();
    return SlaPolicyYaml.parse(node, problems, "slas[0]");
  }

  /** The entries under {@code slas:} of the reference contract. */
  private static List<Node> referenceSlas(YamlProblems problems) throws IOException {
    try (Reader reader =
        new InputStreamReader(
            SlaPolicyYamlTests.class.getResourceAsStream("/examples/contract-bianchi.yaml"),
            StandardCharsets.UTF_8)) {
      Node root = YamlNodes.compose(reader, problems).orElseThrow();
      return YamlNodes.sequence(
          YamlNodes.mapping(root, problems, "contract", Set.of()).get("slas"), problems, "slas");
    }
  }

  @Test
  void readsTheServiceDeskSlaOfTheReferenceContract() throws IOException {
    YamlProblems problems = new YamlProblems("contract-bianchi.yaml");
    SlaPolicy sla =
        SlaPolicyYaml.parse(referenceSlas(problems).get(0), problems, "slas[0]").orElseThrow();
    assertThat(problems.all()).isEmpty();
    assertThat(sla.id()).isEqualTo("service-desk");
    assertThat(sla.services()).containsExactly("service-desk", "servers");
    assertThat(sla.target(Metric.RESOLUTION, "P2"))
        .contains(new MetricTarget(Duration.ofHours(8), "office"));
    assertThat(sla.target(Metric.FIRST_RESPONSE, "P1"))
        .contains(new MetricTarget(Duration.ofMinutes(30), "always"));
    assertThat(sla.target(Metric.PERIODIC_UPDATE, "P3")).isEmpty();
    assertThat(sla.pausesFor(Metric.RESOLUTION))
        .containsExactlyInAnyOrder(TicketStatus.WAITING_CUSTOMER, TicketStatus.WAITING_THIRD_PARTY);
    assertThat(sla.pausesFor(Metric.FIRST_RESPONSE)).isEmpty();
    assertThat(sla.onPriorityChange()).isEqualTo(PriorityChangeRule.RETROACTIVE);
    assertThat(sla.onReopen()).isEqualTo(ReopenRule.RESUME);
    assertThat(sla.escalation())
        .containsExactly(new EscalationThreshold(0.75, "L1"), new EscalationThreshold(1.0, "L2"));
  }

  @Test
  void toleratesTheAvailabilityPartWhichAnotherReaderOwns() throws IOException {
    YamlProblems problems = new YamlProblems("contract-bianchi.yaml");
    SlaPolicy sla =
        SlaPolicyYaml.parse(referenceSlas(problems).get(1), problems, "slas[1]").orElseThrow();
    assertThat(problems.all()).isEmpty();
    assertThat(sla.id()).isEqualTo("availability");
    assertThat(sla.measuresTickets()).isFalse();
  }

  @Test
  void defaultsApplyWhenRulesAreNotWritten() {
    YamlProblems problems = new YamlProblems("test");
    SlaPolicy sla =
        parse(
                "id: x\nmetrics:\n  resolution:\n    P1: { target: 4h, calendar: always }\n",
                problems)
            .orElseThrow();
    assertThat(problems.all()).isEmpty();
    assertThat(sla.onPriorityChange()).isEqualTo(PriorityChangeRule.RETROACTIVE);
    assertThat(sla.onReopen()).isEqualTo(ReopenRule.RESUME);
    assertThat(sla.pausesFor(Metric.RESOLUTION)).containsExactly(TicketStatus.WAITING_CUSTOMER);
    assertThat(sla.escalation()).isEmpty();
  }

  @Test
  void readsRestartRulesAndPercentThresholds() {
    YamlProblems problems = new YamlProblems("test");
    SlaPolicy sla =
        parse(
                """
        id: x
        on_priority_change: restart
        on_reopen: restart
        escalation: [{ at: 50%, level: L1 }, { at: 1.5, level: L3 }]
        """,
                problems)
            .orElseThrow();
    assertThat(sla.onPriorityChange()).isEqualTo(PriorityChangeRule.RESTART);
    assertThat(sla.onReopen()).isEqualTo(ReopenRule.RESTART);
    assertThat(sla.escalation())
        .containsExactly(new EscalationThreshold(0.5, "L1"), new EscalationThreshold(1.5, "L3"));
  }

  static Stream<Arguments> invalidEntries() {
    return Stream.of(
        // a key nobody reads is a typo
        Arguments.of("id: x\npause: {}\n", "2:1", "unknown key 'pause' in slas[0]"),
        // an unknown metric, at its key (not at its value on the line below)
        Arguments.of(
            "id: x\nmetrics:\n  response:\n    P1: { target: 4h, calendar: always }\n",
            "3:3",
            "unknown metric 'response'"),
        // an unknown metric in pause_on, at its key
        Arguments.of(
            "id: x\npause_on:\n  resolutoin:\n    - waiting_customer\n",
            "3:3",
            "unknown metric 'resolutoin'"),
        // a target that is not a duration
        Arguments.of(
            "id: x\nmetrics:\n  resolution:\n    P1: { target: soon, calendar: always }\n",
            "4:19",
            "slas[0].metrics.resolution.P1.target 'soon' is not a duration"),
        // a target without calendar, at the key of the target's mapping
        Arguments.of(
            "id: x\nmetrics:\n  resolution:\n    P1: { target: 4h }\n",
            "4:5",
            "slas[0].metrics.resolution.P1 needs 'calendar'"),
        // an unknown status in pause_on
        Arguments.of(
            "id: x\npause_on:\n  resolution: [sleeping]\n",
            "3:16",
            "'sleeping' in slas[0].pause_on.resolution is not a status"),
        // resolved cannot pause a clock: it stops it
        Arguments.of(
            "id: x\npause_on:\n  resolution: [resolved]\n",
            "3:16",
            "'resolved' in slas[0].pause_on.resolution is not a status"),
        // an unknown rule
        Arguments.of(
            "id: x\non_reopen: forget\n",
            "2:12",
            "slas[0].on_reopen 'forget' is not one of [resume, restart]"),
        // thresholds must ascend
        Arguments.of(
            "id: x\nescalation: [{ at: 0.9, level: L1 }, { at: 0.5, level: L2 }]\n",
            "2:38",
            "slas[0].escalation[1].at must be greater than the threshold before it"),
        // a threshold of zero
        Arguments.of(
            "id: x\nescalation: [{ at: 0, level: L1 }]\n",
            "2:20",
            "slas[0].escalation[0].at '0' must be greater than zero"),
        // no id
        Arguments.of("services: [a]\n", "1:1", "slas[0] needs 'id'"));
  }

  @ParameterizedTest
  @MethodSource("invalidEntries")
  void reportsEachProblemAtItsPlace(String yaml, String lineColumn, String message) {
    YamlProblems problems = new YamlProblems("test");
    assertThat(parse(yaml, problems)).isEmpty();
    assertThat(problems.all())
        .anySatisfy(
            p -> {
              assertThat(p.line() + ":" + p.column()).isEqualTo(lineColumn);
              assertThat(p.message()).contains(message);
            });
  }
}
