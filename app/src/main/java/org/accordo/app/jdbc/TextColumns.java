package org.accordo.app.jdbc;

/**
 * Text cut to fit a {@code VARCHAR(n)} column on both databases: at most {@code n} UTF-16 units (H2
 * counts those; PostgreSQL counts code points, never more), and never between the two halves of a
 * surrogate pair, which would leave a lone surrogate that H2 stores as it is (breaking the JSON it
 * is later written into) and PostgreSQL turns into {@code ?}.
 */
public final class TextColumns {

  private TextColumns() {}

  /**
   * {@code text} if it fits {@code maxUnits}, else its longest prefix that does, ending with {@code
   * …}; {@code null} stays {@code null}.
   */
  public static String cut(String text, int maxUnits) {
    if (text == null || text.length() <= maxUnits) {
      return text;
    }
    int end = maxUnits - 1;
    if (Character.isHighSurrogate(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(0, end) + "…";
  }
}
