package org.accordo.app.contracts;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.accordo.core.contract.lint.Finding;
import org.accordo.core.yaml.YamlProblem;

/**
 * A contract document shown line by line, with each load problem or lint finding under the line it
 * concerns (those of the whole document, line 0, first), so the uploader sees where to fix it.
 *
 * @param general notes about the whole document
 * @param lines the document's lines, 1-based, each with its notes
 */
public record DocumentLines(List<Note> general, List<Line> lines) {

  /**
   * A problem or finding.
   *
   * @param css {@code error}, {@code warning} or {@code info}
   * @param severity the severity's label
   * @param column the 1-based column, or 0 when unknown
   * @param message what is wrong
   * @param hint how to fix it, or empty
   * @param rule the lint rule's id, or empty for a load problem
   */
  public record Note(
      String css, String severity, int column, String message, String hint, String rule) {

    public Note {
      Objects.requireNonNull(css, "css");
      Objects.requireNonNull(message, "message");
      hint = hint == null ? "" : hint;
      rule = rule == null ? "" : rule;
    }
  }

  /**
   * A line of the document.
   *
   * @param number its 1-based number
   * @param text its text
   * @param notes the notes about it
   */
  public record Line(int number, String text, List<Note> notes) {

    public Line {
      Objects.requireNonNull(text, "text");
      notes = List.copyOf(notes);
    }

    /** The anchor of the line, for links from a note's summary. */
    public String anchor() {
      return "line-" + number;
    }
  }

  public DocumentLines {
    general = List.copyOf(general);
    lines = List.copyOf(lines);
  }

  /** The number of notes, all lines together. */
  public int count() {
    return general.size() + lines.stream().mapToInt(l -> l.notes().size()).sum();
  }

  /** {@code document} with its lint {@code findings}. */
  static DocumentLines ofFindings(String document, List<Finding> findings) {
    return of(
        document,
        findings.stream()
            .map(
                f ->
                    new Located(
                        f.location().line(),
                        new Note(
                            f.severity().label(),
                            f.severity().label(),
                            f.location().column(),
                            f.message(),
                            f.hint(),
                            f.rule())))
            .toList());
  }

  /** {@code document} with the {@code problems} that keep it from loading. */
  static DocumentLines ofProblems(String document, List<YamlProblem> problems) {
    return of(
        document,
        problems.stream()
            .map(
                p ->
                    new Located(
                        p.line(), new Note("error", "error", p.column(), p.message(), "", "")))
            .toList());
  }

  private record Located(int line, Note note) {}

  private static DocumentLines of(String document, List<Located> notes) {
    String[] texts = document.split("\r\n|\n|\r", -1);
    int count =
        texts.length > 0 && texts[texts.length - 1].isEmpty() ? texts.length - 1 : texts.length;
    List<List<Note>> perLine = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      perLine.add(new ArrayList<>());
    }
    List<Note> general = new ArrayList<>();
    for (Located located : notes) {
      if (located.line() >= 1 && located.line() <= count) {
        perLine.get(located.line() - 1).add(located.note());
      } else {
        general.add(located.note());
      }
    }
    List<Line> lines = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      lines.add(new Line(i + 1, texts[i], perLine.get(i)));
    }
    return new DocumentLines(general, lines);
  }
}
