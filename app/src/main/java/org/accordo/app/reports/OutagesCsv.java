package org.accordo.app.reports;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.accordo.core.availability.Outage;
import org.accordo.core.availability.OutageCause;

/**
 * Reads outages from CSV with the header {@code service,from,to,cause,note}, optionally followed by
 * {@code ,announced_at} (when the provider announced it; checked against the contract's maintenance
 * notice, may be empty): instants in ISO-8601 ({@code 2026-03-10T09:00:00Z} or with an offset), a
 * cause id, free text that may be quoted (RFC 4180, one record a line). Blank lines are skipped.
 * {@link #read} stops at the first bad line (the command line); {@link #forEach} reports every one
 * (the server's upload).
 */
public final class OutagesCsv {

  static final String HEADER = "service,from,to,cause,note";
  static final String HEADER_WITH_ANNOUNCEMENT = HEADER + ",announced_at";

  private OutagesCsv() {}

  /**
   * Every outage, in file order.
   *
   * @param services the contract's service ids; an outage of another service is refused
   * @throws MalformedInputLine at the first bad line (a missing header, a wrong number of fields,
   *     an instant that does not parse, {@code to} before {@code from}, an unknown service or
   *     cause)
   * @throws UncheckedIOException if reading fails
   */
  public static List<Outage> read(Reader reader, Set<String> services) {
    List<Outage> outages = new ArrayList<>();
    forEach(
        reader,
        (service, from) ->
            services.contains(service)
                ? Optional.empty()
                : Optional.of(
                    "unknown service '"
                        + service
                        + "'; the contract's services are "
                        + services.stream().sorted().toList()),
        line -> {
          if (line instanceof Line.Refused refused) {
            throw new MalformedInputLine(refused.number(), refused.problem());
          }
          outages.add(((Line.Read) line).outage());
        });
    return outages;
  }

  /**
   * Which services an outage may name: a refusal of the service (e.g. not a service of the contract
   * in force on the outage's first day), or empty when it is one.
   */
  @FunctionalInterface
  public interface Services {
    Optional<String> refusal(String service, Instant from);
  }

  /** One line of an outages file: the outage it holds, or why it is refused. */
  public sealed interface Line {

    /** The line's number, 1 for the header. */
    long number();

    /** A line holding an outage. */
    record Read(long number, Outage outage) implements Line {}

    /** A line refused, with what is wrong in words that do not repeat the number. */
    record Refused(long number, String problem) implements Line {}
  }

  /**
   * Reads every line, streaming, and hands each to {@code each} in file order: every bad line is
   * reported, not just the first. A bad header is a refused line 1, and nothing after it is read.
   *
   * @throws UncheckedIOException if reading fails
   */
  public static void forEach(Reader reader, Services services, Consumer<Line> each) {
    BufferedReader lines = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
    try {
      String header = lines.readLine();
      String columns = header == null ? "" : stripBom(header).strip();
      if (!columns.equals(HEADER) && !columns.equals(HEADER_WITH_ANNOUNCEMENT)) {
        each.accept(
            new Line.Refused(
                1, "the header must be '" + HEADER + "' or '" + HEADER_WITH_ANNOUNCEMENT + "'"));
        return;
      }
      int width = columns.split(",").length;
      long number = 1;
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        number++;
        if (!line.isBlank()) {
          each.accept(line(line, width, number, services));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read outages: " + e.getMessage(), e);
    }
  }

  private static Line line(String line, int width, long number, Services services) {
    try {
      return new Line.Read(number, outage(fields(line, number), width, number, services));
    } catch (MalformedInputLine e) {
      return new Line.Refused(number, e.problem());
    }
  }

  private static Outage outage(List<String> f, int width, long number, Services services) {
    if (f.size() != width) {
      throw new MalformedInputLine(
          number,
          "expected "
              + width
              + " fields ("
              + (width == 5 ? HEADER : HEADER_WITH_ANNOUNCEMENT)
              + "), found "
              + f.size());
    }
    String service = f.get(0).strip();
    Instant from = instant(f.get(1), "from", number);
    Instant to = instant(f.get(2), "to", number);
    Optional<String> refused = services.refusal(service, from);
    if (refused.isPresent()) {
      throw new MalformedInputLine(number, refused.get());
    }
    if (to.isBefore(from)) {
      throw new MalformedInputLine(number, "'to' " + to + " is before 'from' " + from);
    }
    String causeId = f.get(3).strip();
    OutageCause cause =
        OutageCause.fromId(causeId)
            .orElseThrow(
                () ->
                    new MalformedInputLine(
                        number,
                        "unknown cause '" + causeId + "'; expected one of " + OutageCause.ids()));
    Outage outage = Outage.of(service, from, to, cause, f.get(4).strip());
    if (width == 6 && !f.get(5).isBlank()) {
      return outage.announcedAt(instant(f.get(5), "announced_at", number));
    }
    return outage;
  }

  private static Instant instant(String text, String name, long number) {
    String t = text.strip();
    try {
      return OffsetDateTime.parse(t).toInstant();
    } catch (DateTimeException e) {
      throw new MalformedInputLine(
          number, "'" + name + "' '" + t + "' is not an instant; write e.g. 2026-03-10T09:00:00Z");
    }
  }

  /** The fields of one CSV record on one line; double quotes quote, two of them escape one. */
  static List<String> fields(String line, long number) {
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"' && field.toString().isBlank()) {
        field.setLength(0);
        quoted = true;
      } else if (c == ',') {
        fields.add(field.toString());
        field.setLength(0);
      } else {
        field.append(c);
      }
    }
    if (quoted) {
      throw new MalformedInputLine(number, "a quoted field is not closed");
    }
    fields.add(field.toString());
    return fields;
  }

  private static String stripBom(String text) {
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }
}
