package org.accordo.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code accordo report} on the reference contract, the golden ticket histories and a hand-made
 * outage file. Compliance is recomputed from the golden clock results (computed by an independent
 * implementation of the rules), availability and credits by hand.
 */
class ReportCommandTests {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final String CONTRACT = CliRun.resource("examples/contract-bianchi.yaml");
  private static final String EVENTS = CliRun.resource("golden/clocks-bianchi.events.jsonl");
  private static final String OUTAGES = CliRun.resource("reports/outages-march.csv");
  private static final String NOW = "2026-11-20T10:17:00Z";
  // March 2026 in Rome
  private static final Instant FROM = Instant.parse("2026-02-28T23:00:00Z");
  private static final Instant TO = Instant.parse("2026-03-31T22:00:00Z");

  private static JsonNode report;
  private static JsonNode golden;

  @BeforeAll
  static void closeMarch() throws Exception {
    CliRun run =
        CliRun.of(
            "report",
            "--contract",
            CONTRACT,
            "--period",
            "2026-03",
            "--events",
            EVENTS,
            "--outages",
            OUTAGES,
            "--now",
            NOW);
    assertThat(run.exitCode()).as(run.err()).isZero();
    report = JSON.readTree(run.out());
    golden =
        JSON.readTree(
            Files.readString(Path.of(CliRun.resource("golden/clocks-bianchi.expected.json"))));
  }

  private static boolean stoppedInMarch(JsonNode clock) {
    if (clock.get("stopped_at").isNull()) {
      return false;
    }
    Instant stopped = Instant.parse(clock.get("stopped_at").asString());
    return !stopped.isBefore(FROM) && stopped.isBefore(TO);
  }

  @Test
  void complianceCountsTheGoldenClocksThatStoppedInMarch() {
    Map<String, int[]> expected = new TreeMap<>();
    for (JsonNode clock : golden) {
      String state = clock.get("state").asString();
      if ((state.equals("met") || state.equals("breached")) && stoppedInMarch(clock)) {
        int[] counts =
            expected.computeIfAbsent(
                clock.get("metric").asString() + " " + clock.get("priority").asString(),
                k -> new int[2]);
        counts[state.equals("met") ? 0 : 1]++;
      }
    }
    Map<String, int[]> actual = new TreeMap<>();
    for (JsonNode row : report.get("compliance")) {
      int met = row.get("met").asInt();
      int all = met + row.get("breached").asInt();
      if (all == 0) {
        // a target no clock stopped under in March: a row without a share
        assertThat(row.get("share_met").isNull()).isTrue();
        continue;
      }
      actual.put(
          row.get("metric").asString() + " " + row.get("priority").asString(),
          new int[] {row.get("met").asInt(), row.get("breached").asInt()});
      BigDecimal share = row.get("share_met").decimalValue();
      assertThat(share)
          .isEqualByComparingTo(
              BigDecimal.valueOf(met)
                  .divide(BigDecimal.valueOf(all), 6, java.math.RoundingMode.HALF_EVEN));
    }

    assertThat(actual.keySet()).isEqualTo(expected.keySet());
    expected.forEach((key, counts) -> assertThat(actual.get(key)).as(key).containsExactly(counts));
  }

  @Test
  void cancelledClocksAreListedApartInTheMonthTheirTicketWasCancelled() throws Exception {
    java.util.Set<String> cancelledInMarch = new java.util.HashSet<>();
    for (String line : Files.readAllLines(Path.of(EVENTS))) {
      JsonNode event = JSON.readTree(line);
      Instant at = Instant.parse(event.get("at").asString());
      if (event.get("type").asString().equals("cancelled")
          && !at.isBefore(FROM)
          && at.isBefore(TO)) {
        cancelledInMarch.add(event.get("ticket").asString());
      }
    }
    long expected = 0;
    for (JsonNode clock : golden) {
      expected +=
          clock.get("state").asString().equals("cancelled")
                  && cancelledInMarch.contains(clock.get("ticket").asString())
              ? 1
              : 0;
    }

    assertThat(report.get("cancelled")).hasSize((int) expected);
    assertThat(expected).isPositive();
  }

  @Test
  void availabilityOfTheServersIsWhatTheOutagesGiveByHand() {
    JsonNode servers = report.get("availability").get(0);

    assertThat(servers.get("service").asString()).isEqualTo("servers");
    // 743 h: the clocks went forward on 29 March
    assertThat(servers.get("measured_seconds").decimalValue()).isEqualByComparingTo("2674800");
    // 75 min of maintenance overrun (8 March) + 2 h merged (10 March) + 1 h before the customer's
    // outage took over (12 March) + 30 min of the outage across midnight that falls in March
    assertThat(servers.get("downtime_seconds").decimalValue()).isEqualByComparingTo("17100");
    // 90 min inside the maintenance window + 2 h customer-caused
    assertThat(servers.get("excluded_seconds").decimalValue()).isEqualByComparingTo("12600");
    assertThat(servers.get("budget_seconds").decimalValue()).isEqualByComparingTo("2674.8");
    assertThat(servers.get("budget_left_seconds").decimalValue()).isEqualByComparingTo("-14425.2");
    // 1 - 17100 / 2674800
    assertThat(servers.get("availability").decimalValue()).isEqualByComparingTo("0.9936069987");
  }

