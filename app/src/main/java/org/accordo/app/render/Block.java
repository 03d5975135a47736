package org.accordo.app.render;

import java.util.List;
import java.util.Objects;

/**
 * A piece of a printed document, independent of its format: {@link HtmlWriter} and {@link
 * MarkdownWriter} print the same blocks, so the HTML, PDF and Markdown forms of a document say the
 * same thing. Text is plain (writers escape it).
 */
public sealed interface Block {

  /** A heading; {@code level} 1 is the document title, 2 a section, 3 a subsection. */
  record Heading(int level, String text) implements Block {
    public Heading {
      Objects.requireNonNull(text, "text");
      if (level < 1 || level > 4) {
        throw new IllegalArgumentException("a heading level is 1 to 4, was " + level);
      }
    }
  }

  /** A paragraph of plain text. */
  record Paragraph(String text) implements Block {
    public Paragraph {
      Objects.requireNonNull(text, "text");
    }
  }

  /** A bullet list, optionally introduced by a caption. */
  record Items(String caption, List<String> items) implements Block {
    public Items {
      Objects.requireNonNull(caption, "caption");
      items = List.copyOf(items);
    }
  }

  /** Label and value pairs, e.g. the facts of a section. */
  record Facts(List<Fact> facts) implements Block {
    public Facts {
      facts = List.copyOf(facts);
    }
  }

  /** One label and its value. */
  record Fact(String label, String value) {
    public Fact {
      Objects.requireNonNull(label, "label");
      Objects.requireNonNull(value, "value");
    }
  }

  /** Signature lines, one per party, with room to sign. */
  record Signatures(List<String> parties) implements Block {
    public Signatures {
      parties = List.copyOf(parties);
    }
  }

  /**
   * The end of a page: what follows starts on a new page of the PDF (and of a printed HTML page);
   * Markdown has no pages and prints a thematic break.
   */
  record PageBreak() implements Block {}

  /**
   * A table; columns whose index is in {@code numeric} are right-aligned. {@code widths}, when not
   * empty, gives each column its share of the page's width in percent (adding up to 100): the
   * columns keep those widths whatever their words, and a word too long for its column is broken.
   * Without widths the words decide them.
   */
  record Table(
      List<String> headers, List<List<String>> rows, List<Integer> numeric, List<Integer> widths)
      implements Block {
    public Table {
      headers = List.copyOf(headers);
      rows = rows.stream().map(List::copyOf).toList();
      numeric = List.copyOf(numeric);
      widths = List.copyOf(widths);
      for (List<String> row : rows) {
        if (row.size() != headers.size()) {
          throw new IllegalArgumentException(
              "a row has " + row.size() + " cells for " + headers.size() + " headers");
        }
      }
      if (!widths.isEmpty()
          && (widths.size() != headers.size()
              || widths.stream().mapToInt(Integer::intValue).sum() != 100)) {
        throw new IllegalArgumentException(
            "widths are one percentage per column adding up to 100, were " + widths);
      }
    }

    /** A table whose words decide its columns' widths. */
    public Table(List<String> headers, List<List<String>> rows, List<Integer> numeric) {
      this(headers, rows, numeric, List.of());
    }
  }
}
