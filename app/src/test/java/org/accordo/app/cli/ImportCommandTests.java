package org.accordo.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code accordo import} into a file of events, run in-process. */
class ImportCommandTests {

  @TempDir Path dir;

  private record Run(int exit, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = Accordo.commandLine();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    int exit = cli.execute(args);
    return new Run(exit, out.toString(), err.toString());
  }

  private static String resource(String path) throws Exception {
    return Paths.get(ImportCommandTests.class.getResource(path).toURI()).toString();
  }

  @Test
  void aBadLineWritesNothingAndIsNamedWithItsLineAndColumn() throws Exception {
    Path events = dir.resolve("events.jsonl");

    Run run =
        run(
            "import",
            "--mapping",
            "freshservice",
            "--tickets",
            resource("/imports/freshservice/tickets.csv"),
            "-o",
            events.toString());

    assertThat(run.exit()).as(run.err()).isEqualTo(1);
    assertThat(run.out()).contains("tickets.csv:12:5: created (column 'created_at')");
    assertThat(run.out()).contains("nothing imported: 1 lines are refused");
    assertThat(run.out()).contains("clock resolution: no pauses");
    assertThat(events).doesNotExist();
  }

  @Test
  void keepingTheGoodLinesWritesTheEventsTheOtherCommandsRead() throws Exception {
    Path events = dir.resolve("events.jsonl");

    Run run =
        run(
            "import",
            "--mapping",
            "zendesk",
            "--tickets",
            resource("/imports/zendesk/tickets.jsonl"),
            "--history",
            resource("/imports/zendesk/history.jsonl"),
            "--keep-good-lines",
            "-o",
            events.toString());

    assertThat(run.exit()).as(run.err() + run.out()).isZero();
    assertThat(Files.readAllLines(events)).isNotEmpty();
    Run replay =
        run(
            "clock", "replay",
            "--contract", resource("/examples/contract-bianchi.yaml"),
            "--sla", "service-desk",
            "--events", events.toString(),
            "--now", "2026-06-01T00:00:00Z");
    assertThat(replay.exit()).as(replay.err()).isZero();
  }

  @Test
  void aDryRunWritesNothing() throws Exception {
    Run run =
        run(
            "import",
            "--mapping",
            "connectwise",
            "--tickets",
            resource("/imports/connectwise/tickets.csv"),
            "--history",
            resource("/imports/connectwise/history.csv"),
            "--dry-run");

    assertThat(run.exit()).isEqualTo(1); // a line is refused
    assertThat(run.out()).contains("tickets: 32 rows, 30 new").contains("dry run");
  }
}
