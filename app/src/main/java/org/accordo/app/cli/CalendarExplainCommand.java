package org.accordo.app.cli;

import java.io.PrintWriter;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.accordo.core.calendar.BusinessCalendar;
import org.accordo.core.calendar.DeadlineExplanation;
import org.accordo.core.calendar.DeadlineExplanation.CountedDay;
import org.accordo.core.calendar.OpenInterval;
import org.accordo.core.yaml.YamlNodes;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code accordo calendar explain}: where a deadline falls and why, day by day, for a person. */
@Command(
    name = "explain",
    mixinStandardHelpOptions = true,
    description =
        "Prints the deadline of --duration business time from --from, and for each day on the way"
            + " whether it was open (and what was counted) or closed, and why: weekend, which holiday, exception.")
final class CalendarExplainCommand implements Callable<Integer> {

  private static final DateTimeFormatter LOCAL =
      DateTimeFormatter.ofPattern("EEE uuuu-MM-dd HH:mm xxx", Locale.ENGLISH);
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("EEE uuuu-MM-dd", Locale.ENGLISH);

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Mixin CalendarFileOptions calendarFile;

  @Option(
      names = "--from",
      required = true,
      paramLabel = "INSTANT",
      converter = InstantConverter.class,
      description =
          "Where counting starts: ISO-8601, e.g. 2026-12-24T15:00:00Z or 2026-12-24T16:00:00+01:00.")
  Instant from;

  @Option(
      names = "--duration",
      required = true,
      paramLabel = "DURATION",
      converter = DurationConverter.class,
      description = "Business time to add: PT4H, 4h, 1h30m, 90m.")
  Duration duration;

  @Override
  public Integer call() {
    BusinessCalendar calendar = calendarFile.load();
    DeadlineExplanation explanation = DeadlineExplanation.of(calendar, from, duration);
    PrintWriter out = spec.commandLine().getOut();
    ZoneId zone = explanation.zone();
    out.printf(
        "Deadline %s (%s, %s)%n",
        explanation.deadline(), LOCAL.format(explanation.deadline().atZone(zone)), zone);
    out.printf(
        "for %s of business time from %s (%s).%n%n",
        format(duration), from, LOCAL.format(from.atZone(zone)));
    out.printf("%-16s %-9s %s%n", "day", "counted", "why");
    for (CountedDay day : explanation.days()) {
      out.printf(
          "%-16s %-9s %s%n",
          DAY.format(day.day().date()),
          day.counted().isZero() ? "-" : format(day.counted()),
          why(day, zone));
    }
    out.flush();
    return 0;
  }

  private static String why(CountedDay day, ZoneId zone) {
    if (day.day().isClosed()) {
      return "closed: " + day.day().reason();
    }
    String counted =
        day.intervals().stream().map(i -> localRange(i, zone)).collect(Collectors.joining(", "));
    return day.day().reason() + (counted.isEmpty() ? "; nothing counted" : "; counted " + counted);
  }

  private static String localRange(OpenInterval interval, ZoneId zone) {
    ZonedDateTime start = interval.start().atZone(zone);
    ZonedDateTime end = interval.end().atZone(zone);
    String endText =
        end.toLocalDate().isAfter(start.toLocalDate()) && end.toLocalTime().toSecondOfDay() == 0
            ? "24:00"
            : hhmm(end);
    return hhmm(start) + "-" + endText;
  }

  private static String hhmm(ZonedDateTime time) {
    String text = String.format("%02d:%02d", time.getHour(), time.getMinute());
    return time.getSecond() == 0 ? text : text + String.format(":%02d", time.getSecond());
  }

  /** {@code 2h}, {@code 1h30m}, {@code 45s}, {@code 0s}. */
  static String format(Duration duration) {
    if (duration.isZero()) {
      return "0s";
    }
    StringBuilder text = new StringBuilder();
    long hours = duration.toHours();
    List<long[]> parts =
        List.of(
            new long[] {hours, 'h'},
            new long[] {duration.toMinutesPart(), 'm'},
            new long[] {duration.toSecondsPart(), 's'},
            new long[] {duration.toMillisPart(), 0});
    for (long[] part : parts) {
      if (part[0] != 0) {
        text.append(part[0]).append(part[1] == 0 ? "ms" : String.valueOf((char) part[1]));
      }
    }
    return text.toString();
  }

  /** ISO-8601 instants with {@code Z} or an offset. */
  static final class InstantConverter implements CommandLine.ITypeConverter<Instant> {
    @Override
    public Instant convert(String value) {
      try {
        return OffsetDateTime.parse(value).toInstant();
      } catch (DateTimeException e) {
        throw new CommandLine.TypeConversionException(
            "'" + value + "' is not an ISO-8601 instant such as 2026-01-09T16:30:00Z");
      }
    }
  }

  /** Durations as in contract YAML: {@code PT4H}, {@code 4h}, {@code 1h30m}. */
  static final class DurationConverter implements CommandLine.ITypeConverter<Duration> {
    @Override
    public Duration convert(String value) {
      Duration duration =
          YamlNodes.parseDuration(value.strip())
              .orElseThrow(
                  () ->
                      new CommandLine.TypeConversionException(
                          "'" + value + "' is not a duration; write e.g. PT4H, 4h or 1h30m"));
      if (duration.isNegative()) {
        throw new CommandLine.TypeConversionException("the duration must be >= 0, was " + value);
      }
      return duration;
    }
  }
}
