package org.accordo.app.contracts;

import java.util.Objects;

/**
 * One stored version: its lint findings at their lines, and the links to its agreement.
 *
 * @param customerId the customer's id
 * @param customer its name
 * @param version the version's number
 * @param contractId the document's contract id
 * @param effective its effective dates
 * @param document the document with the findings under their lines
 * @param uploadedNow true right after this version was uploaded
 */
public record VersionView(
    String customerId,
    String customer,
    int version,
    String contractId,
    String effective,
    DocumentLines document,
    boolean uploadedNow) {

  public VersionView {
    Objects.requireNonNull(customerId, "customerId");
    Objects.requireNonNull(document, "document");
  }

  /** The address of the version's page. */
  public String link() {
    return "/customers/" + customerId + "/contracts/" + version;
  }
}
