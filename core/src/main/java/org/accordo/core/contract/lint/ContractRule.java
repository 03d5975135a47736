package org.accordo.core.contract.lint;

import java.util.List;
import org.accordo.core.contract.Contract;

/**
 * A rule that judges the loaded contract; it has nothing to say about a file that does not load.
 */
abstract class ContractRule extends Rule {

  ContractRule(String id, Severity severity, String summary, String fix) {
    super(id, severity, summary, fix);
  }

  @Override
  public final List<Finding> check(LintSubject subject) {
    return subject.contract().map(c -> check(c, subject)).orElse(List.of());
  }

  abstract List<Finding> check(Contract contract, LintSubject subject);
}
