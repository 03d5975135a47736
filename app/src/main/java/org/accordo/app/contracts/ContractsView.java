package org.accordo.app.contracts;

import java.util.List;
import java.util.Objects;

/**
 * What the contracts page of a customer shows: its versions, the upload form (admins) with what was
 * typed and, after a refused upload, the document with each problem at its line.
 *
 * @param customerId the customer's id
 * @param customer its name
 * @param versions its versions, newest first
 * @param canUpload true for an admin
 * @param document the document typed in the form (after a refusal), or empty
 * @param problems the refused document with its problems at their lines, or null
 * @param refusal why the upload was refused when it is no document problem, or null
 */
public record ContractsView(
    String customerId,
    String customer,
    List<VersionLine> versions,
    boolean canUpload,
    String document,
    DocumentLines problems,
    String refusal) {

  /**
   * A stored version.
   *
   * @param version its number
   * @param contractId the document's contract id
   * @param effective its effective dates
   * @param uploaded when it was uploaded, in the viewer's zone
   */
  public record VersionLine(int version, String contractId, String effective, String uploaded) {}

  public ContractsView {
    Objects.requireNonNull(customerId, "customerId");
    Objects.requireNonNull(customer, "customer");
    versions = List.copyOf(versions);
    document = document == null ? "" : document;
  }

  /** The address of the page. */
  public String link() {
    return "/customers/" + customerId + "/contracts";
  }
}
