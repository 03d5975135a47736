package org.accordo.app.cli;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.accordo.app.eventcodec.EventCodec;
import org.accordo.app.eventcodec.EventFields;
import org.accordo.app.eventcodec.EventPayload;
import org.accordo.core.clock.EventType;
import org.accordo.core.clock.TicketEvent;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.json.JsonFactory;

/**
 * Reads ticket events from JSON Lines, one object a line, streaming: {@code {"ticket":"T-1",
 * "id":"e1","type":"created","at":"2026-02-02T09:00:00Z","priority":"P2"}}. Payload fields: {@code
 * priority} (created, priority_changed), {@code service} (created, optional), {@code status}
 * (status_changed), {@code public} (agent_replied), {@code from}, {@code to}, {@code reason},
 * {@code metrics} (excluded). Blank lines are skipped. The first malformed line stops the reading
 * with a {@link MalformedEventLine} naming it.
 */
public final class EventsJsonl {

  private static final JsonFactory JSON = new JsonFactory();

  private EventsJsonl() {}

  /** Reads every event, in file order. @throws MalformedEventLine at the first bad line */
  public static List<TicketEvent> read(Reader reader) {
    List<TicketEvent> events = new ArrayList<>();
    forEach(reader, events::add);
    return events;
  }

  /**
   * Hands each event to {@code sink} as soon as its line is read.
   *
   * @throws MalformedEventLine at the first bad line
   * @throws UncheckedIOException if reading fails
   */
  public static void forEach(Reader reader, Consumer<TicketEvent> sink) {
    Fields fields = new Fields();
    long line = 0;
    try (JsonParser parser = JSON.createParser(ObjectReadContext.empty(), reader)) {
      for (JsonToken token = next(parser, line); token != null; token = next(parser, line)) {
        long start = parser.currentTokenLocation().getLineNr();
        if (start == line) {
          throw new MalformedEventLine(line, "one JSON object per line; found another after it");
        }
        line = start;
        if (token != JsonToken.START_OBJECT) {
          throw new MalformedEventLine(line, "an event must be a JSON object");
        }
        fields.clear();
        for (JsonToken t = next(parser, line); t != JsonToken.END_OBJECT; t = next(parser, line)) {
          if (t != JsonToken.PROPERTY_NAME) {
            throw new MalformedEventLine(line, "an event must be a JSON object");
          }
          readField(parser, parser.currentName(), line, fields);
        }
        if (parser.currentTokenLocation().getLineNr() != line) {
          throw new MalformedEventLine(line, "an event must be written on one line");
        }
        sink.accept(event(line, fields));
      }
    } catch (JacksonException e) {
      throw new UncheckedIOException(new IOException(e.getOriginalMessage(), e));
    }
  }

  /**
   * The next token; a syntax error becomes a {@link MalformedEventLine} at the line the parser
   * reached.
   */
  private static JsonToken next(JsonParser parser, long line) {
    try {
      return parser.nextToken();
    } catch (JacksonIOException e) {
      throw new UncheckedIOException("cannot read events: " + e.getOriginalMessage(), e.getCause());
    } catch (JacksonException e) {
      long at =
          e.getLocation() != null && e.getLocation().getLineNr() > 0
              ? e.getLocation().getLineNr()
              : line;
      throw new MalformedEventLine(at, "not valid JSON: " + e.getOriginalMessage());
    }
  }

  /**
   * The fields of one line; reused from line to line, and the last ticket id is kept to share it.
   */
  private static final class Fields {
    String ticket;
    String id;
    String type;
    String at;
    String priority;
    String status;
    Boolean isPublic;
    String from;
    String to;
    String reason;
    List<String> metrics;
    String lastTicket;

    void clear() {
      ticket = id = type = at = priority = status = from = to = reason = null;
      isPublic = null;
      metrics = null;
    }
  }

  private static void readField(JsonParser parser, String name, long number, Fields f) {
    JsonToken value = next(parser, number);
    switch (name) {
      case "ticket" -> f.ticket = text(parser, value, name, number);
      case "id" -> f.id = text(parser, value, name, number);
      case "type" -> f.type = text(parser, value, name, number);
      case "at" -> f.at = text(parser, value, name, number);
      case "priority" -> f.priority = text(parser, value, name, number);
      case "service" -> text(parser, value, name, number);
      case "status" -> f.status = text(parser, value, name, number);
      case "from" -> f.from = text(parser, value, name, number);
      case "to" -> f.to = text(parser, value, name, number);
      case "reason" -> f.reason = text(parser, value, name, number);
      case "public" -> {
        if (value != JsonToken.VALUE_TRUE && value != JsonToken.VALUE_FALSE) {
          throw new MalformedEventLine(number, "'public' must be true or false");
        }
        f.isPublic = value == JsonToken.VALUE_TRUE;
      }
      case "metrics" -> f.metrics = texts(parser, value, number);
      default ->
          throw new MalformedEventLine(
              number,
              "unknown field '"
                  + name
                  + "'; an event has ticket, id, type, at, priority, service, status, public, from, to, reason, metrics");
    }
  }

  private static String text(JsonParser parser, JsonToken value, String name, long number) {
    if (value != JsonToken.VALUE_STRING) {
      throw new MalformedEventLine(number, "'" + name + "' must be a string");
    }
    String text = parser.getString();
    if (text.isBlank()) {
      throw new MalformedEventLine(number, "'" + name + "' must not be empty");
    }
    return text;
  }

  private static List<String> texts(JsonParser parser, JsonToken value, long number) {
    if (value != JsonToken.START_ARRAY) {
      throw new MalformedEventLine(number, "'metrics' must be a list of metric ids");
    }
    List<String> texts = new ArrayList<>();
    for (JsonToken item = next(parser, number);
        item != JsonToken.END_ARRAY;
        item = next(parser, number)) {
      texts.add(text(parser, item, "metrics", number));
    }
    return texts;
  }

  /**
   * The event of a line, checked by the one {@link EventCodec}; a problem is reported at the line,
   * naming the event and the field.
   */
  private static TicketEvent event(long number, Fields f) {
    String ticket = required(f.ticket, "ticket", number);
    if (ticket.equals(f.lastTicket)) {
      ticket = f.lastTicket;
    }
    f.lastTicket = ticket;
    String id = required(f.id, "id", number);
    String where = "ticket " + ticket + ", event " + id + ": ";
    EventCodec.Problems problems =
        (field, message) -> new MalformedEventLine(number, where + field + ": " + message);
    EventType type = EventCodec.type(required(f.type, "type", number), problems);
    Instant at = EventCodec.instant(required(f.at, "at", number), "at", problems);
    EventPayload payload =
        EventCodec.payload(
            type,
            new EventFields(f.priority, f.status, f.isPublic, f.from, f.to, f.reason, f.metrics),
            problems);
    try {
      return EventCodec.toCore(ticket, id, type, at, payload);
    } catch (IllegalArgumentException e) {
      throw new MalformedEventLine(number, e.getMessage());
    }
  }

  private static String required(String value, String name, long number) {
    if (value == null) {
      throw new MalformedEventLine(number, "'" + name + "' is missing");
    }
    return value;
  }
}
