/**
 * Contract versions: YAML documents uploaded per customer, filed by {@code contract.id} and
 * {@code contract.effective}, and the version in force on a date.
 */
package org.accordo.app.contracts;
