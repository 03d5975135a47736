package org.accordo.app.cli;

import java.io.BufferedReader;
import java.io.IOException;
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
 * service each {@code created} event names, and checks that every ticket has an SLA to be
 * measured by (SLA semantics §2), naming the line of its {@code created} event when not.
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
    Map<String, List<TicketEvent>> byTicket = new LinkedHashMap<>();
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      EventsJsonl.forEach(reader, e -> byTicket.computeIfAbsent(e.ticket(), t -> new ArrayList<>()).add(e));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read events from " + file + ": " + e.getMessage(), e);
    }
    Map<String, Created> created = createdEvents(file);
    List<TicketHistory> tickets = new ArrayList<>(byTicket.size());
    java.util.Set<Optional<String>> measurable = new java.util.HashSet<>();
    byTicket.forEach((ticket, events) -> {
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

  private static Map<String, Created> createdEvents(Path file) {
    Map<String, Created> created = new HashMap<>();
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      long number = 0;
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        number++;
        if (line.contains("\"created\"")) {
          Map<String, String> fields = fields(line);
          if ("created".equals(fields.get("type"))) {
            created.putIfAbsent(fields.get("ticket"), new Created(number, Optional.ofNullable(fields.get("service"))));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read events from " + file + ": " + e.getMessage(), e);
    }
    return created;
  }

  /** The top-level string fields of a JSON object on one line (the line already read as an event). */
  private static Map<String, String> fields(String line) {
    Map<String, String> fields = new HashMap<>();
    try (JsonParser parser = JSON.createParser(ObjectReadContext.empty(), line)) {
      parser.nextToken();
      for (JsonToken token = parser.nextToken(); token == JsonToken.PROPERTY_NAME; token = parser.nextToken()) {
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
