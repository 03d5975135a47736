package org.accordo.app.contracts;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.accordo.app.audit.AuditLog;
import org.accordo.app.customers.CustomerService;
import org.accordo.app.security.Caller;
import org.accordo.app.security.Role;
import org.accordo.app.web.NotFound;
import org.accordo.app.web.Problems;
import org.accordo.app.web.UnprocessableContent;
import org.accordo.core.yaml.YamlProblem;
import org.accordo.core.yaml.YamlProblems;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Contract versions of a customer. Admins upload; every caller who may see the customer reads.
 * The version in force on a date is the highest-numbered version whose effective dates (both ends
 * inclusive) contain it: a later upload overrides an earlier one where they overlap.
 */
@Service
public class ContractService {

  private final ContractRepository contracts;
  private final CustomerService customers;
  private final AuditLog audit;
  private final Clock clock;

  ContractService(ContractRepository contracts, CustomerService customers, AuditLog audit, Clock clock) {
    this.contracts = contracts;
    this.customers = customers;
    this.audit = audit;
    this.clock = clock;
  }

  /**
   * Stores a new version of the customer's contract.
   *
   * @throws NotFound when the caller may not see the customer
   * @throws UnprocessableContent when the document has problems; its body lists each with line and column
   */
  @Transactional
  public ContractVersion upload(Caller caller, String customerId, String document) {
    customers.visible(caller, customerId);
    caller.requireRole(Role.ADMIN);
    YamlProblems problems = new YamlProblems("contract");
    ContractHeader header = ContractDocumentCheck.read(document, problems)
        .orElseThrow(() -> new UnprocessableContent(invalidContract(problems.all())));
    ContractVersion version = new ContractVersion(
        customerId, contracts.nextVersion(customerId), header.contractId(), header.effectiveFrom(), header.effectiveTo(),
        clock.instant(), caller.tokenId());
    contracts.insert(version, document);
    audit.record(caller, "contract.uploaded", "contract", customerId + "/" + version.version(), customerId,
        header.contractId() + " effective " + header.effectiveFrom() + " to " + header.effectiveTo());
    return version;
  }

  @Transactional(readOnly = true)
  public List<ContractVersion> versions(Caller caller, String customerId) {
    customers.visible(caller, customerId);
    return contracts.list(customerId);
  }

  /** @throws NotFound when there is no such version or the caller may not see the customer */
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

  /** @throws NotFound when no version is in force on {@code date} */
  @Transactional(readOnly = true)
  public ContractVersion inForce(Caller caller, String customerId, LocalDate date) {
    customers.visible(caller, customerId);
    return contracts.inForce(customerId, date)
        .orElseThrow(() -> new NotFound("contract in force on " + date + " for customer", customerId));
  }

  private static NotFound notFound(String customerId, int version) {
    return new NotFound("contract version", customerId + "/" + version);
  }

  private static ProblemDetail invalidContract(List<YamlProblem> problems) {
    YamlProblem first = problems.get(0);
    ProblemDetail problem = Problems.of(
        HttpStatus.UNPROCESSABLE_CONTENT,
        "invalid-contract",
        "line " + first.line() + ", column " + first.column() + ": " + first.message()
            + (problems.size() > 1 ? " (and " + (problems.size() - 1) + " more)" : ""));
    problem.setProperty("line", first.line());
    problem.setProperty("column", first.column());
    problem.setProperty("errors", problems.stream()
        .map(p -> Map.of("line", p.line(), "column", p.column(), "message", p.message()))
        .toList());
    return problem;
  }
}
