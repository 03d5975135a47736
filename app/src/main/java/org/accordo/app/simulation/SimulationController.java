package org.accordo.app.simulation;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Locale;
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
    SimulationService.Format documents = format(format);
    byte[] document =
        simulations.simulate(
            caller,
            customerId,
            SimulationQuestions.of(SimulationQuestions.utf8(proposed), from, to, compliance),
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
}
