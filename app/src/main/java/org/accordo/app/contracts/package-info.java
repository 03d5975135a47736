/**
 * Contracts: as documents — {@link org.accordo.app.contracts.ContractDocument} prints a loaded
 * contract as a complete agreement (HTML, PDF, Markdown) with English or Italian labels ({@code
 * labels*.properties}), the contract's own words printed as written — and as stored versions: YAML
 * documents uploaded per customer, filed by {@code contract.id} and {@code contract.effective}, and
 * the version in force on a date.
 */
@ApplicationModule(
    displayName = "Contracts",
    allowedDependencies = {"audit", "customers", "security::caller", "ui"})
package org.accordo.app.contracts;

import org.springframework.modulith.ApplicationModule;
