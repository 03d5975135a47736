package org.accordo.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.accordo.core.calendar.BusinessCalendar;
import org.accordo.core.clock.ClockEngine;
import org.accordo.core.clock.TicketEvent;
import org.accordo.core.contract.Contract;
import org.accordo.core.contract.ContractLoader;
import org.accordo.core.contract.ContractSla;
import org.accordo.core.policy.Metric;
import org.accordo.core.policy.MetricTarget;
import org.accordo.core.policy.PriorityChangeRule;
import org.accordo.core.policy.ReopenRule;
import org.accordo.core.policy.SlaPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.json.JsonMapper;

/**
 * Chunks folded on several threads come out as one array, in ticket order, whatever the chunk size.
 */
class ParallelReplayTests {

  private static final Instant NOW = Instant.parse("2026-11-20T10:17:00Z");

  private static String replay(ClockEngine engine, List<List<TicketEvent>> histories, int chunk) {
    StringWriter out = new StringWriter();
    ParallelReplay.writeJson(out, engine, histories, NOW, chunk);
    return out.toString();
  }

  private static List<List<TicketEvent>> goldenHistories() throws IOException {
    Map<String, List<TicketEvent>> byTicket = new TreeMap<>();
    try (Reader events =
        Files.newBufferedReader(Path.of(CliRun.resource("golden/clocks-bianchi.events.jsonl")))) {
      EventsJsonl.forEach(
          events, e -> byTicket.computeIfAbsent(e.ticket(), t -> new ArrayList<>()).add(e));
    }
    return new ArrayList<>(byTicket.values());
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 7, 64})
  void anyChunkSizeGivesTheOutputOfOneChunk(int chunk) throws IOException {
    Contract contract =
        ContractLoader.load(
                Files.readString(Path.of(CliRun.resource("examples/contract-bianchi.yaml"))),
                "c.yaml")
            .orThrow();
    SlaPolicy policy =
        contract.slas().stream()
            .map(ContractSla::policy)
            .filter(p -> p.id().equals("service-desk"))
            .findFirst()
            .orElseThrow();
    ClockEngine engine =
        new ClockEngine(policy, contract.calendars(), Set.copyOf(contract.priorityIds()));
    List<List<TicketEvent>> histories = goldenHistories();
    String whole = replay(engine, histories, histories.size());
    assertThat(JsonMapper.builder().build().readTree(whole).size()).isEqualTo(379);
    assertThat(replay(engine, histories, chunk)).isEqualTo(whole);
  }

  @Test
  void chunksWithoutResultsBeforeTheFirstResultLeaveNoStrayComma() {
    SlaPolicy onlyP1 =
        new SlaPolicy(
            "p1",
            List.of(),
            Map.of(
                Metric.RESOLUTION, Map.of("P1", new MetricTarget(Duration.ofHours(4), "always"))),
            Map.of(),
            PriorityChangeRule.RETROACTIVE,
            ReopenRule.RESUME,
            List.of());
    ClockEngine engine =
        new ClockEngine(
            onlyP1, Map.of("always", BusinessCalendar.twentyFourSeven()), Set.of("P1", "P2"));
    Instant at = Instant.parse("2026-11-20T09:00:00Z");
    List<List<TicketEvent>> histories =
        List.of(
            List.of(TicketEvent.created("A", "a1", at, "P2")), // no target at P2: no result
            List.of(TicketEvent.created("B", "b1", at, "P2")),
            List.of(TicketEvent.created("C", "c1", at, "P1")));
    String out = replay(engine, histories, 1);
    assertThat(out).startsWith("[\n{\"ticket\":\"C\"").endsWith("}\n]\n");
    assertThat(replay(engine, histories.subList(0, 2), 1)).isEqualTo("[]\n");
  }
}
