package org.accordo.app.reports;

import java.util.List;
import java.util.Objects;
import org.accordo.app.render.Block;

/**
 * A piece of the printed period report: blocks every format prints, or a chart that only HTML and
 * PDF can show.
 */
sealed interface Part {

  /** Blocks printed by the shared HTML and Markdown writers. */
  record Blocks(List<Block> blocks) implements Part {
    public Blocks {
      blocks = List.copyOf(blocks);
    }
  }

  /** A chart as an SVG element; {@code caption} names it where it cannot be drawn. */
  record Chart(String svg, String caption) implements Part {
    public Chart {
      Objects.requireNonNull(svg, "svg");
      Objects.requireNonNull(caption, "caption");
    }
  }
}