  @Test
  void creditsAreTheTierBelow99Point5AndTwoPercentPerP1ResolutionBreach() {
    long p1Breaches = 0;
    for (JsonNode clock : golden) {
      p1Breaches +=
          clock.get("state").asString().equals("breached")
                  && clock.get("metric").asString().equals("resolution")
                  && clock.get("priority").asString().equals("P1")
                  && stoppedInMarch(clock)
              ? 1
              : 0;
    }
    JsonNode credits = report.get("credits");
    // 99.36% is below 99.9 and 99.5, not 99.0: only the 99.5 tier, 10% of 2400.00
    BigDecimal expected =
        new BigDecimal("240.00")
            .add(new BigDecimal("48.00").multiply(BigDecimal.valueOf(p1Breaches)))
            .min(new BigDecimal("720.00"));

    assertThat(credits.get("currency").asString()).isEqualTo("EUR");
    assertThat(credits.get("lines").get(0).get("rule").asString())
        .isEqualTo("availability below 99.5%");
    assertThat(credits.get("lines").get(0).get("percent").decimalValue())
        .isEqualByComparingTo("10");
    assertThat(credits.get("total").asString()).isEqualTo(expected.toPlainString());
    assertThat(credits.get("capped").asBoolean()).isFalse();
    assertThat(p1Breaches).isPositive();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      # an outage that ends before it starts
      to before from   | servers,2026-03-10T10:00:00Z,2026-03-10T09:00:00Z,provider,x  | line 3: 'to' 2026-03-10T09:00:00Z is before 'from'
      # a service the contract does not have
      unknown service  | printers,2026-03-10T09:00:00Z,2026-03-10T10:00:00Z,provider,x | line 3: unknown service 'printers'
      # a cause that is not one of the four
      unknown cause    | servers,2026-03-10T09:00:00Z,2026-03-10T10:00:00Z,weather,x   | line 3: unknown cause 'weather'
      # an instant that does not parse
      bad instant      | servers,10 March,2026-03-10T10:00:00Z,provider,x              | line 3: 'from' '10 March' is not an instant
      """,
      commentCharacter = '#')
  void aBadOutageLineExits2NamingItAndWritesNothing(
      String name, String badLine, String message, @TempDir Path dir) throws Exception {
    Path outages = dir.resolve("outages.csv");
    Files.writeString(
        outages,
        "service,from,to,cause,note\nservers,2026-03-01T10:00:00Z,2026-03-01T10:05:00Z,provider,ok\n"
            + badLine
            + "\n");
    Path out = dir.resolve("report.json");

    CliRun run =
        CliRun.of(
            "report",
            "--contract",
            CONTRACT,
            "--period",
            "2026-03",
            "--outages",
            outages.toString(),
            "--now",
            NOW,
            "-o",
            out.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains(message);
    assertThat(out).doesNotExist();
  }

  @Test
  void aPeriodOutsideTheEffectiveDatesExits2() {
    CliRun run = CliRun.of("report", "--contract", CONTRACT, "--period", "2025-12", "--now", NOW);

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .contains(
            "the period 2025-12 is outside the contract's effective dates 2026-01-01 to 2027-12-31");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void aTicketOfAnUnknownServiceExits2NamingItsCreatedLine(@TempDir Path dir) throws Exception {
    Path events = dir.resolve("events.jsonl");
    Files.writeString(
        events,
        """
        {"ticket":"A","id":"a1","type":"created","at":"2026-03-02T09:00:00Z","priority":"P2","service":"servers"}
        {"ticket":"B","id":"b1","type":"created","at":"2026-03-02T09:00:00Z","priority":"P2","service":"printers"}
        """);

    CliRun run =
        CliRun.of(
            "report",
            "--contract",
            CONTRACT,
            "--period",
            "2026-03",
            "--events",
            events.toString(),
            "--now",
            NOW);

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .contains("line 2: ticket B: service 'printers' is not a service of the contract");
  }

  @Test
  void theDocumentFormatsCarryTheChartsAndTheNumbers(@TempDir Path dir) throws Exception {
    for (String format : new String[] {"html", "md", "pdf"}) {
      CliRun run =
          CliRun.of(
              "report",
              "--contract",
              CONTRACT,
              "--period",
              "2026-03",
              "--events",
              EVENTS,
              "--outages",
              OUTAGES,
              "--now",
              NOW,
              "--format",
              format,
              "--lang",
              "it",
              "-o",
              dir.resolve("r." + format).toString());
      assertThat(run.exitCode()).as(run.err()).isZero();
    }
    String html = Files.readString(dir.resolve("r.html"), StandardCharsets.UTF_8);
    String md = Files.readString(dir.resolve("r.md"), StandardCharsets.UTF_8);
    byte[] pdf = Files.readAllBytes(dir.resolve("r.pdf"));

    assertThat(html.split("<svg ", -1)).hasSize(3);
    // numbers in Italian notation; a budget of 44 min 34.8 s read to the minute
    assertThat(html.replace('\u00a0', ' '))
        .contains("Rapporto sui livelli di servizio")
        .contains("99,3607%")
        .contains(">45 min<");
    assertThat(md.replace('\u00a0', ' '))
        .contains("| servers | 99,9% | 99,3607% | 743 h | 4 h 45 min | 3 h 30 min |");
    assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
  }

  @Test
  void moneyIsADecimalStringWithTheCurrencysScale() {
    JsonNode credits = report.get("credits");

    for (String field : new String[] {"uncapped_total", "cap", "total"}) {
      assertThat(credits.get(field).isString()).as(field).isTrue();
      assertThat(credits.get(field).asString()).as(field).matches("\\d+\\.\\d{2}");
    }
    assertThat(credits.get("cap").asString()).isEqualTo("720.00");
    for (JsonNode line : credits.get("lines")) {
      assertThat(line.get("amount").asString()).matches("\\d+\\.\\d{2}");
    }
    assertThat(credits.get("lines").get(0).get("amount").asString()).isEqualTo("240.00");
  }

  @Test
  void theSameInputsGiveTheSameBytes(@TempDir Path dir) throws Exception {
    for (String name : new String[] {"a.json", "b.json"}) {
      CliRun run =
          CliRun.of(
              "report",
              "--contract",
              CONTRACT,
              "--period",
              "2026-03",
              "--events",
              EVENTS,
              "--outages",
              OUTAGES,
              "--now",
              NOW,
              "-o",
              dir.resolve(name).toString());
      assertThat(run.exitCode()).as(run.err()).isZero();
    }

    assertThat(Files.readAllBytes(dir.resolve("a.json")))
        .isEqualTo(Files.readAllBytes(dir.resolve("b.json")));
  }

  @Test
  void namesEachTicketByItsKeyAndTheSubjectOfItsCreatedEvent(@TempDir Path dir) throws Exception {
    Path events = dir.resolve("events.jsonl");
    // P1 opened at 10:00Z, answered at 10:15Z, resolved at 15:00Z: the update cycle (1 h) breached
    // at 11:15Z, resolution (4 h, 24x7) at 14:00Z, the last breach, which earns a 2% credit
    Files.writeString(
        events,
        """
        {"ticket":"INC-7","id":"a1","type":"created","at":"2026-03-02T10:00:00Z","priority":"P1","subject":"Mail server down"}
        {"ticket":"INC-8","id":"b1","type":"created","at":"2026-03-02T10:00:00Z","priority":"P1"}
        {"ticket":"INC-7","id":"a2","type":"agent_replied","at":"2026-03-02T10:15:00Z","public":true}
        {"ticket":"INC-7","id":"a3","type":"status_changed","at":"2026-03-02T15:00:00Z","status":"resolved"}
        """);

    CliRun run =
        CliRun.of(
            "report",
            "--contract",
            CONTRACT,
            "--period",
            "2026-03",
            "--events",
            events.toString(),
            "--now",
            NOW);

    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode json = JSON.readTree(run.out());
    JsonNode breach = json.get("breaches").get(json.get("breaches").size() - 1);
    assertThat(breach.get("metric").asString()).isEqualTo("resolution");
    assertThat(breach.get("ticket").asString()).isEqualTo("INC-7");
    assertThat(breach.get("number").asString()).isEqualTo("INC-7");
    assertThat(breach.get("subject").asString()).isEqualTo("Mail server down");
    JsonNode credited = json.get("credits").get("lines").get(0).get("clocks").get(0);
    assertThat(credited.get("number").asString()).isEqualTo("INC-7");
    assertThat(credited.get("subject").asString()).isEqualTo("Mail server down");
    // a ticket whose created event has no subject has none
    JsonNode open = json.get("open");
    assertThat(open)
        .filteredOn(c -> c.get("ticket").asString().equals("INC-8"))
        .allSatisfy(c -> assertThat(c.get("subject").isNull()).isTrue())
        .isNotEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      # a subject on another event than created
      on a reply      | {"ticket":"A","id":"a2","type":"agent_replied","at":"2026-03-02T11:00:00Z","public":true,"subject":"x"} | line 2: 'subject' belongs to a created event
      # a subject that is not text
      not a string    | {"ticket":"B","id":"b1","type":"created","at":"2026-03-02T10:00:00Z","priority":"P1","subject":7}       | line 2: 'subject' must be a non-empty string
      """,
      commentCharacter = '#')
  void aMisplacedSubjectExits2NamingItsLine(
      String name, String badLine, String message, @TempDir Path dir) throws Exception {
    Path events = dir.resolve("events.jsonl");
    Files.writeString(
        events,
        "{\"ticket\":\"A\",\"id\":\"a1\",\"type\":\"created\",\"at\":\"2026-03-02T10:00:00Z\",\"priority\":\"P1\"}\n"
            + badLine
            + "\n");

    CliRun run =
        CliRun.of(
            "report",
            "--contract",
            CONTRACT,
            "--period",
            "2026-03",
            "--events",
            events.toString(),
            "--now",
            NOW);

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains(message);
  }
}
