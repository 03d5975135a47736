package org.accordo.app.imports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.Map;
import org.accordo.core.clock.EventType;
import org.accordo.core.imports.ImportedEvent;
import org.accordo.core.imports.ImportedTicket;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/**
 * Writes an import's events as the JSON Lines the other commands read ({@code accordo clock
 * replay}, {@code report}, {@code simulate}): one event a line, the ticket named by its id in the
 * PSA, a {@code created} event with the ticket's {@code service} (every command reads that file;
 * not all of them read a subject, so none is written).
 */
final class EventsJsonlSink implements ImportSink {

  private static final JsonFactory JSON = new JsonFactory();

  private final Writer out;

  EventsJsonlSink(Writer out) {
    this.out = out;
  }

  @Override
  public void accept(ImportChunk chunk) {
    Map<String, ImportedTicket> created = new HashMap<>();
    chunk.tickets().forEach(t -> created.put(t.id(), t.ticket()));
    try {
      for (ImportChunk.NewEvent e : chunk.events()) {
        write(e, e.event().type() == EventType.CREATED ? created.get(e.ticketId()) : null);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the events: " + e.getMessage(), e);
    }
  }

  private void write(ImportChunk.NewEvent e, ImportedTicket ticket) throws IOException {
    ImportedEvent event = e.event();
    StringBuilderWriter line = new StringBuilderWriter();
    try (JsonGenerator json = JSON.createGenerator(ObjectWriteContext.empty(), line)) {
      json.writeStartObject();
      json.writeStringProperty("ticket", event.ticket());
      json.writeStringProperty("id", e.id());
      json.writeStringProperty("type", event.type().id());
      json.writeStringProperty("at", event.at().toString());
      if (event.priority() != null) {
        json.writeStringProperty("priority", event.priority());
      }
      if (event.status() != null) {
        json.writeStringProperty("status", event.status().id());
      }
      if (event.visibility() != null) {
        json.writeBooleanProperty("public", event.visibility().name().equals("PUBLIC"));
      }
      if (ticket != null && ticket.service().isPresent()) {
        json.writeStringProperty("service", ticket.service().get());
      }
      json.writeEndObject();
    }
    out.write(line.toString());
    out.write('\n');
  }

  /** A writer into a string builder, for one line. */
  private static final class StringBuilderWriter extends Writer {
    private final StringBuilder text = new StringBuilder(160);

    @Override
    public void write(char[] chars, int offset, int length) {
      text.append(chars, offset, length);
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}

    @Override
    public String toString() {
      return text.toString();
    }
  }
}
