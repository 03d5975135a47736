package org.accordo.app.render;

/** Escaping text for XHTML documents. */
public final class Html {

  private Html() {}

  /** {@code text} with the five XML special characters escaped and control characters dropped. */
  public static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    text.codePoints()
        .forEach(
            c -> {
              switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                  if (c >= 0x20 || c == '\n' || c == '\t') {
                    out.appendCodePoint(c);
                  }
                }
              }
            });
    return out.toString();
  }
}
