package org.accordo.app.rca;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.accordo.app.refusal.InvalidField;
import org.accordo.app.web.Require;

/**
 * The record form of a draft RCA as typed: every field a string, so that a refused form is shown
 * again exactly as it was sent. Its rows are named as the API names the record's parts ({@code
 * timeline[2].at}, {@code actions[0].owner}), so a refusal names the field the person typed in; a
 * row left wholly blank is no part of the record (a blank row is how one is removed, and how one is
 * added without JavaScript: the form offers two more than the record holds).
 *
 * @param timeline its rows' {@code at} typed as {@code 2026-03-10 09:00} in the reader's zone
 */
public record RcaForm(
    String summary,
    String rootCause,
    List<TimelineRow> timeline,
    List<String> factors,
    List<ActionRow> actions,
    List<NoteRow> notes) {

  /** Blank rows offered after the record's own. */
  static final int BLANK_ROWS = 2;

  /** Rows read from a post at most, per part (the API's 100 and the blank ones). */
  static final int MAX_ROWS = 100 + BLANK_ROWS;

  static final DateTimeFormatter TYPED =
      DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm", Locale.ROOT)
          .withResolverStyle(ResolverStyle.STRICT);

  public RcaForm {
    timeline = List.copyOf(timeline);
    factors = List.copyOf(factors);
    actions = List.copyOf(actions);
    notes = List.copyOf(notes);
  }

  /** A line of the timeline as typed. */
  public record TimelineRow(String at, String what) {
    boolean blank() {
      return isBlank(at) && isBlank(what);
    }
  }

  /** An action as typed: {@code kind}, {@code state} as the API spells them. */
  public record ActionRow(String kind, String description, String owner, String due, String state) {
    boolean blank() {
      return isBlank(description) && isBlank(owner) && isBlank(due);
    }
  }

  /** A note as typed: {@code visibility} {@code customer} or {@code internal}. */
  public record NoteRow(String visibility, String text) {
    boolean blank() {
      return isBlank(text);
    }
  }

  /** The form of {@code rca}'s record, instants in {@code zone}, with blank rows to add more. */
  static RcaForm of(Rca rca, ZoneId zone) {
    RcaBody body = rca.body();
    return new RcaForm(
        rca.summary(),
        rca.rootCause(),
        withBlanks(
            body.timeline().stream()
                .map(e -> new TimelineRow(TYPED.format(e.at().atZone(zone)), e.what())),
            new TimelineRow(null, null)),
        withBlanks(body.contributingFactors().stream(), ""),
        withBlanks(
            body.actions().stream()
                .map(
                    a ->
                        new ActionRow(
                            lower(a.kind()),
                            a.description(),
                            a.owner(),
                            a.due().toString(),
                            lower(a.state()))),
            new ActionRow("corrective", null, null, null, "open")),
        withBlanks(
            body.notes().stream().map(n -> new NoteRow(lower(n.visibility()), n.text())),
            new NoteRow("customer", null)));
  }

  /** The form as posted (fields named {@code timeline[0].at} ...), rows kept as typed. */
  static RcaForm posted(Map<String, String> posted) {
    return new RcaForm(
        posted.get("summary"),
        posted.get("root_cause"),
        rows(
            posted,
            "timeline",
            p -> new TimelineRow(posted.get(p + ".at"), posted.get(p + ".what"))),
        rows(posted, "contributing_factors", p -> posted.getOrDefault(p, "")),
        rows(
            posted,
            "actions",
            p ->
                new ActionRow(
                    posted.get(p + ".kind"),
                    posted.get(p + ".description"),
                    posted.get(p + ".owner"),
                    posted.get(p + ".due"),
                    posted.get(p + ".state"))),
        rows(
            posted,
            "notes",
            p -> new NoteRow(posted.get(p + ".visibility"), posted.get(p + ".text"))));
  }

  /**
   * The record this form writes, checked as the API checks it.
   *
   * @throws InvalidField naming the field typed in ({@code summary}, {@code timeline[1].at} ...)
   */
  Rcas.Draft draft(ZoneId zone) {
    List<RcaBody.TimelineEntry> entries = new ArrayList<>();
    for (int i = 0; i < timeline.size(); i++) {
      TimelineRow row = timeline.get(i);
      String at = "timeline[" + i + "]";
      if (!row.blank()) {
        entries.add(
            RcaController.RcaRecord.timelineEntry(
                new RcaBody.TimelineEntry(instant(row.at(), at + ".at", zone), text(row.what())),
                at));
      }
    }
    List<String> written = new ArrayList<>();
    for (int i = 0; i < factors.size(); i++) {
      if (!isBlank(factors.get(i))) {
        written.add(Require.text(factors.get(i), "contributing_factors[" + i + "]", 1000));
      }
    }
    List<RcaBody.Action> taken = new ArrayList<>();
    for (int i = 0; i < actions.size(); i++) {
      if (!actions.get(i).blank()) {
        taken.add(action(actions.get(i), "actions[" + i + "]"));
      }
    }
    List<RcaBody.Note> kept = new ArrayList<>();
    for (int i = 0; i < notes.size(); i++) {
      if (!notes.get(i).blank()) {
        kept.add(note(notes.get(i), "notes[" + i + "]"));
      }
    }
    return new RcaController.RcaRecord(
            blankless(summary), blankless(rootCause), entries, written, taken, kept)
        .draft();
  }

  private static RcaBody.Action action(ActionRow row, String at) {
    return RcaController.RcaRecord.action(
        new RcaBody.Action(
            choice(row.kind(), at + ".kind", RcaBody.ActionKind.class),
            text(row.description()),
            text(row.owner()),
            date(row.due(), at + ".due"),
            choice(row.state(), at + ".state", RcaBody.ActionState.class)),
        at);
  }

  private static RcaBody.Note note(NoteRow row, String at) {
    return RcaController.RcaRecord.note(
        new RcaBody.Note(
            choice(row.visibility(), at + ".visibility", RcaBody.NoteVisibility.class), row.text()),
        at);
  }

  /** {@code 2026-03-10 09:00} in {@code zone}: an impossible date or a skipped time refused. */
  static Instant instant(String typed, String field, ZoneId zone) {
    if (isBlank(typed)) {
      throw new InvalidField(field, "is required");
    }
    LocalDateTime local;
    try {
      local = LocalDateTime.parse(typed.strip(), TYPED);
    } catch (DateTimeParseException e) {
      throw new InvalidField(field, "must be a date and time such as 2026-03-10 09:00");
    }
    if (zone.getRules().getValidOffsets(local).isEmpty()) {
      throw new InvalidField(field, "does not exist in " + zone + ": the clocks skip it");
    }
    return local.atZone(zone).toInstant();
  }

  private static LocalDate date(String typed, String field) {
    if (isBlank(typed)) {
      throw new InvalidField(field, "is required");
    }
    try {
      return LocalDate.parse(typed.strip());
    } catch (DateTimeParseException e) {
      throw new InvalidField(field, "must be a date such as 2026-03-31");
    }
  }

  private static <E extends Enum<E>> E choice(String typed, String field, Class<E> type) {
    try {
      return Enum.valueOf(type, text(typed).strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidField(field, "is not one of the choices: '" + typed + "'");
    }
  }

  private static <T> List<T> rows(
      Map<String, String> posted, String part, Function<String, T> row) {
    int last =
        IntStream.range(0, MAX_ROWS)
            .filter(i -> posted.keySet().stream().anyMatch(k -> k.startsWith(part + "[" + i + "]")))
            .max()
            .orElse(-1);
    return IntStream.rangeClosed(0, last).mapToObj(i -> row.apply(part + "[" + i + "]")).toList();
  }

  private static <T> List<T> withBlanks(Stream<T> rows, T blank) {
    return Stream.concat(rows, Stream.generate(() -> blank).limit(BLANK_ROWS)).toList();
  }

  private static String lower(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT);
  }

  private static String text(String value) {
    return value == null ? "" : value;
  }

  private static String blankless(String value) {
    return isBlank(value) ? null : value.strip();
  }

  private static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }
}
