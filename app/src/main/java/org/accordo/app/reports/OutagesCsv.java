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
import java.util.Set;
import org.accordo.core.availability.Outage;
import org.accordo.core.availability.OutageCause;

/**
 * Reads outages from CSV with the header {@code service,from,to,cause,note}, optionally followed by
 * {@code ,announced_at} (when the provider announced it; checked against the contract's maintenance
 * notice, may be empty): instants in ISO-8601 ({@code 2026-03-10T09:00:00Z} or with an offset), a
 * cause id, free text that may be quoted (RFC 4180, one record a line). Blank lines are skipped.
 * The first bad line stops the reading.
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
    BufferedReader lines = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
    List<Outage> outages = new ArrayList<>();
    try {
      String header = lines.readLine();
      String columns = header == null ? "" : stripBom(header).strip();
      if (!columns.equals(HEADER) && !columns.equals(HEADER_WITH_ANNOUNCEMENT)) {
        throw new MalformedInputLine(
            1, "the header must be '" + HEADER + "' or '" + HEADER_WITH_ANNOUNCEMENT + "'");
      }
      int width = columns.split(",").length;
      long number = 1;
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        number++;
        if (!line.isBlank()) {
          outages.add(outage(fields(line, number), width, number, services));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read outages: " + e.getMessage(), e);
    }
    return outages;
  }

  private static Outage outage(List<String> f, int width, long number, Set<String> services) {
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
    if (!services.contains(service)) {
      throw new MalformedInputLine(
          number,
          "unknown service '"
              + service
              + "'; the contract's services are "
              + services.stream().sorted().toList());
    }
    Instant from = instant(f.get(1), "from", number);
    Instant to = instant(f.get(2), "to", number);
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
