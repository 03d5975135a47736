package org.accordo.app.operations;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.core.OutputStreamAppender;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The server's own logging configuration ({@code logback-spring.xml}, Spring Boot's console format)
 * writes every message and exception line-safe: a line break a request brought is escaped, and only
 * the log's own line breaks start lines.
 */
class LineSafeLoggingTests {

  @Test
  void theServersConsolePatternEscapesLineBreaksInMessagesAndExceptions() throws Exception {
    LoggerContext context = new LoggerContext();
    JoranConfigurator configurator = new JoranConfigurator();
    configurator.setContext(context);
    configurator.doConfigure(getClass().getResource("/logback-spring.xml"));
    Logger logger = context.getLogger("org.accordo.app.web.Defects");
    Exception cause = new IllegalArgumentException("no customer 'x\r\nFORGED cause'");
    Exception failure = new IllegalStateException("quoted 'x\nFORGED failure\u2028'", cause);
    ILoggingEvent event =
        new LoggingEvent(
            Logger.class.getName(),
            logger,
            Level.ERROR,
            "GET /x?q={} failed",
            failure,
            new Object[] {"a\nFORGED message"});

    @SuppressWarnings("unchecked")
    OutputStreamAppender<ILoggingEvent> console =
        (OutputStreamAppender<ILoggingEvent>)
            context.getLogger(Logger.ROOT_LOGGER_NAME).getAppender("CONSOLE");
    String written = new String(console.getEncoder().encode(event), StandardCharsets.UTF_8);

    assertThat(written).contains("GET /x?q=a\\nFORGED message failed");
    assertThat(written).contains("quoted 'x\\nFORGED failure\\u2028'");
    assertThat(written).contains("no customer 'x\\r\\nFORGED cause'");
    assertThat(written.lines()).noneMatch(line -> line.startsWith("FORGED"));
    assertThat(written.lines().filter(line -> line.startsWith("\tat "))).isNotEmpty();
    context.stop();
  }

  @Test
  void encodesEveryCharacterThatCouldBreakALineAndKeepsTabs() {
    assertThat(LineSafe.encode("a\nb\rc\u0085d\u2028e\u2029f\u001bg\th"))
        .isEqualTo("a\\nb\\rc\\u0085d\\u2028e\\u2029f\\u001bg\th");
    assertThat(LineSafe.encode(null)).isNull();
  }
}
