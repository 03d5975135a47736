package org.accordo.app.refusal;

/**
 * A value as a refusal may quote it: at most {@value #MAX_CODE_POINTS} characters (code points),
 * then an ellipsis and the value's length, with control characters and line breaks shown as {@code
 * ?} and a lone surrogate as U+FFFD. A client that sent 100 KB reads back a line, never its 100 KB;
 * a value that breaks a log line or a JSON writer is never echoed as it is.
 */
public final class Excerpt {

  /** The most characters of a value quoted. */
  public static final int MAX_CODE_POINTS = 40;

  private Excerpt() {}

  /**
   * The excerpt of {@code value}, e.g. {@code 'abc'} as {@code abc}, a 100,000-character value as
   * its first 40 characters followed by {@code … (100000 characters)}; {@code null} as {@code
   * null}.
   */
  public static String of(String value) {
    if (value == null) {
      return "null";
    }
    StringBuilder shown = new StringBuilder(Math.min(value.length(), MAX_CODE_POINTS * 2) + 24);
    int codePoints = 0;
    for (int i = 0; i < value.length(); ) {
      int cp = value.codePointAt(i);
      i += Character.charCount(cp);
      if (codePoints < MAX_CODE_POINTS) {
        shown.appendCodePoint(shown(cp));
      }
      codePoints++;
    }
    if (codePoints > MAX_CODE_POINTS) {
      shown.append("… (").append(codePoints).append(" characters)");
    }
    return shown.toString();
  }

  private static int shown(int cp) {
    if (cp <= Character.MAX_VALUE && Character.isSurrogate((char) cp)) {
      return 0xFFFD;
    }
    if (Character.getType(cp) == Character.CONTROL || cp == 0x2028 || cp == 0x2029) {
      return '?';
    }
    return cp;
  }
}
