package org.accordo.app.cli;

import java.nio.file.Path;
import java.util.Optional;
import org.accordo.core.calendar.BusinessCalendar;
import org.accordo.core.calendar.CalendarYaml;
import picocli.CommandLine.Option;

/**
 * {@code --calendar FILE [--name NAME]}: a calendar YAML, or a contract and one of its calendars.
 */
final class CalendarFileOptions {

  @Option(
      names = "--calendar",
      required = true,
      paramLabel = "FILE",
      description =
          "A calendar YAML, or a contract YAML whose calendars: holds the calendar (choose it with --name).")
  Path file;

  @Option(
      names = "--name",
      paramLabel = "NAME",
      description =
          "The calendar's name under calendars: of a contract (not needed when it has only one).")
  String name;

  /** Loads the calendar; problems escape as exceptions the error reporter prints (exit 2). */
  BusinessCalendar load() {
    return CalendarYaml.load(file, Optional.ofNullable(name));
  }
}
