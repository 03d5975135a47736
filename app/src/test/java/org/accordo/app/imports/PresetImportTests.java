package org.accordo.app.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.accordo.app.cli.EventsJsonl;
import org.accordo.app.support.ApiFixtures;
import org.accordo.core.clock.ClockEngine;
import org.accordo.core.clock.ClockResult;
import org.accordo.core.clock.ClockState;
import org.accordo.core.clock.TicketEvent;
import org.accordo.core.contract.Contract;
import org.accordo.core.contract.ContractLoader;
import org.accordo.core.imports.Presets;
import org.accordo.core.policy.Metric;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each preset against a realistic export written from its PSA's documented fields ({@code
 * src/test/resources/imports/<preset>/}): thirty tickets with status histories (waits for the
 * customer among them), a ticket opened in the hour a daylight saving time night skips, a duplicate
 * row and a bad line (30 February). Imported keeping the good lines, with the reference contract:
 * the bad line is the one refused, named with its line and column; the duplicate is read once; and
 * ticket 1 (opened Monday 2 February 09:00 in Rome, answered after 30 minutes, waiting for the
 * customer from 10:00 to Tuesday 10:00, resolved at 12:00) has the clocks worked out by hand: first
 * response 30 min; resolution 3 h of the 8 h of a P2 (1 h on Monday, 2 h on Tuesday), or, from a
 * ticket list alone, 11 h and breached, because the wait is not known and counts.
 */
class PresetImportTests {

  private static final Instant NOW = Instant.parse("2026-06-01T00:00:00Z");
  private static final Contract REFERENCE =
      ContractLoader.load(ApiFixtures.referenceContract(), "reference").orThrow();

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    // preset,                file endings, bad line, its column, ticket 1's key, resolution s, DST
    // note line
    "connectwise,             csv,   12, 5,  1,      10800, 0",
    "autotask,                csv,   12, 5,  1,      10800, 15",
    "halopsa,                 jsonl, 11, 63, 1,      10800, 0",
    "zendesk,                 jsonl, 11, 69, 1,      10800, 0",
    "jira-service-management, csv,   12, 5,  ITSM-1, 10800, 15",
    "freshservice,            csv,   12, 5,  1,      39600, 0",
  })
  void importsTheExportToTheEventsAndClocksWorkedOutByHand(
      String preset,
      String ending,
      long badLine,
      int badColumn,
      String ticketOne,
      long resolutionSeconds,
      long dstLine) {
    StringWriter out = new StringWriter();
    boolean hasHistory = resource(preset, "history." + ending) != null;
    ImportFiles files =
        new ImportFiles(
            source(preset, "tickets." + ending),
            hasHistory ? Optional.of(source(preset, "history." + ending)) : Optional.empty());

    ImportOutcome outcome =
        FileImport.run(
            Presets.mapping(preset).orElseThrow(),
            files,
            Optional.of(REFERENCE),
            ImportMode.KEEP_GOOD_LINES,
            NOW,
            () -> out);

    ImportSummary s = outcome.summary();
    assertThat(outcome.lint().hasErrors()).as("%s", outcome.lint().findings()).isFalse();
    assertThat(s.refusedLines())
        .extracting(p -> p.line() + ":" + p.column())
        .containsExactly(badLine + ":" + badColumn);
    assertThat(s.refusedLines().get(0).message()).contains("30");
    assertThat(s.ticketRows()).isEqualTo(32); // thirty tickets, a duplicate row, a bad one
    assertThat(s.ticketsNew()).isEqualTo(30);
    assertThat(s.duplicates()).isGreaterThanOrEqualTo(1);
    if (dstLine > 0) {
      assertThat(s.notedLines())
          .anySatisfy(
              n -> {
                assertThat(n.line()).isEqualTo(dstLine);
                assertThat(n.message()).contains("does not exist");
              });
    }
    List<TicketEvent> events = EventsJsonl.read(new StringReader(out.toString()));
    assertThat(events.stream().map(TicketEvent::ticket).distinct().count()).isEqualTo(30);
    List<ClockResult> clocks =
        engine().fold(events.stream().filter(e -> e.ticket().equals(ticketOne)).toList(), NOW);
    ClockResult firstResponse = clock(clocks, Metric.FIRST_RESPONSE);
    ClockResult resolution = clock(clocks, Metric.RESOLUTION);
    assertThat(firstResponse.elapsedMillis()).isEqualTo(1_800_000);
    assertThat(resolution.elapsedMillis()).isEqualTo(resolutionSeconds * 1000);
    assertThat(resolution.state())
        .isEqualTo(resolutionSeconds <= 8 * 3600 ? ClockState.MET : ClockState.BREACHED);
  }

  private static ClockEngine engine() {
    return new ClockEngine(
        REFERENCE.slas().get(0).policy(),
        REFERENCE.calendars(),
        java.util.Set.copyOf(REFERENCE.priorityIds()));
  }

  private static ClockResult clock(List<ClockResult> clocks, Metric metric) {
    return clocks.stream().filter(c -> c.metric() == metric).findFirst().orElseThrow();
  }

  private static java.net.URL resource(String preset, String name) {
    return PresetImportTests.class.getResource("/imports/" + preset + "/" + name);
  }

  private static ExportSource source(String preset, String name) {
    return new ExportSource() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public Reader open() {
        try {
          InputStream in = resource(preset, name).openStream();
          return new InputStreamReader(in, StandardCharsets.UTF_8);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    };
  }
}
