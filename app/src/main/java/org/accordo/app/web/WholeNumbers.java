package org.accordo.app.web;

import java.util.regex.Pattern;

/**
 * Whole numbers in URLs (query parameters, path variables), read as decimal digits with an optional
 * minus and nothing else. Spring's own reading also takes {@code 0x10} and {@code #10} as 16, which
 * no client means; a value that is not such a number fails here, and the problem names the
 * parameter and its range ({@link ParameterProblems}).
 */
final class WholeNumbers {

  private static final Pattern DECIMAL = Pattern.compile("-?[0-9]{1,19}");

  private WholeNumbers() {}

  /**
   * @throws IllegalArgumentException for text that is not a decimal whole number of the {@code int}
   *     range
   */
  static Integer toInteger(String text) {
    long value = toLong(text);
    if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
      throw new IllegalArgumentException("out of the int range");
    }
    return (int) value;
  }

  /**
   * @throws IllegalArgumentException for text that is not a decimal whole number of the {@code
   *     long} range
   */
  static Long toLong(String text) {
    if (!DECIMAL.matcher(text).matches()) {
      throw new IllegalArgumentException("not decimal digits");
    }
    return Long.parseLong(text);
  }
}
