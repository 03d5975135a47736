package org.accordo.app.simulation;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.accordo.app.refusal.InvalidField;

/**
 * A simulation's question from the words of a request (the API's parameters, the page's form
 * fields): the months {@code from} and {@code to} ({@code 2026-03}, or a day of the month), the
 * compliance goal in per cent, the proposed contract as UTF-8 text. Each refusal names its field.
 */
final class SimulationQuestions {

  private SimulationQuestions() {}

  /**
   * @throws InvalidField naming {@code from}, {@code to} or {@code compliance}
   */
  static SimulationService.Question of(String proposed, String from, String to, String compliance) {
    Optional<YearMonth> first = month("from", from);
    Optional<YearMonth> last = month("to", to);
    if (first.isPresent() && last.isPresent() && last.get().isBefore(first.get())) {
      throw new InvalidField("to", last.get() + " is before from " + first.get());
    }
    return new SimulationService.Question(proposed, first, last, goal(compliance));
  }

  static BigDecimal goal(String compliance) {
    String text = compliance.strip();
    text = text.endsWith("%") ? text.substring(0, text.length() - 1).strip() : text;
    try {
      BigDecimal percent = new BigDecimal(text);
      if (percent.signum() > 0 && percent.compareTo(BigDecimal.valueOf(100)) <= 0) {
        return percent.movePointLeft(2);
      }
    } catch (NumberFormatException e) {
      // refused below
    }
    throw new InvalidField(
        "compliance", "'" + compliance + "' is not a percentage above 0 and at most 100");
  }

  static Optional<YearMonth> month(String field, String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(YearMonth.parse(text.strip()));
    } catch (DateTimeParseException notAMonth) {
      try {
        return Optional.of(YearMonth.from(LocalDate.parse(text.strip())));
      } catch (DateTimeParseException notADate) {
        throw new InvalidField(field, "'" + text + "' is not a month; write e.g. 2026-03");
      }
    }
  }

  static String utf8(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw new InvalidField("body", "is not valid UTF-8 text");
    }
  }
}
