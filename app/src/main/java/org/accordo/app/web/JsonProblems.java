package org.accordo.app.web;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;
import org.accordo.app.refusal.Excerpt;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * A request body the JSON reader refused, as a problem names it: the field (a property path such as
 * {@code metrics[0]}, or {@code body}) and the rule it breaks, in the API's words. Never the
 * reader's own message, which names its classes and methods ({@code
 * StreamReadConstraints.getMaxNestingDepth()}) and may quote the body at length.
 */
final class JsonProblems {

  private static final StreamReadConstraints LIMITS = StreamReadConstraints.defaults();

  private JsonProblems() {}

  /** The field the refusal names: the property path, or {@code body} for the body as a whole. */
  static String fieldOf(JacksonException e) {
    String path =
        e.getPath().stream()
            .map(
                ref ->
                    ref.getPropertyName() != null
                        ? "." + Excerpt.of(ref.getPropertyName())
                        : "[" + ref.getIndex() + "]")
            .collect(Collectors.joining());
    if (e instanceof UnrecognizedPropertyException unknown) {
      String name = "." + Excerpt.of(unknown.getPropertyName());
      path = path.endsWith(name) ? path : path + name;
    }
    if (path.isEmpty() && isDuplicate(e)) {
      path = "." + Excerpt.of(((StreamReadException) e).processor().currentName());
    }
    return path.isEmpty() ? "body" : path.startsWith(".") ? path.substring(1) : path;
  }

  /** The rule the body breaks, for a person. */
  static String describe(JacksonException e) {
    if (e instanceof UnrecognizedPropertyException) {
      return "is not a field of this request";
    }
    if (e instanceof JsonConfiguration.MalformedString malformed) {
      return malformed.rule();
    }
    if (e instanceof InputCoercionException coercion) {
      return "number is out of range for " + typeName(coercion.getTargetType());
    }
    if (e instanceof StreamConstraintsException) {
      return limitOf(e);
    }
    if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
      return "must be " + typeName(mismatch.getTargetType());
    }
    if (isDuplicate(e)) {
      return "appears more than once";
    }
    if (e.getLocation() != null && e.getLocation().getLineNr() > 0) {
      return (e instanceof StreamReadException ? "malformed JSON" : "cannot be read")
          + " at line "
          + e.getLocation().getLineNr()
          + ", column "
          + e.getLocation().getColumnNr();
    }
    return "cannot be read as this request";
  }

  /** How a JSON value of a Java type is called in a message: "a string", "a whole number". */
  static String typeName(Class<?> type) {
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
    return "a value of another form";
  }

  /**
   * The limit of the reader a body went past, named by what it limits. The reader says which only
   * in its message, so its start is matched; an unknown one is named in general terms.
   */
  private static String limitOf(JacksonException e) {
    String message = String.valueOf(e.getOriginalMessage());
    if (message.startsWith("Document nesting depth")) {
      return "nests arrays and objects deeper than " + LIMITS.getMaxNestingDepth() + " levels";
    }
    if (message.startsWith("Number value length")) {
      return "has a number longer than " + LIMITS.getMaxNumberLength() + " digits";
    }
    if (message.startsWith("Name length")) {
      return "has a property name longer than " + LIMITS.getMaxNameLength() + " characters";
    }
    if (message.startsWith("String value length")) {
      return "has a string longer than " + LIMITS.getMaxStringLength() + " characters";
    }
    return "is larger or deeper than a JSON body may be";
  }

  /** A property repeated in one object (strict duplicate detection). */
  private static boolean isDuplicate(JacksonException e) {
    return e instanceof StreamReadException
        && String.valueOf(e.getOriginalMessage()).startsWith("Duplicate");
  }
}
