package org.accordo.core.contract.lint;

import java.util.List;

/**
 * One check of the linter. A rule never throws on a contract it can read: what it cannot judge it
 * leaves alone.
 */
public interface LintRule {

  /** The rule's id, kebab-case, stable: users filter and document by it. */
  String id();

  /** The severity of every finding of this rule. */
  Severity severity();

  /** One sentence: what the rule finds. */
  String summary();

  /** How to fix what the rule finds, in general. */
  String fix();

  /** The findings of this rule in {@code subject}, possibly none. */
  List<Finding> check(LintSubject subject);
}
