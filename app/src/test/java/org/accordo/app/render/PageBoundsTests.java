package org.accordo.app.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The check every PDF test relies on: it must see a table that does not fit, and pass one that
 * does.
 */
class PageBoundsTests {

  private static byte[] pdf(List<Block> blocks) {
    return PdfRenderer.toPdf(DocumentRenderer.page("en", "t", "footer", HtmlWriter.write(blocks)));
  }

  @Test
  void findsTheTextOfATableTooWideForThePage() {
    String word = "x".repeat(40);
    byte[] pdf =
        pdf(
            List.of(
                new Block.Table(
                    List.of("a", "b", "c", "d"),
                    List.of(List.of(word, word, word, word)),
                    List.of(0, 1, 2, 3))));

    assertThat(PageBounds.overflows(pdf)).isNotEmpty();
  }

  @Test
  void passesATableThatFits() {
    byte[] pdf =
        pdf(
            List.of(
                new Block.Heading(1, "Title"),
                new Block.Table(List.of("a", "b"), List.of(List.of("one", "two")), List.of(1))));

    assertThat(PageBounds.overflows(pdf)).isEmpty();
    assertThat(PageBounds.text(pdf, 1)).contains("Title", "one", "two");
  }
}
