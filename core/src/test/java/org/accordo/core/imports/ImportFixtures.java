package org.accordo.core.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.accordo.core.contract.Contract;
import org.accordo.core.contract.ContractLoader;

/** Rows and contracts for the import tests. */
final class ImportFixtures {

  private ImportFixtures() {}

  /** A row of named values at {@code line}; each value's column is its position, from 1. */
  static Row row(long line, String... namesAndValues) {
    Map<String, Cell> cells = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      String value = namesAndValues[i + 1];
      if (value != null && !value.isBlank()) {
        cells.put(namesAndValues[i], new Cell(value, i / 2 + 1));
      }
    }
    return new Row() {
      @Override
      public long line() {
        return line;
      }

      @Override
      public Optional<Cell> cell(String column) {
        return Optional.ofNullable(cells.get(column));
      }
    };
  }

  /** The reference contract, {@code examples/contract-bianchi.yaml}. */
  static Contract reference() {
    try (InputStream in =
        ImportFixtures.class.getResourceAsStream("/examples/contract-bianchi.yaml")) {
      return ContractLoader.load(new String(in.readAllBytes(), StandardCharsets.UTF_8), "ref")
          .orThrow();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A mapping of the Zendesk shape, in Europe/Rome, with the given extra header lines. */
  static ImportMapping mapping(String... headerLines) {
    String header = String.join("\n", List.of(headerLines));
    return MappingLoader.load(
            """
            mapping:
              source: test-psa
              time_zone: Europe/Rome
            %s
            tickets: { id: id, subject: subject, priority: priority, status: status,
                       created: created, first_response: responded, resolved: resolved,
                       closed: closed, updated: updated }
            history:
              ticket: ticket
              at: at
              rows:
                - when: { kind: status }
                  status: value
                - when: { kind: note, public: "true" }
                  event: agent_reply
                - when: { kind: note }
                  event: internal_note
                - when: { kind: reply }
                  event: customer_reply
            statuses:
              New: new
              Waiting Customer: waiting_customer
              Solved: resolved
              Gone: cancelled
            priorities: { urgent: P1, normal: P3 }
            """
                .formatted(header.isEmpty() ? "" : header.indent(2)),
            "test.yaml")
        .orThrow();
  }
}
