/**
 * The contract linter: the mistakes MSPs commonly make in SLAs, each a rule with a stable id, a
 * severity, the place in the file and a fix hint. Outcomes are values ({@link
 * org.accordo.core.contract.lint.LintReport}); linting never throws on any input text. The
 * reference date of date rules is a parameter. The rules are listed in {@code docs/contracts.md}.
 */
package org.accordo.core.contract.lint;
