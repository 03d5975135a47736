package org.accordo.app.web;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * The RFC 9457 problem bodies of the API. {@code type} is a URN naming the kind of problem, so a
 * client can branch on it without parsing {@code detail}; field problems carry {@code field} (the
 * first) and {@code errors} (all), each {@code {field, message}}.
 */
public final class Problems {

  private Problems() {}

  /** A problem of a kind, e.g. {@code invalid-field}, with a sentence for people. */
  public static ProblemDetail of(HttpStatus status, String kind, String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setType(URI.create("urn:accordo:problem:" + kind));
    problem.setTitle(status.getReasonPhrase());
    return problem;
  }

  /**
   * The problem kind of a plain HTTP status: its reason phrase as a slug, e.g. {@code
   * method-not-allowed}.
   */
  public static String kindOf(int status) {
    HttpStatus known = HttpStatus.resolve(status);
    return known == null
        ? "http-" + status
        : known.getReasonPhrase().toLowerCase(Locale.ROOT).replace(' ', '-');
  }

  /** A {@code 400} naming one field. */
  public static ProblemDetail invalidField(String field, String message) {
    return invalidFields(List.of(new FieldError(field, message)));
  }

  /** A {@code 400} naming every wrong field; the first is also given as {@code field}. */
  public static ProblemDetail invalidFields(List<FieldError> errors) {
    FieldError first = errors.get(0);
    ProblemDetail problem =
        of(HttpStatus.BAD_REQUEST, "invalid-field", first.field() + ": " + first.message());
    problem.setProperty("field", first.field());
    problem.setProperty(
        "errors",
        errors.stream().map(e -> Map.of("field", e.field(), "message", e.message())).toList());
    return problem;
  }

  /** The longest {@code instance} a problem quotes, in characters. */
  static final int MAX_INSTANCE = 200;

  /**
   * The {@code instance} URI of a request path, or null when the raw path is not a valid URI. A
   * path longer than {@value #MAX_INSTANCE} characters (a 3,000-character id) is not quoted in
   * full: it is cut after its last {@code /} within that length, the collection the request
   * addressed.
   */
  public static URI instance(String path) {
    if (path == null) {
      return null;
    }
    String quoted =
        path.length() <= MAX_INSTANCE
            ? path
            : path.substring(0, path.lastIndexOf('/', MAX_INSTANCE - 1) + 1);
    try {
      return URI.create(quoted);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** One wrong field of a request. */
  public record FieldError(String field, String message) {}
}
