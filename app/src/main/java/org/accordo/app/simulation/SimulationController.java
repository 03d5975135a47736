package org.accordo.app.simulation;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import org.accordo.app.refusal.InvalidField;
import org.accordo.app.security.Caller;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/customers/{customerId}/simulations}: a proposed contract (YAML body) against
 * the customer's stored history; the answer is the document {@code accordo simulate} writes.
 */
@Tag(name = "Simulations", description = "What if the contract had promised something else?")
@RestController
class SimulationController {

  private final SimulationService simulations;

  SimulationController(SimulationService simulations) {
    this.simulations = simulations;
  }

  @Operation(
      operationId = "simulateContract",
      summary =
          "Measure the customer's stored history against a proposed contract (computes, stores"
              + " nothing: 200)")
  @PostMapping(
      path = "/api/v1/customers/{customerId}/simulations",
      consumes = {"application/yaml", "application/x-yaml", "text/yaml"},
      produces = {"application/json", "text/markdown", "text/html"})
  ResponseEntity<byte[]> simulate(
      @AuthenticationPrincipal Caller caller,
      @PathVariable String customerId,
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String to,
      @RequestParam(defaultValue = "95") String compliance,
      @RequestParam(defaultValue = "json") String format,
      @RequestBody byte[] proposed) {
    Optional<YearMonth> first = month("from", from);
    Optional<YearMonth> last = month("to", to);
    if (first.isPresent() && last.isPresent() && last.get().isBefore(first.get())) {
      throw new InvalidField("to", last.get() + " is before from " + first.get());
    }
    SimulationService.Format documents = format(format);
    byte[] document =
        simulations.simulate(
            caller,
            customerId,
            new SimulationService.Question(utf8(proposed), first, last, goal(compliance)),
            documents);
    return ResponseEntity.ok()
        .contentType(
            switch (documents) {
              case JSON -> MediaType.APPLICATION_JSON;
              case MD -> MediaType.parseMediaType("text/markdown;charset=UTF-8");
              case HTML -> MediaType.parseMediaType("text/html;charset=UTF-8");
            })
        .body(document);
  }

  private static SimulationService.Format format(String format) {
    try {
      return SimulationService.Format.valueOf(format.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidField("format", "'" + format + "' is not a format; use json, md or html");
    }
  }

  private static BigDecimal goal(String compliance) {
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

  private static Optional<YearMonth> month(String field, String text) {
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

  private static String utf8(byte[] bytes) {
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
