package org.accordo.app.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;
import org.accordo.app.refusal.Conflicting;
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
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

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

  @ExceptionHandler(NotPermitted.class)
  ProblemDetail notPermitted(NotPermitted e) {
    return Problems.of(HttpStatus.FORBIDDEN, "forbidden", e.getMessage());
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

  @ExceptionHandler(Exception.class)
  ProblemDetail defect(Exception e) {
    log.error("unexpected failure", e);
    return Problems.of(
        HttpStatus.INTERNAL_SERVER_ERROR,
        "internal",
        "Accordo failed to answer this request; the failure is logged");
  }

  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(
      HttpMessageNotReadableException e,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    if (causeOf(e, PayloadTooLarge.class) != null) {
      return problem(BodySizeLimitFilter.tooLarge());
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
    return Problems.invalidField(fieldOf(json), describe(json));
  }

  @Override
  protected ResponseEntity<Object> handleTypeMismatch(
      TypeMismatchException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    String field =
        e instanceof MethodArgumentTypeMismatchException m
            ? m.getName()
            : String.valueOf(e.getPropertyName());
    String expected = e.getRequiredType() == null ? "another type" : typeName(e.getRequiredType());
    return problem(
        Problems.invalidField(
            field, "'" + printable(String.valueOf(e.getValue())) + "' is not " + expected));
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

  /** Spring's own problems (405, 406, 415, ...) get a type and title like ours. */
  @Override
  protected ResponseEntity<Object> handleExceptionInternal(
      Exception e, Object body, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
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
            "nothing at " + e.getHttpMethod() + " /" + e.getResourcePath()));
  }

  private static ResponseEntity<Object> problem(ProblemDetail problem) {
    return ResponseEntity.status(problem.getStatus()).body(problem);
  }

  private static String fieldOf(JacksonException e) {
    String path =
        e.getPath().stream()
            .map(
                ref ->
                    ref.getPropertyName() != null
                        ? "." + ref.getPropertyName()
                        : "[" + ref.getIndex() + "]")
            .collect(Collectors.joining());
    if (e instanceof UnrecognizedPropertyException unknown
        && !path.endsWith("." + unknown.getPropertyName())) {
      path = path + "." + unknown.getPropertyName();
    }
    if (path.isEmpty() && isDuplicate(e)) {
      path = "." + ((StreamReadException) e).processor().currentName();
    }
    return path.isEmpty() ? "body" : path.startsWith(".") ? path.substring(1) : path;
  }

  private static String describe(JacksonException e) {
    if (e instanceof UnrecognizedPropertyException) {
      return "is not a field of this request";
    }
    if (e instanceof JsonConfiguration.NulCharacter) {
      return "must not contain NUL characters";
    }
    if (e instanceof InputCoercionException coercion) {
      return "number is out of range for " + typeName(coercion.getTargetType());
    }
    if (e instanceof StreamConstraintsException) {
      return "exceeds a size limit of the JSON reader: " + e.getOriginalMessage();
    }
    if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
      return "must be " + typeName(mismatch.getTargetType());
    }
    if (isDuplicate(e)) {
      return "appears more than once";
    }
    if (e instanceof StreamReadException && e.getLocation() != null) {
      return "malformed JSON at line "
          + e.getLocation().getLineNr()
          + ", column "
          + e.getLocation().getColumnNr();
    }
    return "cannot be read: " + printable(e.getOriginalMessage());
  }

  /** A property repeated in one object (strict duplicate detection). */
  private static boolean isDuplicate(JacksonException e) {
    return e instanceof StreamReadException
        && String.valueOf(e.getOriginalMessage()).startsWith("Duplicate");
  }

  private static String typeName(Class<?> type) {
    if (type == String.class) {
      return "a string";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "true or false";
    }
    if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
      return "a whole number";
    }
    if (type == LocalDate.class) {
      return "a date (YYYY-MM-DD)";
    }
    if (Collection.class.isAssignableFrom(type) || type.isArray()) {
      return "a list";
    }
    if (Map.class.isAssignableFrom(type) || type.isRecord()) {
      return "an object";
    }
    return "a " + type.getSimpleName();
  }

  private static String printable(String text) {
    String clean = text == null ? "" : text.replaceAll("\\p{Cntrl}", "?");
    return clean.length() > 100 ? clean.substring(0, 100) + "..." : clean;
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
