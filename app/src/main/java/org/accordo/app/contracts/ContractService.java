package org.accordo.app.contracts;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.accordo.app.audit.AuditLog;
import org.accordo.app.customers.Customer;
import org.accordo.app.customers.CustomerService;
import org.accordo.app.security.Caller;
import org.accordo.app.security.Role;
import org.accordo.core.contract.Term;
import org.accordo.core.contract.lint.Finding;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Contract versions of a customer. Admins upload; every caller who may see the customer reads. The
 * version in force on a date is the highest-numbered version whose effective dates (both ends
 * inclusive) contain it: a later upload overrides an earlier one where they overlap.
 */
@Service
public class ContractService {

  private final ContractRepository contracts;
  private final CustomerService customers;
  private final AuditLog audit;
  private final Clock clock;
  private final ObjectProvider<ContractVersionListener> listeners;

  ContractService(
      ContractRepository contracts,
      CustomerService customers,
      AuditLog audit,
      Clock clock,
      ObjectProvider<ContractVersionListener> listeners) {
    this.contracts = contracts;
    this.customers = customers;
    this.audit = audit;
    this.clock = clock;
    this.listeners = listeners;
  }

  /**
   * A stored version with the linter's findings on its document.
   *
   * @param version the stored version
   * @param findings the lint findings, in document order (none is a load error: those refuse the
   *     upload)
   * @param ticketsToRebuild how many of the customer's tickets the upload scheduled for a rebuild
   *     of their clocks (those opened on a day the version covers)
   */
  public record UploadedVersion(
      ContractVersion version, List<Finding> findings, int ticketsToRebuild) {
    public UploadedVersion {
      Objects.requireNonNull(version, "version");
      findings = List.copyOf(findings);
      if (ticketsToRebuild < 0) {
        throw new IllegalArgumentException(
            "ticketsToRebuild must be >= 0, was " + ticketsToRebuild);
      }
    }
  }

  /**
   * Stores a new version of the customer's contract and, in the same transaction, tells the {@link
   * ContractVersionListener}s (the clocks schedule the rebuild of the tickets it may measure).
   *
   * @throws org.accordo.app.customers.CustomerNotVisible when the caller may not see the customer
   * @throws InvalidContract when the document has problems, each with its line and column
   */
  @Transactional
  public UploadedVersion upload(Caller caller, String customerId, String document) {
    Customer customer = customers.visible(caller, customerId);
    caller.requireRole(Role.ADMIN);
    ContractUpload upload = ContractUpload.of(document, LocalDate.now(clock));
    Term effective = upload.contract().header().effective();
    String contractId = upload.contract().header().id();
    ContractVersion version =
        new ContractVersion(
            customerId,
            contracts.nextVersion(customerId),
            contractId,
            effective.from(),
            effective.to().orElse(null),
            clock.instant(),
            caller.tokenId());
    contracts.insert(version, document);
    audit.record(
        caller,
        "contract.uploaded",
        "contract",
        customerId + "/" + version.version(),
        customerId,
        contractId
            + " effective "
            + effective.from()
            + " to "
            + effective.to().map(Object::toString).orElse("open end")
            + ", "
            + upload.findings().size()
            + " lint findings");
    int ticketsToRebuild =
        listeners
            .orderedStream()
            .mapToInt(listener -> listener.versionUploaded(caller, version, customer.timeZone()))
            .sum();
    return new UploadedVersion(version, upload.findings(), ticketsToRebuild);
  }

  @Transactional(readOnly = true)
  public List<ContractVersion> versions(Caller caller, String customerId) {
    customers.visible(caller, customerId);
    return contracts.list(customerId);
  }

  /**
   * @throws ContractVersionNotVisible when there is no such version or the caller may not see the
   *     customer
   */
  @Transactional(readOnly = true)
  public ContractVersion version(Caller caller, String customerId, int version) {
    customers.visible(caller, customerId);
    return contracts.find(customerId, version).orElseThrow(() -> notFound(customerId, version));
  }

  /** The document of a version, as uploaded. */
  @Transactional(readOnly = true)
  public String document(Caller caller, String customerId, int version) {
    customers.visible(caller, customerId);
    return contracts.document(customerId, version).orElseThrow(() -> notFound(customerId, version));
  }

  /** The lint findings of a stored version's document, as of today, in document order. */
  @Transactional(readOnly = true)
  public List<Finding> findings(Caller caller, String customerId, int version) {
    return ContractUpload.of(document(caller, customerId, version), LocalDate.now(clock))
        .findings();
  }

  /**
   * @throws ContractNotInForce when no version is in force on {@code date}
   */
  @Transactional(readOnly = true)
  public ContractVersion inForce(Caller caller, String customerId, LocalDate date) {
    customers.visible(caller, customerId);
    return contracts
        .inForce(customerId, date)
        .orElseThrow(() -> new ContractNotInForce(customerId, date));
  }

  private static ContractVersionNotVisible notFound(String customerId, int version) {
    return new ContractVersionNotVisible(customerId, version);
  }
}
