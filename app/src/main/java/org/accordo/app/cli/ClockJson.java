package org.accordo.app.cli;

import java.io.Writer;
import java.time.Instant;
import org.accordo.core.clock.ClockResult;
import org.accordo.core.clock.TimelineSegment;
import org.accordo.core.escalation.EscalationCrossing;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.SerializableString;
import tools.jackson.core.json.JsonFactory;

/**
 * Writes clock results as a JSON array with snake_case fields, one result a line: the form {@code
 * accordo clock replay} prints and tests compare. Instants are ISO-8601 UTC; absent ones are null.
 */
final class ClockJson implements AutoCloseable {

  private static final JsonFactory JSON = new JsonFactory();

  private final JsonGenerator json;
  private boolean first = true;
  private final char[] buffer = new char[IsoInstant.MAX_LENGTH];

  ClockJson(Writer out) {
    this.json = JSON.createGenerator(new NoRootSeparator(), out);
    json.writeRaw("[");
  }

  /** Results are written as root values inside a hand-written array, one a line. */
  private static final class NoRootSeparator extends ObjectWriteContext.Base {
    @Override
    public SerializableString getRootValueSeparator(SerializableString defaultSeparator) {
      return null;
    }
  }

  void write(ClockResult r) {
    json.writeRaw(first ? "\n" : ",\n");
    first = false;
    json.writeStartObject();
    json.writeStringProperty("ticket", r.ticket());
    json.writeStringProperty("metric", r.metric().id());
    json.writeNumberProperty("cycle", r.cycle());
    json.writeStringProperty("priority", r.priority());
    json.writeStringProperty("calendar", r.calendar());
    json.writeStringProperty("state", r.state().id());
    instant("started_at", r.startedAt());
    instant("stopped_at", r.stoppedAt());
    instant("due_at", r.dueAt());
    instant("breached_at", r.breachedAt());
    json.writeNumberProperty("target_seconds", r.targetSeconds());
    json.writeNumberProperty("elapsed_seconds", r.elapsedSeconds());
    json.writeNumberProperty("paused_seconds", r.pausedSeconds());
    json.writeNumberProperty("remaining_seconds", r.remainingSeconds());
    json.writeArrayPropertyStart("escalations");
    for (EscalationCrossing e : r.escalations()) {
      json.writeStartObject();
      json.writeNumberProperty("at_fraction", e.atFraction());
      json.writeStringProperty("level", e.level());
      instant("crossed_at", e.crossedAt());
      instant("expected_at", e.expectedAt());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeArrayPropertyStart("timeline");
    for (TimelineSegment s : r.timeline()) {
      json.writeStartObject();
      instant("from", s.from());
      instant("to", s.to());
      json.writeBooleanProperty("counting", s.counting());
      json.writeStringProperty("why", s.why());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
  }

  private void instant(String name, Instant value) {
    if (value == null) {
      json.writeNullProperty(name);
    } else {
      json.writeName(name);
      json.writeString(buffer, 0, IsoInstant.format(value, buffer));
    }
  }

  @Override
  public void close() {
    json.writeRaw(first ? "]\n" : "\n]\n");
    json.close();
  }
}
