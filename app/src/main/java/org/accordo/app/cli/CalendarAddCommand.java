package org.accordo.app.cli;

import java.util.concurrent.Callable;
import org.accordo.core.calendar.BusinessCalendar;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code accordo calendar add}: a deadline for each row of {@code start,duration_seconds} on stdin.
 */
@Command(
    name = "add",
    mixinStandardHelpOptions = true,
    description = {
      "Reads CSV on stdin with the header start,duration_seconds and writes start,duration_seconds,deadline,"
          + " the deadline being the earliest instant at which duration_seconds of business time have passed"
          + " since start.",
      "Instants are ISO-8601 (2026-01-09T16:30:00Z, or with an offset such as +01:00); they are written back"
          + " in UTC with Z.",
      "A bad row stops the run with 'line N: <what is wrong>' on stderr and exit code 2. The output then holds"
          + " only the complete rows before line N: any exit code other than 0 means the output is incomplete."
    })
final class CalendarAddCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Mixin CalendarFileOptions calendarFile;

  @Override
  public Integer call() {
    BusinessCalendar calendar = calendarFile.load();
    CsvBatch batch =
        new CsvBatch(
            "start,duration_seconds",
            "start,duration_seconds,deadline",
            (fields, out) -> {
              long start = CsvInstants.parseEpochSecond(fields[0], "start");
              long seconds = durationSeconds(fields[1]);
              long deadline = calendar.addMillis(start * 1000, Math.multiplyExact(seconds, 1000L));
              CsvInstants.appendUtc(out, start);
              out.append(',').append(seconds).append(',');
              CsvInstants.appendUtc(out, Math.floorDiv(deadline, 1000));
            });
    return batch.run(System.in, spec.commandLine().getOut(), spec.commandLine().getErr());
  }

  private static long durationSeconds(String text) {
    long seconds;
    try {
      seconds = Long.parseLong(text);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "duration_seconds '" + text + "' is not a whole number of seconds");
    }
    if (seconds < 0) {
      throw new IllegalArgumentException("duration_seconds must be >= 0, was " + seconds);
    }
    if (seconds > 100L * 366 * 86_400) {
      throw new IllegalArgumentException("duration_seconds " + seconds + " is more than 100 years");
    }
    return seconds;
  }
}
