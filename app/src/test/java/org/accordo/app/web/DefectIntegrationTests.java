package org.accordo.app.web;

import static org.accordo.app.support.ProblemAssertions.assertInvalidField;
import static org.accordo.app.support.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.OutputStreamAppender;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.accordo.app.support.Api;
import org.accordo.app.support.RunningServer;
import org.accordo.app.support.TestDatabase;
import org.accordo.app.support.TestDefect;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

/**
 * A defect is a 500 whose correlation id is in the body, a header and the log line with the stack
 * trace; nothing a request brings can start a line of the log. The log is captured as the server
 * writes it, through the line-safe converters its configuration puts in place.
 */
@ParameterizedClass(name = "on {0}")
@EnumSource(TestDatabase.class)
class DefectIntegrationTests {

  private final Api api;
  private final ByteArrayOutputStream log = new ByteArrayOutputStream();
  private OutputStreamAppender<ILoggingEvent> capture;

  DefectIntegrationTests(TestDatabase database) {
    this.api = RunningServer.on(database).api();
  }

  @BeforeEach
  void captureTheLog() {
    LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
    PatternLayoutEncoder encoder = new PatternLayoutEncoder();
    encoder.setContext(context);
    encoder.setPattern("%-5level %logger - %msg%n%ex");
    encoder.start();
    capture = new OutputStreamAppender<>();
    capture.setContext(context);
    capture.setEncoder(encoder);
    capture.setOutputStream(log);
    capture.start();
    context.getLogger(Logger.ROOT_LOGGER_NAME).addAppender(capture);
  }

  @AfterEach
  void stopCapturing() {
    ((LoggerContext) LoggerFactory.getILoggerFactory())
        .getLogger(Logger.ROOT_LOGGER_NAME)
        .detachAppender(capture);
    capture.stop();
  }

  @Test
  void answersADefectWithACorrelationIdThatItsLoggedStackTraceCarries() {
    Api.Response response = api.get(TestDefect.PATH).token(RunningServer.ADMIN_TOKEN).send();

    JsonNode problem = assertProblem(response, 500);
    String id = problem.path("correlation_id").asString();
    assertThat(id).matches("[0-9a-f]{16}");
    assertThat(response.header(Defects.HEADER)).isEqualTo(id);
    assertThat(problem.path("detail").asString()).endsWith(id).doesNotContain("IllegalState");
    String logged = log.toString(StandardCharsets.UTF_8);
    assertThat(logged.lines())
        .anySatisfy(
            line ->
                assertThat(line)
                    .startsWith("ERROR")
                    .contains("GET " + TestDefect.PATH)
                    .endsWith("(correlation id " + id + ")"));
    assertThat(logged)
        .contains("java.lang.IllegalStateException: a defect quoting a request's value: x\\n")
        .contains("\tat org.accordo.app.support.TestDefect.fail");
    assertThat(logged.lines()).noneMatch(line -> line.startsWith(TestDefect.FORGED));
  }

  @Test
  void answersAFailureInsideSpringsMvcAsADefectWithACorrelationIdToo() {
    Api.Response response =
        api.get(TestDefect.UNWRITABLE_PATH).token(RunningServer.ADMIN_TOKEN).send();

    String id = assertProblem(response, 500).path("correlation_id").asString();
    assertThat(response.header(Defects.HEADER)).isEqualTo(id).matches("[0-9a-f]{16}");
    assertThat(log.toString(StandardCharsets.UTF_8)).contains("(correlation id " + id + ")");
  }

  @Test
  void refusesAForgingQueryOfTheHealthCheckWithoutAStackTraceOrAForgedLine() {
    Api.Response response = api.get("/actuator/health?x=%0AFORGED%ff").send();

    assertInvalidField(response, "x");
    String logged = log.toString(StandardCharsets.UTF_8);
    assertThat(logged).doesNotContain("Exception");
    assertThat(logged.lines()).noneMatch(line -> line.startsWith("FORGED"));
  }
}
