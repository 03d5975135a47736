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
import org.accordo.core.report.TicketReference;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads the tickets of an event file (the JSON Lines of {@code accordo clock replay}) with the
 * service each {@code created} event names, and checks that every ticket has an SLA to be measured
 * by (SLA semantics §2), naming the line of its {@code created} event when not. A report names each
 * ticket by its key in the file (its number) and by the optional {@code "subject"} of its {@code
 * created} event, a field only this reader knows: it is taken off the line before the event is
 * read.
 */
final class TicketsJsonl {

  private static final JsonFactory JSON = new JsonFactory();
  private static final JsonMapper TREE = JsonMapper.builder().build();

  /** Where a ticket's {@code created} event is, the service it names and the ticket's subject. */
  private record Created(long line, Optional<String> service, Optional<String> subject) {}

  private static final String SUBJECT = "subject";

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
          Created where =
              created.getOrDefault(ticket, new Created(0, Optional.empty(), Optional.empty()));
          if (!measurable.contains(where.service())) {
            try {
              ContractClose.slaFor(contract, ticket, where.service());
              measurable.add(where.service());
            } catch (NoSlaForTicket e) {
              throw new MalformedInputLine(where.line(), e.getMessage());
            }
          }
          tickets.add(
              new TicketHistory(
                  new TicketReference(ticket, ticket, where.subject()), where.service(), events));
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
      Map<Long, String> subjects = takeSubjects();
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
                new Created(
                    number,
                    Optional.ofNullable(fields.get("service")),
                    Optional.ofNullable(subjects.get(number))));
          }
        }
      }
    }

    /**
     * Takes the {@code subject} off every {@code created} line of the chunk, by line number.
     *
     * @throws MalformedEventLine at a subject that is not a non-empty string, or is not on a {@code
     *     created} event
     */
    private Map<Long, String> takeSubjects() {
      Map<Long, String> subjects = new HashMap<>();
      if (text.indexOf("\"" + SUBJECT + "\"") < 0) {
        return subjects;
      }
      StringBuilder rest = new StringBuilder(text.length());
      long number = firstLine;
      for (int start = 0; start < text.length(); number++) {
        int end = text.indexOf("\n", start);
        String line = text.substring(start, end);
        start = end + 1;
        if (line.contains("\"" + SUBJECT + "\"")) {
          line = takeSubject(line, number, subjects);
        }
        rest.append(line).append('\n');
      }
      text.setLength(0);
      text.append(rest);
      return subjects;
    }
  }

  /** The line without its {@code subject} property, which goes into {@code subjects}. */
  private static String takeSubject(String line, long number, Map<Long, String> subjects) {
    JsonNode event;
    try {
      event = TREE.readTree(line);
    } catch (JacksonException e) {
      return line; // not JSON: the event reader names the line
    }
    if (!(event instanceof ObjectNode object) || !object.has(SUBJECT)) {
      return line;
    }
    JsonNode subject = object.remove(SUBJECT);
    if (!subject.isString() || subject.asString().isBlank()) {
      throw new MalformedEventLine(number, "'subject' must be a non-empty string");
    }
    JsonNode type = object.get("type");
    if (type == null || !"created".equals(type.asString())) {
      throw new MalformedEventLine(number, "'subject' belongs to a created event");
    }
    subjects.put(number, subject.asString());
    return TREE.writeValueAsString(object);
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
