package org.accordo.app.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import org.accordo.app.refusal.Excerpt;
import org.springframework.core.MethodParameter;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * A URL value (query parameter, path variable, header) that does not fit its parameter, as a
 * problem names it: the parameter as the client wrote it, and its rule. A whole number's rule
 * states its range, taken from the parameter's {@code @Min} and {@code @Max} (or its type's):
 * {@code size: must be a whole number from 1 to 100, was '2147483648'}.
 */
final class ParameterProblems {

  private ParameterProblems() {}

  /** A value that could not be read as the parameter's type. */
  static ProblemDetail mismatch(MethodArgumentTypeMismatchException e) {
    return Problems.invalidField(
        e.getName(),
        ruleOf(e.getParameter()) + ", was '" + Excerpt.of(String.valueOf(e.getValue())) + "'");
  }

  /** Values read but outside their constraints ({@code @Min}, {@code @Max}). */
  static ProblemDetail invalid(HandlerMethodValidationException e) {
    List<Problems.FieldError> errors =
        e.getParameterValidationResults().stream()
            .map(
                result ->
                    new Problems.FieldError(
                        nameOf(result.getMethodParameter()),
                        ruleOf(result.getMethodParameter())
                            + ", was "
                            + Excerpt.of(String.valueOf(result.getArgument()))))
            .toList();
    return Problems.invalidFields(errors);
  }

  /** The parameter's name as the client writes it. */
  static String nameOf(MethodParameter parameter) {
    RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
    if (param != null && !param.name().isEmpty()) {
      return param.name();
    }
    PathVariable path = parameter.getParameterAnnotation(PathVariable.class);
    if (path != null && !path.name().isEmpty()) {
      return path.name();
    }
    RequestHeader header = parameter.getParameterAnnotation(RequestHeader.class);
    if (header != null && !header.name().isEmpty()) {
      return header.name();
    }
    return String.valueOf(parameter.getParameterName());
  }

  private static String ruleOf(MethodParameter parameter) {
    Class<?> type = parameter.getParameterType();
    boolean isInt = type == Integer.class || type == int.class;
    if (!isInt && type != Long.class && type != long.class) {
      return "must be " + JsonProblems.typeName(type);
    }
    Min min = parameter.getParameterAnnotation(Min.class);
    Max max = parameter.getParameterAnnotation(Max.class);
    long from = min != null ? min.value() : isInt ? Integer.MIN_VALUE : Long.MIN_VALUE;
    long to = max != null ? max.value() : isInt ? Integer.MAX_VALUE : Long.MAX_VALUE;
    return "must be a whole number from " + from + " to " + to;
  }
}
