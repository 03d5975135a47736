package org.accordo.app.operations;

import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.StackTraceElementProxy;
import java.util.Arrays;

/**
 * Text written to the log so that it cannot start a line of its own: a line feed, carriage return,
 * other control character or Unicode line separator in a message (a value a request brought, an
 * exception's message quoting it) is written as an escape ({@code \n}, {@code \r}, {@code \u0085}),
 * so a request cannot forge a log line ({@code GET /?x=%0AFORGED}). The log's own line breaks
 * (between entries, between the lines of a stack trace) are the only ones. Used by the converters
 * that {@code line-safe-logging.xml} puts in place of Logback's and Spring Boot's message and
 * exception converters.
 */
public final class LineSafe {

  private LineSafe() {}

  /** {@code text} with every character that could break a line escaped; null stays null. */
  public static String encode(String text) {
    if (text == null || text.chars().noneMatch(LineSafe::breaks)) {
      return text;
    }
    StringBuilder safe = new StringBuilder(text.length() + 16);
    text.chars()
        .forEach(
            c -> {
              if (c == '\n') {
                safe.append("\\n");
              } else if (c == '\r') {
                safe.append("\\r");
              } else if (breaks(c)) {
                safe.append(String.format("\\u%04x", c));
              } else {
                safe.append((char) c);
              }
            });
    return safe.toString();
  }

  /** An exception as the log writes it, its messages (and its causes') {@link #encode encoded}. */
  static IThrowableProxy proxy(IThrowableProxy throwable) {
    return throwable == null ? null : new Encoded(throwable);
  }

  /** Control characters (but the tab, which starts no line) and the Unicode line separators. */
  private static boolean breaks(int c) {
    return (c < 0x20 && c != '\t') || (c >= 0x7f && c <= 0x9f) || c == 0x2028 || c == 0x2029;
  }

  private record Encoded(IThrowableProxy original) implements IThrowableProxy {

    @Override
    public String getMessage() {
      return encode(original.getMessage());
    }

    @Override
    public String getOverridingMessage() {
      return encode(original.getOverridingMessage());
    }

    @Override
    public String getClassName() {
      return encode(original.getClassName());
    }

    @Override
    public StackTraceElementProxy[] getStackTraceElementProxyArray() {
      return original.getStackTraceElementProxyArray();
    }

    @Override
    public int getCommonFrames() {
      return original.getCommonFrames();
    }

    @Override
    public IThrowableProxy getCause() {
      return proxy(original.getCause());
    }

    @Override
    public IThrowableProxy[] getSuppressed() {
      IThrowableProxy[] suppressed = original.getSuppressed();
      return suppressed == null
          ? null
          : Arrays.stream(suppressed).map(LineSafe::proxy).toArray(IThrowableProxy[]::new);
    }

    @Override
    public boolean isCyclic() {
      return original.isCyclic();
    }
  }
}
