package org.accordo.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code accordo clock replay} and {@code explain}: output formats and refusals of bad input. */
class ClockCommandTests {

  @TempDir Path dir;

  private CliRun replay(String events, String... more) throws IOException {
    Path file = dir.resolve("events.jsonl");
    Files.writeString(file, events);
    String[] base = {
      "clock",
      "replay",
      "--contract",
      CliRun.resource("examples/contract-bianchi.yaml"),
      "--sla",
      "service-desk",
      "--events",
      file.toString(),
      "--now",
      "2026-02-03T12:00:00Z"
    };
    String[] args = Stream.concat(Stream.of(base), Stream.of(more)).toArray(String[]::new);
    return CliRun.of(args);
  }

  private static final String TICKET =
      """
      {"ticket":"T-1","id":"e1","type":"created","at":"2026-02-02T09:00:00Z","priority":"P2"}
      {"ticket":"T-1","id":"e2","type":"status_changed","at":"2026-02-02T10:00:00Z","status":"waiting_customer"}
      {"ticket":"T-1","id":"e3","type":"agent_replied","at":"2026-02-02T10:30:00Z","public":true}
      """;

  @Test
  void replayPrintsSnakeCaseResultsWithTimelines() throws IOException {
    CliRun run = replay(TICKET);
    assertThat(run.exitCode()).isZero();
    // first response: 09:00Z is 10:00 in Rome; the public reply at 10:30Z (11:30 local) came after
    // 90 min
    assertThat(run.out())
        .contains(
            "\"ticket\":\"T-1\",\"metric\":\"first_response\",\"cycle\":1,\"priority\":\"P2\","
                + "\"calendar\":\"office\",\"state\":\"met\",\"started_at\":\"2026-02-02T09:00:00Z\",\"stopped_at\":\"2026-02-02T10:30:00Z\"");
    assertThat(run.out()).contains("\"elapsed_seconds\":5400");
    assertThat(run.out())
        .contains(
            "{\"from\":\"2026-02-02T10:00:00Z\",\"to\":\"2026-02-03T12:00:00Z\",\"counting\":false,"
                + "\"why\":\"e2: status_changed, status waiting_customer\"}");
    assertThat(run.out()).startsWith("[\n{").endsWith("}\n]\n");
  }

