package org.accordo.app.render;

import java.util.ArrayList;
import java.util.List;

/**
 * Prints {@link Block}s as XHTML for {@link DocumentRenderer#page}. A table of more rows than fit a
 * good part of a page may break across pages (its header repeated); a shorter one is kept whole. A
 * table with widths has them fixed ({@code table-layout: fixed}); in one without, a cell with a
 * word too long for any column (a hash, a URL) may break inside it, and other words never do, so
 * the columns keep the widths their words need.
 */
public final class HtmlWriter {

  /** The most rows of a table kept on one page. */
  private static final int SHORT_TABLE = 12;

  /** Words of this many characters or more may be broken anywhere. */
  private static final int LONG_WORD = 30;

  private HtmlWriter() {}

  /** The blocks as well-formed XHTML. */
  public static String write(List<Block> blocks) {
    StringBuilder out = new StringBuilder();
    for (Block block : blocks) {
      if (block instanceof Block.Heading h) {
        out.append("<h")
            .append(h.level())
            .append('>')
            .append(Html.escape(h.text()))
            .append("</h")
            .append(h.level())
            .append(">\n");
      } else if (block instanceof Block.Paragraph p) {
        out.append("<p>").append(Html.escape(p.text())).append("</p>\n");
      } else if (block instanceof Block.Items items) {
        items(out, items);
      } else if (block instanceof Block.Facts facts) {
        facts(out, facts);
      } else if (block instanceof Block.Table table) {
        table(out, table);
      } else if (block instanceof Block.Signatures signatures) {
        signatures(out, signatures);
      } else if (block instanceof Block.PageBreak) {
        out.append("<div class=\"page-break\"></div>\n");
      }
    }
    return out.toString();
  }

  private static void items(StringBuilder out, Block.Items items) {
    if (!items.caption().isEmpty()) {
      out.append("<p class=\"caption\">").append(Html.escape(items.caption())).append("</p>\n");
    }
    out.append("<ul>\n");
    items.items().forEach(i -> out.append("<li>").append(Html.escape(i)).append("</li>\n"));
    out.append("</ul>\n");
  }

  private static void signatures(StringBuilder out, Block.Signatures signatures) {
    out.append("<table class=\"signatures\"><tr>");
    for (int i = 0; i < signatures.parties().size(); i++) {
      if (i > 0) {
        out.append("<td class=\"gap\"></td>");
      }
      out.append("<td>").append(Html.escape(signatures.parties().get(i))).append("</td>");
    }
    out.append("</tr></table>\n");
  }

  private static void facts(StringBuilder out, Block.Facts facts) {
    out.append("<table class=\"facts\">\n");
    for (Block.Fact f : facts.facts()) {
      out.append("<tr><th>")
          .append(Html.escape(f.label()))
          .append("</th><td>")
          .append(Html.escape(f.value()))
          .append("</td></tr>\n");
    }
    out.append("</table>\n");
  }

  private static void table(StringBuilder out, Block.Table table) {
    List<String> classes = new ArrayList<>();
    if (!table.widths().isEmpty()) {
      classes.add("fixed");
    }
    if (table.rows().size() > SHORT_TABLE) {
      classes.add("long");
    }
    out.append(
        classes.isEmpty() ? "<table>" : "<table class=\"" + String.join(" ", classes) + "\">");
    if (!table.widths().isEmpty()) {
      out.append("\n<colgroup>");
      table.widths().forEach(w -> out.append("<col style=\"width: ").append(w).append("%\" />"));
      out.append("</colgroup>");
    }
    out.append("\n<thead><tr>");
    for (int c = 0; c < table.headers().size(); c++) {
      out.append(cell("th", table, c, table.headers().get(c)));
    }
    out.append("</tr></thead>\n<tbody>\n");
    for (List<String> row : table.rows()) {
      out.append("<tr>");
      for (int c = 0; c < row.size(); c++) {
        out.append(cell("td", table, c, row.get(c)));
      }
      out.append("</tr>\n");
    }
    out.append("</tbody>\n</table>\n");
  }

  private static String cell(String tag, Block.Table table, int column, String text) {
    String attr =
        table.numeric().contains(column)
            ? " class=\"num\""
            : table.widths().isEmpty() && hasLongWord(text) ? " class=\"breakable\"" : "";
    return "<" + tag + attr + ">" + Html.escape(text) + "</" + tag + ">";
  }

  private static boolean hasLongWord(String text) {
    int run = 0;
    for (int i = 0; i < text.length(); i++) {
      run = Character.isWhitespace(text.charAt(i)) ? 0 : run + 1;
      if (run >= LONG_WORD) {
        return true;
      }
    }
    return false;
  }
}
