package org.accordo.app.render;

import java.util.List;

/** Prints {@link Block}s as CommonMark with GitHub tables. */
public final class MarkdownWriter {

  private MarkdownWriter() {}

  /** The blocks as Markdown, blocks separated by a blank line. */
  public static String write(List<Block> blocks) {
    StringBuilder out = new StringBuilder();
    for (Block block : blocks) {
      if (block instanceof Block.Heading h) {
        out.append("#".repeat(h.level())).append(' ').append(inline(h.text())).append('\n');
      } else if (block instanceof Block.Paragraph p) {
        out.append(inline(p.text())).append('\n');
      } else if (block instanceof Block.Items items) {
        if (!items.caption().isEmpty()) {
          out.append(inline(items.caption())).append("\n\n");
        }
        items.items().forEach(i -> out.append("- ").append(inline(i)).append('\n'));
      } else if (block instanceof Block.Facts facts) {
        facts
            .facts()
            .forEach(
                f ->
                    out.append("- **")
                        .append(inline(f.label()))
                        .append(":** ")
                        .append(inline(f.value()))
                        .append('\n'));
      } else if (block instanceof Block.Table table) {
        table(out, table);
      } else if (block instanceof Block.Signatures signatures) {
        signatures
            .parties()
            .forEach(p -> out.append(inline(p)).append(": ______________________\n\n"));
      } else if (block instanceof Block.PageBreak) {
        out.append("---\n");
      }
      out.append('\n');
    }
    return out.toString();
  }

  private static void table(StringBuilder out, Block.Table table) {
    out.append('|');
    table.headers().forEach(h -> out.append(' ').append(cell(h)).append(" |"));
    out.append("\n|");
    for (int c = 0; c < table.headers().size(); c++) {
      out.append(table.numeric().contains(c) ? " ---: |" : " --- |");
    }
    out.append('\n');
    for (List<String> row : table.rows()) {
      out.append('|');
      row.forEach(cell -> out.append(' ').append(cell(cell)).append(" |"));
      out.append('\n');
    }
  }

  private static String cell(String text) {
    return inline(text).replace("|", "\\|");
  }

  /** Escapes the characters that would start Markdown markup inside a line. */
  static String inline(String text) {
    return text.replace("\\", "\\\\")
        .replace("*", "\\*")
        .replace("_", "\\_")
        .replace("`", "\\`")
        .replace("<", "&lt;")
        .replace("[", "\\[")
        .replace("\n", " ");
  }
}