  @Test
  void replayPrintsATableOnRequest() throws IOException {
    CliRun run = replay(TICKET, "--format", "table");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out().lines().findFirst().orElseThrow())
        .startsWith("TICKET")
        .contains("STATE", "DUE", "REMAINING");
    assertThat(run.out()).containsPattern("T-1 +first_response +1 +P2 +met ");
    assertThat(run.out()).containsPattern("T-1 +resolution +1 +P2 +paused ");
  }

  @Test
  void replayWritesTheSameJsonToAFileOnRequest() throws IOException {
    Path file = dir.resolve("clocks.json");
    CliRun toFile = replay(TICKET, "--output", file.toString());
    assertThat(toFile.exitCode()).isZero();
    assertThat(toFile.out()).isEmpty();
    assertThat(Files.readString(file)).isEqualTo(replay(TICKET).out());
  }

  @Test
  void emptyEventsGiveAnEmptyArray() throws IOException {
    CliRun run = replay("\n");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEqualTo("[]\n");
  }

  static Stream<Arguments> badLines() {
    String created =
        "{\"ticket\":\"T-1\",\"id\":\"e1\",\"type\":\"created\",\"at\":\"2026-02-02T09:00:00Z\",\"priority\":\"P2\"}\n";
    return Stream.of(
        // not JSON at all
        Arguments.of(created + "hello\n", "accordo: line 2: not valid JSON"),
        // two events on one line
        Arguments.of(created.strip() + created, "accordo: line 1: one JSON object per line"),
        // an event spread over two lines
        Arguments.of(
            created.replace(",\"type\"", ",\n\"type\""),
            "accordo: line 1: an event must be written on one line"),
        // a list, not an object, on line 3 after a blank line
        Arguments.of(created + "\n[1]\n", "accordo: line 3: an event must be a JSON object"),
        // a field missing
        Arguments.of(
            "{\"ticket\":\"T-1\",\"type\":\"created\",\"at\":\"2026-02-02T09:00:00Z\",\"priority\":\"P2\"}\n",
            "accordo: line 1: 'id' is missing"),
        // an unknown type
        Arguments.of(
            created
                + "{\"ticket\":\"T-1\",\"id\":\"e2\",\"type\":\"reopened\",\"at\":\"2026-02-02T09:00:00Z\"}\n",
            "accordo: line 2: ticket T-1, event e2: type: unknown type 'reopened'"),
        // an unknown status
        Arguments.of(
            created
                + "{\"ticket\":\"T-1\",\"id\":\"e2\",\"type\":\"status_changed\",\"at\":\"2026-02-02T09:00:00Z\",\"status\":\"done\"}\n",
            "accordo: line 2: ticket T-1, event e2: status: unknown status 'done'"),
        // a bad instant
        Arguments.of(
            "{\"ticket\":\"T-1\",\"id\":\"e1\",\"type\":\"created\",\"at\":\"2026-02-30T09:00:00Z\",\"priority\":\"P2\"}\n",
            "accordo: line 1: ticket T-1, event e1: at: '2026-02-30T09:00:00Z' is not an instant"),
        // public must be a boolean
        Arguments.of(
            created
                + "{\"ticket\":\"T-1\",\"id\":\"e2\",\"type\":\"agent_replied\",\"at\":\"2026-02-02T09:30:00Z\",\"public\":\"yes\"}\n",
            "accordo: line 2: 'public' must be true or false"),
        // an exclusion without reason
        Arguments.of(
            created
                + "{\"ticket\":\"T-1\",\"id\":\"e2\",\"type\":\"excluded\",\"at\":\"2026-02-02T09:30:00Z\",\"from\":\"2026-02-02T09:00:00Z\",\"to\":\"2026-02-02T09:10:00Z\"}\n",
            "accordo: line 2: ticket T-1, event e2: reason: is required for an excluded event"),
        // a typo in a field name
        Arguments.of(
            "{\"ticket\":\"T-1\",\"id\":\"e1\",\"type\":\"created\",\"at\":\"2026-02-02T09:00:00Z\",\"prio\":\"P2\"}\n",
            "accordo: line 1: unknown field 'prio'"),
        // a priority the contract does not define: the history is invalid
        Arguments.of(
            "{\"ticket\":\"T-1\",\"id\":\"e1\",\"type\":\"created\",\"at\":\"2026-02-02T09:00:00Z\",\"priority\":\"P9\"}\n",
            "accordo: ticket T-1, event e1: priority 'P9' is not defined by the contract"),
        // two created events
        Arguments.of(
            created + created.replace("e1", "e2"),
            "accordo: ticket T-1, event e2: a second created event"),
        // an event later than now
        Arguments.of(
            created.replace("2026-02-02", "2026-02-04"),
            "accordo: ticket T-1, event e1: dated 2026-02-04T09:00:00Z, later than now"));
  }

  @ParameterizedTest
  @MethodSource("badLines")
  void badInputStopsWithExitCode2AndPrintsNothingElse(String events, String error)
      throws IOException {
    CliRun run = replay(events);
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).startsWith(error);
    assertThat(run.out()).isEmpty();
  }

  @Test
  void unknownSlaIsNamed() throws IOException {
    Path file = dir.resolve("e.jsonl");
    Files.writeString(file, TICKET);
    CliRun run =
        CliRun.of(
            "clock",
            "replay",
            "--contract",
            CliRun.resource("examples/contract-bianchi.yaml"),
            "--sla",
            "gold",
            "--events",
            file.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .isEqualTo(
            "accordo: the contract has no SLA 'gold'; it has [service-desk, availability]\n");
  }

  @Test
  void explainTellsTheStoryOfOneTicket() throws IOException {
    Path file = dir.resolve("e.jsonl");
    Files.writeString(file, TICKET);
    CliRun run =
        CliRun.of(
            "clock",
            "explain",
            "--contract",
            CliRun.resource("examples/contract-bianchi.yaml"),
            "--sla",
            "service-desk",
            "--events",
            file.toString(),
            "--now",
            "2026-02-03T12:00:00Z",
            "--ticket",
            "T-1");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains(
            "Ticket T-1 under SLA service-desk, as of 2026-02-03T12:00:00Z: 3 clocks.",
            "first_response, cycle 1, priority P2: target 2h00m of calendar 'office'. State: met.",
            "Started 2026-02-02T09:00:00Z.",
            "2026-02-02T09:00:00Z to 2026-02-02T10:00:00Z counting (e1: created, status new).",
            "resolution, cycle 1, priority P2: target 8h00m of calendar 'office'. State: paused.",
            "2026-02-02T10:00:00Z to 2026-02-03T12:00:00Z not counting (e2: status_changed, status waiting_customer).",
            "No due instant while paused: the remaining time is frozen.",
            "Would have been due 2026-02-02T11:00:00Z."); // 30 min left after 11:30 local
  }

  @Test
  void explainRefusesATicketWithoutEvents() throws IOException {
    Path file = dir.resolve("e.jsonl");
    Files.writeString(file, TICKET);
    CliRun run =
        CliRun.of(
            "clock",
            "explain",
            "--contract",
            CliRun.resource("examples/contract-bianchi.yaml"),
            "--sla",
            "service-desk",
            "--events",
            file.toString(),
            "--now",
            "2026-02-03T12:00:00Z",
            "--ticket",
            "T-9");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).isEqualTo("accordo: ticket T-9 has no events in " + file + "\n");
  }

  @Test
  void invalidContractIsRefusedWithItsProblems() throws IOException {
    Path contract = dir.resolve("bad.yaml");
    Files.writeString(contract, "slas: [\n");
    Path events = dir.resolve("e.jsonl");
    Files.writeString(events, TICKET);
    CliRun run =
        CliRun.of(
            "clock",
            "replay",
            "--contract",
            contract.toString(),
            "--sla",
            "x",
            "--events",
            events.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).startsWith("accordo: " + contract + ":").contains("YAML syntax");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void explainShowsTheClosedHoursInsideACountingStretch() throws IOException {
    Path file = dir.resolve("e.jsonl");
    Files.writeString(
        file,
        "{\"ticket\":\"T-2\",\"id\":\"e1\",\"type\":\"created\",\"at\":\"2026-02-02T11:30:00Z\",\"priority\":\"P3\"}\n");
    CliRun run =
        CliRun.of(
            "clock",
            "explain",
            "--contract",
            CliRun.resource("examples/contract-bianchi.yaml"),
            "--sla",
            "service-desk",
            "--events",
            file.toString(),
            "--now",
            "2026-02-02T13:30:00Z",
            "--ticket",
            "T-2");
    // 12:30-13:00 local open, lunch 13:00-14:00 closed, 14:00-14:30 open
    assertThat(run.out())
        .contains(
            "outside business hours 2026-02-02T12:00:00Z to 2026-02-02T13:00:00Z: not counted.");
    assertThat(run.out()).contains("Counted 1h00m");
  }
}
