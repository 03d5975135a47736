package org.accordo.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code accordo calendar add|elapsed|explain}, run in-process with redirected streams. */
class CalendarCommandTests {

  private static final String ROME_OFFICE =
      """
      timezone: Europe/Rome
      hours:
        mon-fri: ["09:00-13:00", "14:00-18:00"]
      holidays: { country: IT }
      """;

  private static final String CONTRACT =
      """
      contract: { id: c }
      calendars:
        office:
          timezone: Europe/Rome
          hours: { mon-fri: ["09:00-13:00", "14:00-18:00"] }
          holidays: { country: IT }
          exceptions: { 2026-12-24: ["09:00-13:00"] }
        always: 24x7
      """;

  @TempDir Path dir;
  private Path calendar;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();
  private InputStream originalIn;

  @BeforeEach
  void writeCalendar() throws IOException {
    calendar = Files.writeString(dir.resolve("rome-office.yaml"), ROME_OFFICE);
    originalIn = System.in;
  }

  @AfterEach
  void restoreStdin() {
    System.setIn(originalIn);
  }

  @Test
  void addWritesDeadlinesInUtc() {
    int code =
        run(
            "start,duration_seconds\n"
                // SLA-SEMANTICS §4 example 1: 30 min Friday + 90 min Monday
                + "2026-01-09T16:30:00Z,7200\n"
                // the same start written with its Rome offset, nothing to add: the start itself, in
                // UTC
                + "2026-01-09T17:30:00+01:00,0\n"
                // §4 example 6: Christmas, St Stephen and the weekend are closed
                + "2026-12-24T15:00:00Z,14400\n",
            "calendar",
            "add",
            "--calendar",
            calendar.toString());

    assertThat(code).isZero();
    assertThat(out.toString())
        .isEqualTo(
            """
        start,duration_seconds,deadline
        2026-01-09T16:30:00Z,7200,2026-01-12T09:30:00Z
        2026-01-09T16:30:00Z,0,2026-01-09T16:30:00Z
        2026-12-24T15:00:00Z,14400,2026-12-28T10:00:00Z
        """);
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void elapsedWritesBusinessSeconds() {
    int code =
        run(
            "start,end\n"
                // Fri 17:30 to Mon 09:30 local: 30 min + 30 min
                + "2026-01-09T16:30:00Z,2026-01-12T08:30:00Z\n"
                // the lunch break 13:00-14:00 does not count: 11:00-15:00 local is 3 h
                + "2026-01-12T10:00:00+00:00,2026-01-12T15:00:00+01:00\n",
            "calendar",
            "elapsed",
            "--calendar",
            calendar.toString());

    assertThat(code).isZero();
    assertThat(out.toString())
        .isEqualTo(
            """
        start,end,elapsed_seconds
        2026-01-09T16:30:00Z,2026-01-12T08:30:00Z,3600
        2026-01-12T10:00:00Z,2026-01-12T14:00:00Z,10800
        """);
  }

  @Test
  void acceptsSpreadsheetCsvWithQuotesSpacesAndWindowsLineEnds() {
    int code =
        run(
            "\uFEFF\"start\", \"end\"\r\n"
                // Fri 17:30 to Mon 09:30 local, quoted and spaced: 30 min + 30 min
                + "\"2026-01-09T16:30:00Z\" , \"2026-01-12T08:30:00Z\"\r\n",
            "calendar",
            "elapsed",
            "--calendar",
            calendar.toString());

    assertThat(code).isZero();
    assertThat(out.toString())
        .isEqualTo("start,end,elapsed_seconds\n2026-01-09T16:30:00Z,2026-01-12T08:30:00Z,3600\n");
  }

  @Test
  void badRowStopsWithItsLineAndExitCode2() {
    int code =
        run(
            "start,duration_seconds\n"
                + "2026-01-09T16:30:00Z,7200\n"
                + "2026-01-09T16:30:00Z,-5\n"
                + "2026-01-09T16:30:00Z,60\n",
            "calendar",
            "add",
            "--calendar",
            calendar.toString());

    assertThat(code).isEqualTo(2);
    assertThat(err.toString())
        .isEqualTo("line 3: duration_seconds must be >= 0, was -5" + System.lineSeparator());
    // only the complete rows before the bad line; nothing after it
    assertThat(out.toString())
        .isEqualTo(
            "start,duration_seconds,deadline\n2026-01-09T16:30:00Z,7200,2026-01-12T09:30:00Z\n");
  }

  @Test
  void reportsEndBeforeStartUnreadableInstantsAndWrongHeaders() {
    assertThat(
            run(
                "start,end\n2026-01-09T16:30:00Z,2026-01-09T16:00:00Z\n",
                "calendar",
                "elapsed",
                "--calendar",
                calendar.toString()))
        .isEqualTo(2);
    assertThat(err.toString())
        .startsWith("line 2: end 2026-01-09T16:00:00Z is before start 2026-01-09T16:30:00Z");

    assertThat(
            rerun(
                "start,end\n2026-02-30T10:00:00Z,2026-03-01T10:00:00Z\n",
                "calendar",
                "elapsed",
                "--calendar",
                calendar.toString()))
        .isEqualTo(2);
    assertThat(err.toString())
        .startsWith("line 2: start '2026-02-30T10:00:00Z' is not an ISO-8601 instant");

    assertThat(rerun("begin,end\n", "calendar", "elapsed", "--calendar", calendar.toString()))
        .isEqualTo(2);
    assertThat(err.toString()).startsWith("line 1: expected the header 'start,end'");
    assertThat(out.toString()).isEmpty();

    assertThat(
            rerun(
                "start,end\n2026-01-09T16:30:00Z\n",
                "calendar",
                "elapsed",
                "--calendar",
                calendar.toString()))
        .isEqualTo(2);
    assertThat(err.toString()).startsWith("line 2: expected 2 fields, found 1");
  }

  @Test
  void choosesACalendarOfAContractByName() throws IOException {
    Path contract = Files.writeString(dir.resolve("contract.yaml"), CONTRACT);

    int code =
        run(
            "start,duration_seconds\n2026-03-28T22:00:00Z,14400\n",
            "calendar",
            "add",
            "--calendar",
            contract.toString(),
            "--name",
            "always");

    assertThat(code).isZero();
    // §4 example 3: 24x7 counts real time, across Rome's DST change
    assertThat(out.toString()).endsWith("2026-03-28T22:00:00Z,14400,2026-03-29T02:00:00Z\n");
  }

  @Test
  void reportsAnUnknownCalendarName() throws IOException {
    Path contract = Files.writeString(dir.resolve("contract.yaml"), CONTRACT);

    int code =
        run(
            "start,duration_seconds\n",
            "calendar",
            "add",
            "--calendar",
            contract.toString(),
            "--name",
            "night");

    assertThat(code).isEqualTo(2);
    assertThat(err.toString()).contains("no calendar 'night'");
  }

  @Test
  void reportsCalendarFileProblemsWithLineAndColumn() throws IOException {
    Path bad =
        Files.writeString(
            dir.resolve("bad.yaml"), "timezone: Europe/Rome\nhours:\n  mon: [\"09:00-25:00\"]\n");

    int code = run("start,duration_seconds\n", "calendar", "add", "--calendar", bad.toString());

    assertThat(code).isEqualTo(2);
    assertThat(err.toString()).contains("bad.yaml:3:9:").contains("25:00");
  }

  @Test
  void explainNamesTheClosedDaysAndWhatWasCounted() {
    int code =
        run(
            "",
            "calendar",
            "explain",
            "--calendar",
            calendar.toString(),
            "--from",
            "2026-12-24T15:00:00Z",
            "--duration",
            "PT4H");

    assertThat(code).isZero();
    assertThat(out.toString())
        .contains("Deadline 2026-12-28T10:00:00Z (Mon 2026-12-28 11:00 +01:00, Europe/Rome)")
        .containsPattern(
            "Thu 2026-12-24 +2h +Thursday hours 09:00-13:00, 14:00-18:00; counted 16:00-18:00")
        .containsPattern("Fri 2026-12-25 +- +closed: holiday: Christmas \\(IT\\)")
        .containsPattern("Sat 2026-12-26 +- +closed: holiday: St.Stephen's Day \\(IT\\)")
        .containsPattern("Sun 2026-12-27 +- +closed: Sunday has no hours")
        .containsPattern("Mon 2026-12-28 +2h +Monday hours .*; counted 09:00-11:00");
  }

  @Test
  void streamsOutputBeforeTheInputEnds() {
    int rows = 200_000;
    StringWriter seen = new StringWriter();
    long[] charsWrittenAtRow150k = {-1};
    CountingWriter sink = new CountingWriter();
    InputStream generated =
        new InputStream() {
          private byte[] line = "start,duration_seconds\n".getBytes(StandardCharsets.US_ASCII);
          private int pos;
          private int row;

          @Override
          public int read() {
            if (pos == line.length) {
              if (row == rows) {
                return -1;
              }
              row++;
              if (row == 150_000) {
                charsWrittenAtRow150k[0] = sink.count;
              }
              line =
                  ("2026-01-09T16:30:00Z," + (row % 1000) * 60 + "\n")
                      .getBytes(StandardCharsets.US_ASCII);
              pos = 0;
            }
            return line[pos++];
          }
        };
    System.setIn(generated);
    CommandLine cli = Accordo.commandLine();
    cli.setOut(new PrintWriter(sink));
    cli.setErr(new PrintWriter(seen));

    int code = cli.execute("calendar", "add", "--calendar", calendar.toString());

    assertThat(code).isZero();
    assertThat(sink.lines).isEqualTo(rows + 1);
    assertThat(charsWrittenAtRow150k[0]).isPositive();
  }

  private int run(String stdin, String... args) {
    System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
    CommandLine cli = Accordo.commandLine();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    return cli.execute(args);
  }

  private int rerun(String stdin, String... args) {
    out.getBuffer().setLength(0);
    err.getBuffer().setLength(0);
    return run(stdin, args);
  }

  /** Counts what it is given instead of keeping it. */
  private static final class CountingWriter extends Writer {
    long count;
    long lines;

    @Override
    public void write(char[] buffer, int offset, int length) {
      count += length;
      for (int i = offset; i < offset + length; i++) {
        if (buffer[i] == '\n') {
          lines++;
        }
      }
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  }
}
