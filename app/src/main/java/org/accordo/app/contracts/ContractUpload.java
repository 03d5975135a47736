package org.accordo.app.contracts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.accordo.core.contract.Contract;
import org.accordo.core.contract.ContractLoad;
import org.accordo.core.contract.ContractLoader;
import org.accordo.core.contract.lint.ContractLinter;
import org.accordo.core.contract.lint.Finding;
import org.accordo.core.yaml.YamlProblem;

/**
 * Judges an uploaded contract document with the core loader and linter: the one place the server
 * decides whether a document is a contract. A control character, which YAML forbids and SnakeYAML
 * reports without a place, is reported here at its line and column before the loader runs.
 *
 * @param contract the loaded contract
 * @param findings the linter's findings (warnings and errors of rules other than loading), in
 *     document order
 */
record ContractUpload(Contract contract, List<Finding> findings) {

  static final String SOURCE = "contract";

  ContractUpload {
    Objects.requireNonNull(contract, "contract");
    findings = List.copyOf(findings);
  }

  /**
   * Loads and lints {@code document}.
   *
   * @param today the reference date of the date rules (review date past)
   * @throws InvalidContract with every problem's line, column and message when the document does
   *     not load
   */
  static ContractUpload of(String document, LocalDate today) {
    Optional<YamlProblem> control = controlCharacter(document);
    if (control.isPresent()) {
      throw new InvalidContract(List.of(control.get()));
    }
    ContractLoad load = ContractLoader.load(document, SOURCE);
    if (!load.problems().isEmpty()) {
      throw new InvalidContract(load.problems());
    }
    List<Finding> findings = new ArrayList<>(ContractLinter.lint(load, today).findings());
    return new ContractUpload(load.contract().orElseThrow(), findings);
  }

  /** The first character YAML does not allow (a control character other than tab, LF, CR, NEL). */
  private static Optional<YamlProblem> controlCharacter(String document) {
    int line = 0;
    int column = 0;
    for (int i = 0; i < document.length(); i++) {
      char c = document.charAt(i);
      if (c == '\n') {
        line++;
        column = 0;
        continue;
      }
      if ((c < 0x20 && c != '\t' && c != '\r') || (c >= 0x7f && c <= 0x9f && c != 0x85)) {
        return Optional.of(
            new YamlProblem(
                SOURCE,
                line + 1,
                column + 1,
                String.format("control character U+%04X is not allowed in YAML", (int) c)));
      }
      column++;
    }
    return Optional.empty();
  }
}
