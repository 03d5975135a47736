package org.accordo.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The 150 reference tickets of {@code golden/clocks-bianchi.*}, replayed through the CLI and
 * compared field by field (all but the timeline) with the independent implementation's results, as
 * they are: every result, no exception list (SLA semantics §2–3 and the rulings of §6).
 */
class ClockReplayGoldenTests {

  private static final String NOW = "2026-11-20T10:17:00Z";
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static Map<String, JsonNode> expected;
  private static Map<String, JsonNode> actual;

  @BeforeAll
  static void replay() throws IOException {
    CliRun run =
        CliRun.of(
            "clock",
            "replay",
            "--contract",
            CliRun.resource("examples/contract-bianchi.yaml"),
            "--sla",
            "service-desk",
            "--events",
            CliRun.resource("golden/clocks-bianchi.events.jsonl"),
            "--now",
            NOW);
    assertThat(run.err()).isEmpty();
    assertThat(run.exitCode()).isZero();
    actual = byKey(JSON.readTree(run.out()));
    expected =
        byKey(
            JSON.readTree(
                Files.readString(Path.of(CliRun.resource("golden/clocks-bianchi.expected.json")))));
  }

  private static Map<String, JsonNode> byKey(JsonNode array) {
    Map<String, JsonNode> results = new LinkedHashMap<>();
    for (JsonNode r : array) {
      JsonNode withoutTimeline = r.deepCopy();
      ((ObjectNode) withoutTimeline).remove("timeline");
      results.put(
          r.get("ticket").asString()
              + " "
              + r.get("metric").asString()
              + " "
              + r.get("cycle").asInt(),
          withoutTimeline);
    }
    return results;
  }

  @Test
  void givesExactlyTheReferenceResults() {
    assertThat(expected).hasSize(379);
    assertThat(actual.keySet()).containsExactlyInAnyOrderElementsOf(expected.keySet());
  }

  @Test
  void everyResultMatchesTheReferenceOnEveryFieldButTheTimeline() {
    expected.forEach((key, reference) -> assertThat(actual.get(key)).as(key).isEqualTo(reference));
  }

  @Test
  void resultsComeOrderedByTicketMetricAndCycle() {
    assertThat(new ArrayList<>(actual.keySet())).isEqualTo(new ArrayList<>(expected.keySet()));
  }

  @Test
  void updateCyclesRunningAtAResolutionAreReportedStoppedThere() {
    // T00003 was resolved at 17:58:16 with its first update cycle on time: reported met there,
    // no longer dropped
    JsonNode update = actual.get("T00003 periodic_update 1");
    assertThat(update.get("state").asString()).isEqualTo("met");
    assertThat(update.get("stopped_at").asString()).isEqualTo("2026-02-17T17:58:16Z");
  }

  @Test
  void clocksOfACancelledTicketStopAtTheCancellation() {
    // T00005 was cancelled at 22:46:51 while its resolution clock ran: stopped there, not due
    JsonNode resolution = actual.get("T00005 resolution 1");
    assertThat(resolution.get("state").asString()).isEqualTo("cancelled");
    assertThat(resolution.get("stopped_at").asString()).isEqualTo("2026-05-05T22:46:51Z");
    assertThat(resolution.get("due_at").isNull()).isTrue();
  }
}
