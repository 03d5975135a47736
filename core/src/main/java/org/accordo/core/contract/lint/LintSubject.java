package org.accordo.core.contract.lint;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.accordo.core.contract.Contract;
import org.accordo.core.contract.SourceMap;

/**
 * What a rule looks at.
 *
 * @param contract the loaded contract, or empty when the file has load problems (rules that read
 *     the file's text still run then)
 * @param sourceMap the file's values and their places
 * @param today the reference date for date rules (the CLI's {@code --today}, by default the user's
 *     current date)
 */
public record LintSubject(Optional<Contract> contract, SourceMap sourceMap, LocalDate today) {

  public LintSubject {
    Objects.requireNonNull(contract, "contract");
    Objects.requireNonNull(sourceMap, "sourceMap");
    Objects.requireNonNull(today, "today");
  }
}
