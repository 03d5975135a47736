package org.accordo.app.render;

import com.openhtmltopdf.extend.FSTextBreaker;
import com.openhtmltopdf.layout.UrlAwareLineBreakIterator;
import java.text.BreakIterator;
import java.util.Locale;

/**
 * Where the PDF may break a line: openhtmltopdf's own choice (the JDK's line breaks, and inside
 * long URLs), except between the digits of a time of day. The JDK allows a break after any colon,
 * which printed {@code 14:} and {@code 42} on two lines of a narrow table cell.
 */
final class TimeKeepingBreaker implements FSTextBreaker {

  private final FSTextBreaker lines =
      new UrlAwareLineBreakIterator(BreakIterator.getLineInstance(Locale.ROOT));
  private String text = "";

  @Override
  public void setText(String newText) {
    text = newText;
    lines.setText(newText);
  }

  @Override
  public int next() {
    int at = lines.next();
    while (at > 1 && at < text.length() && insideTime(at)) {
      at = lines.next();
    }
    return at;
  }

  /** True when {@code at} falls right after the colon of {@code 14:42}. */
  private boolean insideTime(int at) {
    return text.charAt(at - 1) == ':'
        && Character.isDigit(text.charAt(at - 2))
        && Character.isDigit(text.charAt(at));
  }
}
