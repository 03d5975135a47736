/**
 * Contracts as documents: {@link org.accordo.app.contracts.ContractDocument} prints a loaded
 * contract as a complete agreement (HTML, PDF, Markdown) with English or Italian labels
 * ({@code labels*.properties}); the contract's own words are printed as written.
 */
package org.accordo.app.contracts;
