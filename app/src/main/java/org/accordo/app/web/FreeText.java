package org.accordo.app.web;

import org.accordo.app.refusal.InvalidField;

/**
 * The one rule for text a client writes in its own words (a subject, a name, a reason, a PSA's
 * ticket number), applied by {@link Require#text} to every such field of the API:
 *
 * <ul>
 *   <li>well-formed UTF-16: a lone surrogate ({@code "a\\ud800b"}) is refused, because no database
 *       stores it faithfully (H2 keeps it and breaks the JSON written later, PostgreSQL turns it
 *       into {@code ?});
 *   <li>one line: no control character (C0, DEL, C1: {@code U+0000}–{@code U+001F}, {@code
 *       U+007F}–{@code U+009F}) and no line or paragraph separator ({@code U+2028}, {@code
 *       U+2029}); no field of the API takes line breaks;
 *   <li>at least one visible character: a letter, digit, punctuation mark or symbol (or a private
 *       use character), not a space, a format character ({@code U+200B}, {@code U+FEFF}, {@code
 *       U+2060}, {@code U+180E}), a combining mark on its own, nor a filler that shows as blank
 *       ({@code U+3164}, {@code U+115F}, {@code U+1160}, {@code U+FFA0}, {@code U+2800}): text that
 *       is blank to a person is no subject or name;
 *   <li>at most a number of characters counted in code points, as PostgreSQL counts them: an emoji
 *       is one character, as a person counts it, although Java's {@code String.length()} counts it
 *       as two.
 * </ul>
 *
 * Surrounding white space ({@link String#strip()}) is removed first; the stripped text is what is
 * stored.
 */
public final class FreeText {

  private FreeText() {}

  /**
   * The stripped text, checked.
   *
   * @param value the text as written; not null
   * @param field the field as the client wrote it, for the refusal
   * @param maxCodePoints the most characters (code points) allowed
   * @throws InvalidField naming {@code field} when a rule above is broken
   */
  public static String check(String value, String field, int maxCodePoints) {
    String text = value.strip();
    int codePoints = 0;
    boolean visible = false;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      if (isLoneSurrogate(cp)) {
        throw new InvalidField(
            field,
            "must be well-formed Unicode text: a lone surrogate ("
                + codePoint(cp)
                + ") at character "
                + (codePoints + 1));
      }
      if (breaksTheLine(cp)) {
        throw new InvalidField(
            field,
            "must not contain control characters or line breaks ("
                + codePoint(cp)
                + " at character "
                + (codePoints + 1)
                + ")");
      }
      visible |= isVisible(cp);
      codePoints++;
      i += Character.charCount(cp);
    }
    if (!visible) {
      throw new InvalidField(field, "must contain at least one visible character");
    }
    if (codePoints > maxCodePoints) {
      throw new InvalidField(
          field, "must be at most " + maxCodePoints + " characters, was " + codePoints);
    }
    return text;
  }

  /** True for a code point a person sees as a mark on the page. */
  static boolean isVisible(int cp) {
    if (isFiller(cp)) {
      return false;
    }
    return switch (Character.getType(cp)) {
      case Character.UPPERCASE_LETTER,
          Character.LOWERCASE_LETTER,
          Character.TITLECASE_LETTER,
          Character.MODIFIER_LETTER,
          Character.OTHER_LETTER,
          Character.DECIMAL_DIGIT_NUMBER,
          Character.LETTER_NUMBER,
          Character.OTHER_NUMBER,
          Character.CONNECTOR_PUNCTUATION,
          Character.DASH_PUNCTUATION,
          Character.START_PUNCTUATION,
          Character.END_PUNCTUATION,
          Character.INITIAL_QUOTE_PUNCTUATION,
          Character.FINAL_QUOTE_PUNCTUATION,
          Character.OTHER_PUNCTUATION,
          Character.MATH_SYMBOL,
          Character.CURRENCY_SYMBOL,
          Character.MODIFIER_SYMBOL,
          Character.OTHER_SYMBOL,
          Character.PRIVATE_USE ->
          true;
      default -> false;
    };
  }

  /** Letters and symbols that render as blank space (Unicode's Hangul fillers, braille blank). */
  private static boolean isFiller(int cp) {
    return cp == 0x115F || cp == 0x1160 || cp == 0x3164 || cp == 0xFFA0 || cp == 0x2800;
  }

  /** C0, DEL, C1 and the two Unicode line separators. */
  private static boolean breaksTheLine(int cp) {
    return Character.getType(cp) == Character.CONTROL || cp == 0x2028 || cp == 0x2029;
  }

  private static boolean isLoneSurrogate(int cp) {
    return cp <= Character.MAX_VALUE && Character.isSurrogate((char) cp);
  }

  private static String codePoint(int cp) {
    return String.format("U+%04X", cp);
  }
}
