package org.accordo.app.operations;

import ch.qos.logback.classic.pattern.ExtendedThrowableProxyConverter;
import ch.qos.logback.classic.pattern.MessageConverter;
import ch.qos.logback.classic.pattern.ThrowableProxyConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import org.springframework.boot.logging.logback.ExtendedWhitespaceThrowableProxyConverter;
import org.springframework.boot.logging.logback.WhitespaceThrowableProxyConverter;

/**
 * Logback's and Spring Boot's message and exception converters, each writing {@link LineSafe} text.
 * {@code org/accordo/app/operations/line-safe-logging.xml} registers them under the conversion
 * words of the converters they replace ({@code %m}, {@code %ex}, {@code %wEx}, ...), so every
 * pattern that names a message or an exception writes it line-safe.
 */
public final class LineSafeConverters {

  private LineSafeConverters() {}

  /** {@code %m}, {@code %msg}, {@code %message}. */
  public static class MessageText extends MessageConverter {
    @Override
    public String convert(ILoggingEvent event) {
      return LineSafe.encode(super.convert(event));
    }
  }

  /** {@code %ex}, {@code %exception}, {@code %throwable}. */
  public static class Trace extends ThrowableProxyConverter {
    @Override
    protected String throwableProxyToString(IThrowableProxy throwable) {
      return super.throwableProxyToString(LineSafe.proxy(throwable));
    }
  }

  /** {@code %xEx}, {@code %xException}, {@code %xThrowable}. */
  public static class ExtendedTrace extends ExtendedThrowableProxyConverter {
    @Override
    protected String throwableProxyToString(IThrowableProxy throwable) {
      return super.throwableProxyToString(LineSafe.proxy(throwable));
    }
  }

  /** Spring Boot's {@code %wex}. */
  public static class WhitespaceTrace extends WhitespaceThrowableProxyConverter {
    @Override
    protected String throwableProxyToString(IThrowableProxy throwable) {
      return super.throwableProxyToString(LineSafe.proxy(throwable));
    }
  }

  /** Spring Boot's {@code %wEx}, the exception of its default patterns. */
  public static class ExtendedWhitespaceTrace extends ExtendedWhitespaceThrowableProxyConverter {
    @Override
    protected String throwableProxyToString(IThrowableProxy throwable) {
      return super.throwableProxyToString(LineSafe.proxy(throwable));
    }
  }
}
