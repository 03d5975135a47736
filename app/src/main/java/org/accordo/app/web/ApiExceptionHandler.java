package org.accordo.app.web;

import jakarta.servlet.http.HttpServletRequest;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.stream.Collectors;
import org.accordo.app.refusal.Conflicting;
import org.accordo.app.refusal.Excerpt;
import org.accordo.app.refusal.InvalidField;
import org.accordo.app.refusal.NotPermitted;
import org.accordo.app.refusal.NotProven;
import org.accordo.app.refusal.NotVisible;
import org.accordo.app.refusal.Unacceptable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import tools.jackson.core.JacksonException;

/**
 * Every error of the API as an RFC 9457 problem body: the one place where the modules' refusals
 * ({@code org.accordo.app.refusal}, thrown by services named for their condition) become HTTP, each
 * kind with its status and problem type. Spring's own exceptions (405, 406, 415, unknown paths) get
 * their problem bodies from the base class; bad request bodies and parameters are re-described here
 * so the problem names the field. Only a defect of Accordo is a {@code 500}.
 */
@RestControllerAdvice
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

  private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

  private final ObjectProvider<PageErrors> pages;

  ApiExceptionHandler(ObjectProvider<PageErrors> pages) {
    this.pages = pages;
  }

  @ExceptionHandler(InvalidField.class)
  ProblemDetail invalidField(InvalidField e) {
    return Problems.invalidField(e.field(), e.reason());
  }

  @ExceptionHandler(NotVisible.class)
  ProblemDetail notVisible(NotVisible e) {
    return Problems.of(HttpStatus.NOT_FOUND, "not-found", e.getMessage());
  }

  @ExceptionHandler(Conflicting.class)
  ProblemDetail conflicting(Conflicting e) {
    return Problems.of(HttpStatus.CONFLICT, "conflict", e.getMessage());
  }

  @ExceptionHandler(NotProven.class)
  ProblemDetail notProven(NotProven e) {
    return Problems.of(HttpStatus.UNAUTHORIZED, "unauthorized", e.getMessage());
  }

  /** A {@code 403}; naming the field when a field is what the role may not set. */
  @ExceptionHandler(NotPermitted.class)
  ProblemDetail notPermitted(NotPermitted e) {
    ProblemDetail problem = Problems.of(HttpStatus.FORBIDDEN, "forbidden", e.getMessage());
    e.field().ifPresent(field -> problem.setProperty("field", field));
    return problem;
  }

  /** A {@code 422} of the refusal's kind, with the details it gives as the problem's properties. */
  @ExceptionHandler(Unacceptable.class)
  ProblemDetail unacceptable(Unacceptable e) {
    ProblemDetail problem = Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, e.kind(), e.getMessage());
    e.details().forEach(problem::setProperty);
    return problem;
  }

  /** A constraint caught by the database after the checks above (a race between two requests). */
  @ExceptionHandler(DataIntegrityViolationException.class)
  ProblemDetail integrity(DataIntegrityViolationException e) {
    log.info("request refused by a database constraint: {}", e.getMostSpecificCause().getMessage());
    return Problems.of(
        HttpStatus.CONFLICT,
        "conflict",
        "the request conflicts with stored data; read it again and retry");
  }

  /** A body read streaming by a service (a CSV upload) that grew past its limit. */
  @ExceptionHandler(UncheckedIOException.class)
  ResponseEntity<ProblemDetail> unreadableStream(
      UncheckedIOException e, HttpServletRequest request) {
    PayloadTooLarge tooLarge = causeOf(e, PayloadTooLarge.class);
    if (tooLarge == null) {
      return defect(e, request);
    }
    ProblemDetail problem = BodySizeLimitFilter.tooLarge(tooLarge.limit());
    return ResponseEntity.status(problem.getStatus()).body(problem);
  }

  /** A defect: a 500 whose correlation id is in its body, its header and its log line. */
  @ExceptionHandler(Exception.class)
  ResponseEntity<ProblemDetail> defect(Exception e, HttpServletRequest request) {
    ProblemDetail problem = Defects.record(request, e);
    return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR)
        .header(Defects.HEADER, Defects.idOf(problem))
        .body(problem);
  }

  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(
      HttpMessageNotReadableException e,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    PayloadTooLarge tooLarge = causeOf(e, PayloadTooLarge.class);
    if (tooLarge != null) {
      return problem(BodySizeLimitFilter.tooLarge(tooLarge.limit()));
    }
    return problem(unreadable(e));
  }

  /** A JSON body read by a controller itself (e.g. after checking its signature). */
  @ExceptionHandler(JacksonException.class)
  ProblemDetail unreadableJson(JacksonException e) {
    return unreadable(e);
  }

  private static ProblemDetail unreadable(Exception e) {
    InvalidField invalid = causeOf(e, InvalidField.class);
    if (invalid != null) {
      return Problems.invalidField(invalid.field(), invalid.reason());
    }
    JacksonException json = causeOf(e, JacksonException.class);
    if (json == null) {
      return Problems.invalidField("body", "a request body is required");
    }
    return Problems.invalidField(JsonProblems.fieldOf(json), JsonProblems.describe(json));
  }

  @Override
  protected ResponseEntity<Object> handleTypeMismatch(
      TypeMismatchException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    if (e instanceof MethodArgumentTypeMismatchException mismatch) {
      return problem(ParameterProblems.mismatch(mismatch));
    }
    String field = String.valueOf(e.getPropertyName());
    String expected =
        e.getRequiredType() == null ? "another type" : JsonProblems.typeName(e.getRequiredType());
    return problem(
        Problems.invalidField(
            field, "'" + printable(String.valueOf(e.getValue())) + "' is not " + expected));
  }

  /** URL values outside their parameters' constraints, such as {@code size=101}. */
  @Override
  protected ResponseEntity<Object> handleHandlerMethodValidationException(
      HandlerMethodValidationException e,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    return problem(ParameterProblems.invalid(e));
  }

  @Override
  protected ResponseEntity<Object> handleMissingServletRequestParameter(
      MissingServletRequestParameterException e,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    return problem(Problems.invalidField(e.getParameterName(), "is required"));
  }

  @Override
  protected ResponseEntity<Object> handleServletRequestBindingException(
      ServletRequestBindingException e,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    if (e instanceof MissingRequestHeaderException missing) {
      return problem(Problems.invalidField(missing.getHeaderName(), "header is required"));
    }
    return super.handleServletRequestBindingException(e, headers, status, request);
  }

  /**
   * Spring's own problems (405, 406, 415, ...) get a type and title like ours; its 500s are
   * answered as defects ({@link Defects}).
   */
  @Override
  protected ResponseEntity<Object> handleExceptionInternal(
      Exception e, Object body, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    if (status.is5xxServerError() && request instanceof ServletWebRequest servlet) {
      // Spring's own 500s (a value it cannot convert or write, a path variable missing) are
      // defects like any other: logged with a correlation id that the answer carries
      ProblemDetail problem = Defects.record(servlet.getRequest(), e);
      return ResponseEntity.status(status)
          .headers(headers)
          .header(Defects.HEADER, Defects.idOf(problem))
          .body(problem);
    }
    ResponseEntity<Object> response =
        super.handleExceptionInternal(e, body, headers, status, request);
    if (response != null
        && response.getBody() instanceof ProblemDetail problem
        && (problem.getType() == null || "about:blank".equals(problem.getType().toString()))) {
      HttpStatus known = HttpStatus.resolve(status.value());
      problem.setType(URI.create("urn:accordo:problem:" + Problems.kindOf(status.value())));
      problem.setTitle(known == null ? "Error" : known.getReasonPhrase());
    }
    return response;
  }

  /** A 415 that quotes the media type sent as an excerpt and says which the endpoint reads. */
  @Override
  protected ResponseEntity<Object> handleHttpMediaTypeNotSupported(
      HttpMediaTypeNotSupportedException e,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    String sent =
        e.getContentType() == null
            ? "the body's Content-Type is missing or cannot be read"
            : "Content-Type '" + Excerpt.of(e.getContentType().toString()) + "' is not read here";
    e.getBody()
        .setDetail(
            sent
                + "; send "
                + e.getSupportedMediaTypes().stream()
                    .map(MediaType::toString)
                    .collect(Collectors.joining(" or ")));
    return super.handleHttpMediaTypeNotSupported(e, headers, status, request);
  }

  /** A 405 that quotes the method sent as an excerpt and names the ones allowed. */
  @Override
  protected ResponseEntity<Object> handleHttpRequestMethodNotSupported(
      HttpRequestMethodNotSupportedException e,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    String allowed =
        e.getSupportedHttpMethods() == null
            ? ""
            : "; use "
                + e.getSupportedHttpMethods().stream()
                    .map(HttpMethod::name)
                    .sorted()
                    .collect(Collectors.joining(", "));
    e.getBody()
        .setDetail("the method " + Excerpt.of(e.getMethod()) + " is not allowed here" + allowed);
    return super.handleHttpRequestMethodNotSupported(e, headers, status, request);
  }

  /** Nothing at that path: the pages' HTML "not found" page for a page, else a problem. */
  @Override
  protected ResponseEntity<Object> handleNoResourceFoundException(
      NoResourceFoundException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    PageErrors page = pages.getIfAvailable();
    if (page != null
        && request instanceof ServletWebRequest servlet
        && PageErrors.isPage(servlet.getRequest())) {
      ResponseEntity<String> html = page.page(servlet.getRequest(), HttpStatus.NOT_FOUND);
      return ResponseEntity.status(html.getStatusCode())
          .headers(html.getHeaders())
          .body(html.getBody());
    }
    return problem(
        Problems.of(
            HttpStatus.NOT_FOUND,
            "not-found",
            "nothing at " + Excerpt.of(e.getHttpMethod() + " /" + e.getResourcePath())));
  }

  private static ResponseEntity<Object> problem(ProblemDetail problem) {
    return ResponseEntity.status(problem.getStatus()).body(problem);
  }

  private static String printable(String text) {
    return Excerpt.of(text == null ? "" : text);
  }

  private static <T extends Throwable> T causeOf(Throwable e, Class<T> type) {
    for (Throwable cause = e;
        cause != null;
        cause = cause.getCause() == cause ? null : cause.getCause()) {
      if (type.isInstance(cause)) {
        return type.cast(cause);
      }
    }
    return null;
  }
}
