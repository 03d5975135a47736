/**
 * Contracts as code: the model of an MSP agreement with every section a sound SLA needs ({@link
 * org.accordo.core.contract.Contract}), its YAML loader that reports every problem as {@code
 * file:line:column: message} ({@link org.accordo.core.contract.ContractLoader}), the linter that
 * finds the mistakes MSPs commonly make ({@link org.accordo.core.contract.lint.ContractLinter}),
 * and the section-by-section diff used at the periodic review ({@link
 * org.accordo.core.contract.ContractDiff}).
 */
package org.accordo.core.contract;
