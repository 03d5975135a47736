package org.accordo.app.reports;

import java.util.ArrayList;
import java.util.List;
import org.accordo.app.render.Block;

/** Collects one section's parts: blocks, with charts between them. */
final class Parts {

  private final List<Part> parts = new ArrayList<>();
  private List<Block> pending = new ArrayList<>();

  /** A section that starts with a heading of level 2. */
  Parts(String title) {
    pending.add(new Block.Heading(2, title));
  }

  /** A run of parts without a heading of its own. */
  Parts() {}

  Parts add(Block block) {
    pending.add(block);
    return this;
  }

  Parts addAll(List<Block> blocks) {
    pending.addAll(blocks);
    return this;
  }

  Parts chart(String svg, String caption) {
    flush();
    parts.add(new Part.Chart(svg, caption));
    return this;
  }

  List<Part> done() {
    flush();
    return parts;
  }

  private void flush() {
    if (!pending.isEmpty()) {
      parts.add(new Part.Blocks(pending));
      pending = new ArrayList<>();
    }
  }
}
