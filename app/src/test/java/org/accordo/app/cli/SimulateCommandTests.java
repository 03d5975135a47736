package org.accordo.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.xml.sax.InputSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code accordo simulate} on the core scenario's dozen tickets ({@code simulation/}): the numbers
 * worked out by hand in core's {@code SimulationScenarioTests}, as the command prints them, and
 * every kind of bad input named by its file, line or option.
 */
class SimulateCommandTests {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final String CURRENT = CliRun.resource("simulation/current.yaml");
  private static final String PROPOSED = CliRun.resource("simulation/proposed.yaml");
  private static final String EVENTS = CliRun.resource("simulation/events.jsonl");
  private static final String OUTAGES = CliRun.resource("simulation/outages.csv");

  private static JsonNode simulation;

  private static CliRun simulate(String... more) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "simulate",
                "--events",
                EVENTS,
                "--contract",
                CURRENT,
                "--proposed",
                PROPOSED,
                "--outages",
                OUTAGES,
                "--today",
                "2026-06-01"));
    args.addAll(List.of(more));
    return CliRun.of(args.toArray(String[]::new));
  }

  @BeforeAll
  static void simulateTheScenario() throws Exception {
    CliRun run = simulate("--compliance", "75");
    assertThat(run.exitCode()).as(run.err()).isZero();
    simulation = JSON.readTree(run.out());
  }

  private static JsonNode metric(String metric, String priority) {
    for (JsonNode row : simulation.get("metrics")) {
      if (row.get("metric").asString().equals(metric)
          && row.get("priority").asString().equals(priority)) {
        return row;
      }
    }
    throw new AssertionError("no row " + metric + " " + priority);
  }

  @Test
  void jsonGivesThePeriodTotalsAndTheirDifference() {
    assertThat(simulation.at("/period/from").asString()).isEqualTo("2026-02");
    assertThat(simulation.at("/period/to").asString()).isEqualTo("2026-03");
    assertThat(simulation.at("/period/zone").asString()).isEqualTo("Europe/Rome");
    assertThat(simulation.get("tickets").asInt()).isEqualTo(12);
    assertThat(simulation.get("compliance_goal").decimalValue()).isEqualByComparingTo("0.75");
    assertThat(simulation.at("/totals/current/met").asInt()).isEqualTo(15);
    assertThat(simulation.at("/totals/current/breached").asInt()).isEqualTo(6);
    assertThat(simulation.at("/totals/proposed/met").asInt()).isEqualTo(14);
    assertThat(simulation.at("/totals/proposed/breached").asInt()).isEqualTo(7);
    assertThat(simulation.at("/totals/difference/breached").asInt()).isEqualTo(1);
    assertThat(simulation.at("/totals/current/credits/amount").decimalValue())
        .isEqualByComparingTo("150.00");
    assertThat(simulation.at("/totals/proposed/credits/amount").decimalValue())
        .isEqualByComparingTo("130.00");
    assertThat(simulation.at("/totals/difference/credits/amount").decimalValue())
        .isEqualByComparingTo("-20.00");
    assertThat(simulation.at("/totals/difference/credits/currency").asString()).isEqualTo("EUR");
  }

  @Test
  void jsonGivesEachMetricUnderBothContractsWithItsSmallestTarget() {
    JsonNode p2 = metric("resolution", "P2");
    assertThat(p2.at("/current/target").asString()).isEqualTo("8h");
    assertThat(p2.at("/proposed/target").asString()).isEqualTo("6h");
    assertThat(p2.at("/proposed/calendar").asString()).isEqualTo("office");
    assertThat(p2.at("/proposed/met").asInt()).isEqualTo(2);
    assertThat(p2.at("/proposed/breached").asInt()).isEqualTo(4);
    assertThat(p2.at("/proposed/compliance").decimalValue()).isEqualByComparingTo("0.333333");
    assertThat(p2.at("/proposed/median_elapsed_seconds").asLong()).isEqualTo(7 * 3600);
    assertThat(p2.at("/proposed/p90_elapsed_seconds").asLong()).isEqualTo(16 * 3600);
    assertThat(p2.at("/proposed/smallest_target/target").asString()).isEqualTo("10h");
    assertThat(p2.at("/proposed/smallest_target/set_by_ticket").asString()).isEqualTo("T09");
    JsonNode p1 = metric("first_response", "P1");
    assertThat(p1.at("/current/smallest_target/target").asString()).isEqualTo("45m");
    assertThat(p1.at("/current/smallest_target/met").asInt()).isEqualTo(3);
    assertThat(p1.at("/current/smallest_target/clocks").asInt()).isEqualTo(4);
  }

  @Test
  void jsonListsTheChangedClocksWithTheirTimelines() {
    JsonNode changes = simulation.get("changes");
    assertThat(changes).hasSize(3);
    JsonNode t06 = changes.get(1);
    assertThat(t06.get("ticket").asString()).isEqualTo("T06");
    assertThat(t06.get("change").asString()).isEqualTo("newly_breached");
    assertThat(t06.at("/current/outcome").asString()).isEqualTo("met");
    assertThat(t06.at("/proposed/outcome").asString()).isEqualTo("breached");
    assertThat(t06.at("/proposed/clock/elapsed_seconds").asLong()).isEqualTo(7 * 3600);
    assertThat(t06.at("/proposed/clock/target_seconds").asLong()).isEqualTo(6 * 3600);
    assertThat(t06.at("/proposed/clock/breached_at").asString()).isEqualTo("2026-02-10T15:00:00Z");
    assertThat(t06.at("/current/clock/timeline")).isNotEmpty();
    assertThat(changes.get(0).get("change").asString()).isEqualTo("no_longer_breached");
  }

  @Test
  void jsonGivesEachMonthsAvailabilityAndCredits() {
    JsonNode february = simulation.get("months").get(0);
    assertThat(february.get("month").asString()).isEqualTo("2026-02");
    assertThat(february.at("/current/availability/0/service").asString()).isEqualTo("servers");
    assertThat(february.at("/current/availability/0/downtime_seconds").asLong()).isEqualTo(3600);
    assertThat(february.at("/current/availability/0/target").decimalValue())
        .isEqualByComparingTo("0.999");
    assertThat(february.at("/proposed/availability/0/target").decimalValue())
        .isEqualByComparingTo("0.995");
    assertThat(february.at("/current/credits/total").decimalValue()).isEqualByComparingTo("150.00");
    assertThat(february.at("/proposed/credits/total").decimalValue())
        .isEqualByComparingTo("110.00");
    assertThat(february.at("/proposed/credits/lines")).hasSize(2);
  }

  @Test
  void theProposalsWarningsComeWithTheResult() {
    assertThat(simulation.get("lint")).isNotEmpty();
    for (JsonNode finding : simulation.get("lint")) {
      assertThat(finding.get("severity").asString()).isNotEqualTo("error");
    }
  }

  @Test
  void markdownHasTheTablesAndTheChangedTickets() {
    CliRun run = simulate("--compliance", "75", "--format", "md");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("# What if: Scenario agreement v2 instead of Scenario agreement v1")
        .contains("## Totals")
        .contains("| Clocks breached | 6 | 7 | +1 |")
        .contains("| Credits owed | 150.00 EUR | 130.00 EUR | -20.00 EUR |")
        .contains("## Smallest target that would have met 75 %")
        .contains("| resolution P2 | proposed | 6 h (office) | 6 | 2 / 4 | 33.33 % | 7 h / 16 h |")
        .contains("| resolution P2 | proposed | 6 h | 10h | 10h | 5 of 6 | T09 |")
        .contains("| T06 | resolution | newly breached |")
        .contains("breached: 7 h of 6 h (office), stopped 2026-02-10 17:00")
        .doesNotContain("<svg");
  }

  @Test
  void htmlIsOneWellFormedPageWithBothCharts(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("simulation.html");
    CliRun run = simulate("--format", "html", "-o", out.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).isEmpty();
    String html = Files.readString(out);
    assertThat(html).contains("Share of clocks met").contains("Credits owed per month");
    assertThat(html.split("<svg", -1)).hasSize(3);
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
    factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    assertThat(
            factory
                .newDocumentBuilder()
                .parse(new InputSource(new StringReader(html)))
                .getDocumentElement()
                .getTagName())
        .isEqualTo("html");
  }

  @Test
  void aProposalWithLintErrorsIsNotSimulatedAndItsFindingsArePrinted(@TempDir Path dir)
      throws Exception {
    Path proposed = dir.resolve("proposed.yaml");
    Files.writeString(
        proposed,
        Files.readString(Path.of(PROPOSED))
            .replace(
                "P1: { target: 4h, calendar: always }", "P1: { target: 15m, calendar: always }"));
    Path out = dir.resolve("out.json");

    CliRun run =
        CliRun.of(
            "simulate",
            "--events",
            EVENTS,
            "--contract",
            CURRENT,
            "--proposed",
            proposed.toString(),
            "-o",
            out.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err())
        .contains(proposed + ":38:15: ")
        .contains("error: P1 resolution target (15 min) is shorter than its first response")
        .contains("[resolution-before-response]")
        .contains("nothing was simulated");
    assertThat(out).doesNotExist();
  }

  @Test
  void aBadEventLineIsNamed(@TempDir Path dir) throws Exception {
    Path events = dir.resolve("events.jsonl");
    List<String> lines = new ArrayList<>(Files.readAllLines(Path.of(EVENTS)));
    // line 8 is T03's reply
    lines.set(7, lines.get(7).replace("\"agent_replied\"", "\"agent_replyed\""));
    Files.write(events, lines);

    CliRun run =
        CliRun.of(
            "simulate",
            "--events",
            events.toString(),
            "--contract",
            CURRENT,
            "--proposed",
            PROPOSED);

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains(events + ": line 8: ").contains("agent_replyed");
  }

  @Test
  void aPriorityTheProposalDropsIsNamedAtItsEventsLine(@TempDir Path dir) throws Exception {
    Path proposed = dir.resolve("proposed.yaml");
    Files.writeString(
        proposed,
        Files.readString(Path.of(PROPOSED))
            .replace("  P2: { name: High, definition: A user cannot work. }\n", "")
            .replaceAll("(?m)^ *P2: \\{ target: .*\\n", "")
            .replace("    - { breach: resolution, priority: P2, credit: 2% }\n", ""));

    CliRun run =
        CliRun.of(
            "simulate",
            "--events",
            EVENTS,
            "--contract",
            CURRENT,
            "--proposed",
            proposed.toString());

    assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
    // T05's created event, the first P2 ticket, is the 13th line
    assertThat(run.err()).contains(EVENTS + ": line 13: ticket T05, event T05-1");
  }

  @Test
  void aServiceTheProposalDoesNotCoverIsNamedAtTheCreatedEventsLine(@TempDir Path dir)
      throws Exception {
    Path events = dir.resolve("events.jsonl");
    List<String> lines = new ArrayList<>(Files.readAllLines(Path.of(EVENTS)));
    lines.set(
        3, lines.get(3).replace("\"priority\":\"P1\"", "\"priority\":\"P1\",\"service\":\"desk\""));
    Files.write(events, lines);
    Path proposed = dir.resolve("proposed.yaml");
    Files.writeString(
        proposed,
        Files.readString(Path.of(PROPOSED))
            .replace("services: [desk, servers]", "services: [servers]"));

    CliRun run =
        CliRun.of(
            "simulate",
            "--events",
            events.toString(),
            "--contract",
            CURRENT,
            "--proposed",
            proposed.toString());

    assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
    assertThat(run.err())
        .contains(events + ": line 4: under the proposed contract, ticket T02")
        .contains("'desk'");
  }

  @Test
  void aBadOutageLineIsNamed(@TempDir Path dir) throws Exception {
    Path outages = dir.resolve("outages.csv");
    Files.writeString(
        outages,
        "service,from,to,cause,note\nservers,2026-02-10T10:00:00Z,2026-02-10T11:00:00Z,meteor,x\n");

    CliRun run =
        CliRun.of(
            "simulate",
            "--events",
            EVENTS,
            "--contract",
            CURRENT,
            "--proposed",
            PROPOSED,
            "--outages",
            outages.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains(outages + ": line 2: unknown cause 'meteor'");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        // a percentage above 0 and at most 100
        "--compliance|0|--compliance '0' is not a percentage above 0 and at most 100",
        "--compliance|101|--compliance '101' is not a percentage",
        "--compliance|most|--compliance 'most' is not a percentage",
        // a month, or a date standing for its month
        "--from|2026-13|--from '2026-13' is not a month or a date; write e.g. 2026-03",
        "--to|March|--to 'March' is not a month or a date",
      })
  void aBadOptionIsNamed(String option, String value, String message) {
    CliRun run = simulate(option, value);

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains(message);
  }

  @Test
  void thePeriodEndsNoEarlierThanItStarts() {
    CliRun run = simulate("--from", "2026-03", "--to", "2026-02-15");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--to 2026-02 is before --from 2026-03");
  }

  @Test
  void aPeriodGivenAsDatesCoversTheirWholeMonths() throws Exception {
    CliRun run = simulate("--from", "2026-03-15", "--to", "2026-03-20");

    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode march = JSON.readTree(run.out());
    assertThat(march.at("/period/from").asString()).isEqualTo("2026-03");
    assertThat(march.at("/period/start").asString()).isEqualTo("2026-02-28T23:00:00Z");
    assertThat(march.at("/totals/current/met").asInt()).isEqualTo(1);
    assertThat(march.get("changes")).isEmpty();
  }

  @Test
  void anEmptyHistoryNeedsItsPeriod(@TempDir Path dir) throws Exception {
    Path events = dir.resolve("none.jsonl");
    Files.writeString(events, "");

    CliRun run =
        CliRun.of(
            "simulate",
            "--events",
            events.toString(),
            "--contract",
            CURRENT,
            "--proposed",
            PROPOSED);

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .contains(events + " holds no event: name the period with --from and --to");
  }

  @Test
  void anUnreadableContractIsNamed() {
    CliRun run =
        CliRun.of(
            "simulate", "--events", EVENTS, "--contract", CURRENT, "--proposed", "/no/such.yaml");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("cannot read /no/such.yaml: no such file");
  }
}
