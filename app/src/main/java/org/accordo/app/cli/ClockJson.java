package org.accordo.app.cli;

import java.io.StringWriter;
import java.io.Writer;
import java.time.Instant;
import java.util.List;
import org.accordo.core.clock.ClockEngine;
import org.accordo.core.clock.ClockResult;
import org.accordo.core.clock.TicketEvent;
import org.accordo.core.clock.TimelineSegment;
import org.accordo.core.escalation.EscalationCrossing;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.SerializableString;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.io.SerializedString;
import tools.jackson.core.json.JsonFactory;

/**
 * Writes clock results as a JSON array with snake_case fields, one result a line: the form {@code
 * accordo clock replay} prints and tests compare. Instants are ISO-8601 UTC; absent ones are null.
 */
final class ClockJson implements AutoCloseable {

  /**
   * The generator flushes but never closes what it writes to: the caller owns standard output or
   * the file.
   */
  private static final JsonFactory JSON =
      JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

  private static final SerializedString AT_FRACTION = new SerializedString("at_fraction");
  private static final SerializedString BREACHED_AT = new SerializedString("breached_at");
  private static final SerializedString CALENDAR = new SerializedString("calendar");
  private static final SerializedString COUNTING = new SerializedString("counting");
  private static final SerializedString CROSSED_AT = new SerializedString("crossed_at");
  private static final SerializedString CYCLE = new SerializedString("cycle");
  private static final SerializedString DUE_AT = new SerializedString("due_at");
  private static final SerializedString ELAPSED_SECONDS = new SerializedString("elapsed_seconds");
  private static final SerializedString ESCALATIONS = new SerializedString("escalations");
  private static final SerializedString EXPECTED_AT = new SerializedString("expected_at");
  private static final SerializedString FROM = new SerializedString("from");
  private static final SerializedString LEVEL = new SerializedString("level");
  private static final SerializedString METRIC = new SerializedString("metric");
  private static final SerializedString PAUSED_SECONDS = new SerializedString("paused_seconds");
  private static final SerializedString PRIORITY = new SerializedString("priority");
  private static final SerializedString REMAINING_SECONDS =
      new SerializedString("remaining_seconds");
  private static final SerializedString STARTED_AT = new SerializedString("started_at");
  private static final SerializedString STATE = new SerializedString("state");
  private static final SerializedString STOPPED_AT = new SerializedString("stopped_at");
  private static final SerializedString TARGET_SECONDS = new SerializedString("target_seconds");
  private static final SerializedString TICKET = new SerializedString("ticket");
  private static final SerializedString TIMELINE = new SerializedString("timeline");
  private static final SerializedString TO = new SerializedString("to");
  private static final SerializedString WHY = new SerializedString("why");

  private final JsonGenerator json;
  private boolean first = true;
  private final char[] buffer = new char[IsoInstant.MAX_LENGTH];

  /** Whether the output is a whole JSON array or a run of objects to be placed inside one. */
  private enum Framing {
    ARRAY,
    FRAGMENT
  }

  private final Framing framing;

  /** Writes a JSON array of results, e.g. to the command's standard output. */
  ClockJson(Writer out) {
    this(out, Framing.ARRAY);
  }

  private ClockJson(Writer out, Framing framing) {
    this.json = JSON.createGenerator(new NoRootSeparator(), out);
    this.framing = framing;
    if (framing == Framing.ARRAY) {
      json.writeRaw("[");
    }
  }

  /**
   * The results of {@code histories} as a fragment of the array: each object preceded by {@code
   * ",\n"} (the writer drops the comma before the array's first object). Empty if there are none.
   */
  static String fragment(ClockEngine engine, List<List<TicketEvent>> histories, Instant now) {
    StringWriter text = new StringWriter(histories.size() * 4096);
    try (ClockJson json = new ClockJson(text, Framing.FRAGMENT)) {
      for (List<TicketEvent> history : histories) {
        for (ClockResult result : engine.fold(history, now)) {
          json.write(result);
        }
      }
    }
    return text.toString();
  }

  /** Results are written as root values inside a hand-written array, one a line. */
  private static final class NoRootSeparator extends ObjectWriteContext.Base {
    @Override
    public SerializableString getRootValueSeparator(SerializableString defaultSeparator) {
      return null;
    }
  }

  void write(ClockResult r) {
    json.writeRaw(first && framing == Framing.ARRAY ? "\n" : ",\n");
    first = false;
    json.writeStartObject();
    string(TICKET, r.ticket());
    string(METRIC, r.metric().id());
    number(CYCLE, r.cycle());
    string(PRIORITY, r.priority());
    string(CALENDAR, r.calendar());
    string(STATE, r.state().id());
    instant(STARTED_AT, r.startedAt());
    instant(STOPPED_AT, r.stoppedAt());
    instant(DUE_AT, r.dueAt());
    instant(BREACHED_AT, r.breachedAt());
    number(TARGET_SECONDS, r.targetSeconds());
    number(ELAPSED_SECONDS, r.elapsedSeconds());
    number(PAUSED_SECONDS, r.pausedSeconds());
    number(REMAINING_SECONDS, r.remainingSeconds());
    json.writeName(ESCALATIONS);
    json.writeStartArray();
    for (EscalationCrossing e : r.escalations()) {
      json.writeStartObject();
      number(AT_FRACTION, e.atFraction());
      string(LEVEL, e.level());
      instant(CROSSED_AT, e.crossedAt());
      instant(EXPECTED_AT, e.expectedAt());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeName(TIMELINE);
    json.writeStartArray();
    for (TimelineSegment s : r.timeline()) {
      json.writeStartObject();
      instant(FROM, s.from());
      instant(TO, s.to());
      bool(COUNTING, s.counting());
      string(WHY, s.why());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
  }

  private void instant(SerializedString name, Instant value) {
    json.writeName(name);
    if (value == null) {
      json.writeNull();
    } else {
      json.writeString(buffer, 0, IsoInstant.format(value, buffer));
    }
  }

  private void string(SerializedString name, String value) {
    json.writeName(name);
    json.writeString(value);
  }

  private void number(SerializedString name, long value) {
    json.writeName(name);
    json.writeNumber(value);
  }

  private void number(SerializedString name, double value) {
    json.writeName(name);
    json.writeNumber(value);
  }

  private void bool(SerializedString name, boolean value) {
    json.writeName(name);
    json.writeBoolean(value);
  }

  @Override
  public void close() {
    if (framing == Framing.ARRAY) {
      json.writeRaw(first ? "]\n" : "\n]\n");
    }
    json.close();
  }
}
