package org.accordo.app.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.accordo.app.reports.MalformedInputLine;
import org.accordo.core.clock.TicketEvent;
import org.accordo.core.contract.Contract;
import org.accordo.core.report.ContractClose;
import org.accordo.core.report.NoSlaForTicket;
import org.accordo.core.report.TicketHistory;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * Reads the tickets of an event file (the JSON Lines of {@code accordo clock replay}) with the
 * service each {@code created} event names, and checks that every ticket has an SLA to be measured
 * by (SLA semantics §2), naming the line of its {@code created} event when not.
 */
final class TicketsJsonl {

  private static final JsonFactory JSON = new JsonFactory();

  /** Where a ticket's {@code created} event is, and the service it names. */
  private record Created(long line, Optional<String> service) {}

  private TicketsJsonl() {}

  /**
   * @throws MalformedEventLine at the first line that is not an event
   * @throws MalformedInputLine at the {@code created} event of a ticket no SLA measures
   * @throws UncheckedIOException if the file cannot be read
   */
  static List<TicketHistory> read(Path file, Contract contract) {
    List<Chunk> chunks = chunks(file);
    // Chunks parse in parallel; their results are joined in file order, so each ticket's events
    // keep their arrival order.
    chunks.parallelStream().forEach(Chunk::parse);
    Map<String, List<TicketEvent>> byTicket = new LinkedHashMap<>();
    Map<String, Created> created = new HashMap<>();
    for (Chunk chunk : chunks) {
      chunk.events.forEach(
          e -> byTicket.computeIfAbsent(e.ticket(), t -> new ArrayList<>()).add(e));
      chunk.created.forEach(created::putIfAbsent);
    }
    List<TicketHistory> tickets = new ArrayList<>(byTicket.size());
    java.util.Set<Optional<String>> measurable = new java.util.HashSet<>();
    byTicket.forEach(
        (ticket, events) -> {
          Created where = created.getOrDefault(ticket, new Created(0, Optional.empty()));
          if (!measurable.contains(where.service())) {
            try {
              ContractClose.slaFor(contract, ticket, where.service());
              measurable.add(where.service());
            } catch (NoSlaForTicket e) {
              throw new MalformedInputLine(where.line(), e.getMessage());
            }
          }
          tickets.add(new TicketHistory(ticket, where.service(), events));
        });
    return tickets;
  }

  /** The 1-based line of the event with id {@code eventId}, or 0 if none has it. */
  static long lineOf(Path file, String eventId) {
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      long number = 0;
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        number++;
        if (line.contains(eventId) && eventId.equals(fields(line).get("id"))) {
          return number;
        }
      }
      return 0;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static final int CHUNK_LINES = 20_000;

  /** A run of lines of the file, parsed on its own. */
  private static final class Chunk {
    final long firstLine;
    final StringBuilder text = new StringBuilder();
    List<TicketEvent> events = List.of();
    final Map<String, Created> created = new HashMap<>();

    Chunk(long firstLine) {
      this.firstLine = firstLine;
    }

    void parse() {
      try {
        events = EventsJsonl.read(new StringReader(text.toString()));
      } catch (MalformedEventLine e) {
        String problem = e.getMessage().substring(e.getMessage().indexOf(": ") + 2);
        throw new MalformedEventLine(e.line() + firstLine - 1, problem);
      }
      long number = firstLine;
      for (int start = 0; start < text.length(); number++) {
        int end = text.indexOf("\n", start);
        String line = text.substring(start, end);
        start = end + 1;
        if (line.contains("\"created\"")) {
          Map<String, String> fields = fields(line);
          if ("created".equals(fields.get("type"))) {
            created.putIfAbsent(
                fields.get("ticket"),
                new Created(number, Optional.ofNullable(fields.get("service"))));
          }
        }
      }
    }
  }

  private static List<Chunk> chunks(Path file) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read events from " + file + ": " + e.getMessage(), e);
    }
    List<Chunk> chunks = new ArrayList<>();
    long line = 1;
    for (int start = 0; start < text.length(); ) {
      int end = start;
      int lines = 0;
      while (end < text.length() && lines < CHUNK_LINES) {
        int newline = text.indexOf('\n', end);
        end = newline < 0 ? text.length() : newline + 1;
        lines++;
      }
      Chunk chunk = new Chunk(line);
      chunk.text.append(text, start, end);
      if (chunk.text.charAt(chunk.text.length() - 1) != '\n') {
        chunk.text.append('\n');
      }
      chunks.add(chunk);
      line += lines;
      start = end;
    }
    return chunks;
  }

  /**
   * The top-level string fields of a JSON object on one line (the line already read as an event).
   */
  private static Map<String, String> fields(String line) {
    Map<String, String> fields = new HashMap<>();
    try (JsonParser parser = JSON.createParser(ObjectReadContext.empty(), line)) {
      parser.nextToken();
      for (JsonToken token = parser.nextToken();
          token == JsonToken.PROPERTY_NAME;
          token = parser.nextToken()) {
        String property = parser.currentName();
        if (parser.nextToken() == JsonToken.VALUE_STRING) {
          fields.put(property, parser.getString());
        }
        parser.skipChildren();
      }
    }
    return fields;
  }
}
