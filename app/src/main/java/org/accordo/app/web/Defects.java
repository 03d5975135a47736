package org.accordo.app.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import org.accordo.app.refusal.Excerpt;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * A defect of Accordo met while answering a request: logged once, with its stack trace and a new
 * correlation id, and answered as a {@code 500} problem carrying the same id (in {@code
 * correlation_id} and the {@value #HEADER} header), so that whoever reports the answer points the
 * operator at its log line. The answer says nothing else of the failure.
 */
public final class Defects {

  /** The header of a {@code 500} that carries its correlation id. */
  public static final String HEADER = "X-Correlation-Id";

  private static final Logger log = LoggerFactory.getLogger(Defects.class);

  private Defects() {}

  /**
   * Logs {@code failure} (which may be null when only the status is known) with a new correlation
   * id and returns the problem to answer with; its {@code correlation_id} is the id.
   */
  public static ProblemDetail record(HttpServletRequest request, Throwable failure) {
    String id = HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong());
    log.error(
        "unexpected failure answering {} {} (correlation id {})",
        Excerpt.of(request.getMethod()),
        Excerpt.of(request.getRequestURI()),
        id,
        failure);
    ProblemDetail problem =
        Problems.of(
            HttpStatus.INTERNAL_SERVER_ERROR,
            "internal",
            "Accordo failed to answer this request; the failure is logged with the correlation id "
                + id);
    problem.setProperty("correlation_id", id);
    return problem;
  }

  /** The correlation id of a problem made by {@link #record}. */
  static String idOf(ProblemDetail problem) {
    return String.valueOf(problem.getProperties().get("correlation_id"));
  }
}
