package org.accordo.app.cli;

import java.util.concurrent.Callable;
import org.accordo.core.calendar.BusinessCalendar;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code accordo calendar elapsed}: business seconds in {@code [start, end)} for each row on stdin.
 */
@Command(
    name = "elapsed",
    mixinStandardHelpOptions = true,
    description = {
      "Reads CSV on stdin with the header start,end and writes start,end,elapsed_seconds, the business time"
          + " in the half-open range [start, end).",
      "Instants are ISO-8601 (2026-01-09T16:30:00Z, or with an offset such as +01:00); they are written back"
          + " in UTC with Z.",
      "A bad row (an unreadable instant, end before start) stops the run with 'line N: <what is wrong>' on"
          + " stderr and exit code 2. The output then holds only the complete rows before line N: any exit code"
          + " other than 0 means the output is incomplete."
    })
final class CalendarElapsedCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Mixin CalendarFileOptions calendarFile;

  @Override
  public Integer call() {
    BusinessCalendar calendar = calendarFile.load();
    CsvBatch batch =
        new CsvBatch(
            "start,end",
            "start,end,elapsed_seconds",
            (fields, out) -> {
              long start = CsvInstants.parseEpochSecond(fields[0], "start");
              long end = CsvInstants.parseEpochSecond(fields[1], "end");
              if (end < start) {
                throw new IllegalArgumentException(
                    "end " + fields[1] + " is before start " + fields[0]);
              }
              long elapsed = calendar.elapsedMillis(start * 1000, end * 1000);
              CsvInstants.appendUtc(out, start);
              out.append(',');
              CsvInstants.appendUtc(out, end);
              out.append(',').append(elapsed / 1000);
            });
    return batch.run(System.in, spec.commandLine().getOut(), spec.commandLine().getErr());
  }
}
