package org.accordo.app.desk;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.accordo.app.render.Labels;
import org.accordo.app.ui.Formats;
import org.accordo.core.clock.ClockExplanation;
import org.accordo.core.clock.ClockExplanation.Step;
import org.accordo.core.clock.ClockExplanation.Stretch;
import org.accordo.core.clock.ClockResult;
import org.accordo.core.clock.ClockState;

/**
 * One clock of the ticket page: its numbers, its life drawn as a bar (counting, paused, outside
 * business hours) and the story of how it was measured, in the reader's language and zone.
 *
 * @param title the metric, cycle and priority
 * @param state the state in words
 * @param css the state's class ({@code breached}, {@code ok}, {@code done})
 * @param target the target in hours and minutes
 * @param counted the business time counted
 * @param paused the business time paused
 * @param remaining the time left, or how long it is overdue
 * @param from the bar's start (the clock's start) in the reader's zone
 * @param to the bar's end (its stop, or now)
 * @param bar the bar's pieces, in time order, on a scale of {@link #SCALE}
 * @param story the sentences of its explanation
 */
public record ClockPanel(
    String title,
    String state,
    String css,
    String target,
    String counted,
    String paused,
    String remaining,
    String from,
    String to,
    List<BarPiece> bar,
    List<String> story) {

  /** The bar's length in the SVG's units. */
  public static final int SCALE = 1000;

  /**
   * A piece of the bar.
   *
   * @param css {@code counting}, {@code paused} or {@code closed}
   * @param x where it starts, 0 to {@link #SCALE}
   * @param width its length, positive
   * @param title what it was, for the reader (its period and why)
   */
  public record BarPiece(String css, long x, long width, String title) {

    public BarPiece {
      Objects.requireNonNull(css, "css");
      Objects.requireNonNull(title, "title");
      if (x < 0 || width <= 0 || x + width > SCALE) {
        throw new IllegalArgumentException("a piece lies within the bar: " + x + "+" + width);
      }
    }
  }

  public ClockPanel {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(state, "state");
    bar = List.copyOf(bar);
    story = List.copyOf(story);
  }

  /** The panel of {@code explanation} at {@code now}, for a reader in {@code zone}. */
  static ClockPanel of(ClockExplanation explanation, Instant now, ZoneId zone, Labels labels) {
    ClockResult clock = explanation.clock();
    Instant start = clock.startedAt();
    Instant end =
        explanation.stretches().isEmpty()
            ? (clock.stoppedAt() == null ? now : clock.stoppedAt())
            : explanation.stretches().get(explanation.stretches().size() - 1).to();
    long remaining = clock.remainingSeconds();
    return new ClockPanel(
        labels.get(
            "page.ticket.clock.title",
            labels.get("metric." + clock.metric().id()),
            clock.cycle(),
            clock.priority()),
        labels.get("state." + clock.state().id()),
        css(clock.state()),
        Formats.hoursAndMinutes(Duration.ofSeconds(clock.targetSeconds())),
        Formats.hoursAndMinutes(Duration.ofSeconds(clock.elapsedSeconds())),
        Formats.hoursAndMinutes(Duration.ofSeconds(clock.pausedSeconds())),
        remaining < 0
            ? labels.get(
                "page.board.overdue", Formats.hoursAndMinutes(Duration.ofSeconds(remaining)))
            : Formats.hoursAndMinutes(Duration.ofSeconds(remaining)),
        Formats.instant(start, zone),
        Formats.instant(end, zone),
        bar(explanation.stretches(), start, end, zone, labels),
        explanation.steps().stream().map(s -> sentence(s, clock, zone, labels)).toList());
  }

  private static String css(ClockState state) {
    return switch (state) {
      case BREACHED -> "breached";
      case RUNNING, PAUSED -> "ok";
      case MET, CANCELLED, SUPERSEDED -> "done";
    };
  }

  /** The stretches on a scale of {@link #SCALE}; pieces too short to be seen are left out. */
  static List<BarPiece> bar(
      List<Stretch> stretches, Instant start, Instant end, ZoneId zone, Labels labels) {
    long total = Duration.between(start, end).toMillis();
    List<BarPiece> pieces = new ArrayList<>();
    if (total <= 0) {
      return pieces;
    }
    for (Stretch s : stretches) {
      long x = position(s.from(), start, total);
      long width = position(s.to(), start, total) - x;
      if (width > 0) {
        String css = s.kind().name().toLowerCase(java.util.Locale.ROOT);
        pieces.add(
            new BarPiece(
                css,
                x,
                width,
                labels.get(
                    "page.ticket.bar." + css,
                    Formats.instant(s.from(), zone),
                    Formats.instant(s.to(), zone),
                    s.why())));
      }
    }
    return pieces;
  }

  private static long position(Instant at, Instant start, long total) {
    long offset = Math.max(0, Math.min(total, Duration.between(start, at).toMillis()));
    return Math.round((double) offset * SCALE / total);
  }

  private static String sentence(Step s, ClockResult clock, ZoneId zone, Labels labels) {
    return switch (s.kind()) {
      case STARTED -> labels.get("page.ticket.story.started", at(s.at(), zone));
      case SEGMENT ->
          labels.get(
              s.counting() ? "page.ticket.story.counting" : "page.ticket.story.paused",
              at(s.at(), zone),
              at(s.until(), zone),
              s.why());
      case CLOSED -> labels.get("page.ticket.story.closed", at(s.at(), zone), at(s.until(), zone));
      case MORE_CLOSED -> labels.get("page.ticket.story.more", s.count());
      case STOPPED -> labels.get("page.ticket.story.stopped", at(s.at(), zone));
      case TOTALS ->
          labels.get(
              "page.ticket.story.totals",
              Formats.hoursAndMinutes(Duration.ofSeconds(clock.elapsedSeconds())),
              Formats.hoursAndMinutes(Duration.ofSeconds(clock.pausedSeconds())),
              clock.remainingSeconds() < 0
                  ? labels.get(
                      "page.board.overdue",
                      Formats.hoursAndMinutes(Duration.ofSeconds(clock.remainingSeconds())))
                  : Formats.hoursAndMinutes(Duration.ofSeconds(clock.remainingSeconds())));
      case BREACHED -> labels.get("page.ticket.story.breached", at(s.at(), zone));
      case DUE -> labels.get("page.ticket.story.due", at(s.at(), zone));
      case WOULD_HAVE_BEEN_DUE -> labels.get("page.ticket.story.would", at(s.at(), zone));
      case FROZEN -> labels.get("page.ticket.story.frozen");
      case ESCALATION_CROSSED ->
          labels.get(
              "page.ticket.story.crossed",
              s.escalation().level(),
              percent(s.escalation().atFraction()),
              at(s.at(), zone));
      case ESCALATION_EXPECTED ->
          labels.get(
              "page.ticket.story.expected",
              s.escalation().level(),
              percent(s.escalation().atFraction()),
              at(s.at(), zone));
    };
  }

  private static String at(Instant instant, ZoneId zone) {
    return Formats.instant(instant, zone);
  }

  static String percent(double fraction) {
    double p = fraction * 100;
    return (p == Math.rint(p) ? String.valueOf((long) p) : String.valueOf(p)) + " %";
  }
}
