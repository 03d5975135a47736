package org.accordo.core.contract.lint;

import java.util.ArrayList;
import java.util.List;
import org.accordo.core.contract.Contract;
import org.accordo.core.contract.Security;

/** {@code missing-section}: a section good practice asks of an MSP SLA is absent or empty. */
final class MissingSection extends ContractRule {

  MissingSection() {
    super(
        "missing-section",
        Severity.WARNING,
        "A section a sound MSP SLA needs is missing: customer responsibilities, outside-provider-control list, "
            + "security measures, backup, disaster recovery, termination, hold-harmless, compensation (credits), "
            + "reporting, review date, communication, escalation, problem management, pricing or scalability.",
        "Add the section; docs/contracts.md shows its shape and contract-bianchi.yaml an example.");
  }

  @Override
  List<Finding> check(Contract c, LintSubject s) {
    List<Finding> findings = new ArrayList<>();
    Security security = c.security();
    require(
        findings,
        s,
        !c.responsibilities().customer().isEmpty(),
        "responsibilities",
        "responsibilities.customer",
        "the customer's responsibilities: without them every delay the customer causes counts against the provider");
    require(
        findings,
        s,
        !c.responsibilities().outsideProviderControl().isEmpty(),
        "responsibilities",
        "responsibilities.outside_provider_control",
        "the list of causes outside the provider's control");
    require(
        findings,
        s,
        !security.measures().isEmpty(),
        "security",
        "security.measures",
        "the security measures");
    require(
        findings,
        s,
        security.backup().isPresent(),
        "security",
        "security.backup",
        "the backup terms");
    require(
        findings,
        s,
        security.disasterRecovery().isPresent(),
        "security",
        "security.disaster_recovery",
        "disaster recovery objectives (rpo, rto)");
    require(findings, s, c.termination().isPresent(), "", "termination", "termination terms");
    require(
        findings, s, c.holdHarmless().isPresent(), "", "hold_harmless", "a hold-harmless clause");
    require(
        findings,
        s,
        c.credits().isPresent(),
        "",
        "credits",
        "compensation (service credits) for missed targets");
    require(
        findings,
        s,
        c.reporting().isPresent(),
        "",
        "reporting",
        "reporting: how the customer sees the results");
    require(
        findings,
        s,
        c.header().review().isPresent(),
        "contract",
        "contract.review",
        "a review date: the SLA should be re-evaluated regularly");
    require(
        findings,
        s,
        c.communication().isPresent(),
        "",
        "communication",
        "communication channels and support hours");
    require(findings, s, c.escalation().isPresent(), "", "escalation", "an escalation matrix");
    require(
        findings,
        s,
        c.problemManagement().isPresent(),
        "",
        "problem_management",
        "problem management with root cause analysis");
    require(findings, s, c.pricing().isPresent(), "", "pricing", "pricing and billing");
    require(
        findings,
        s,
        c.scalability().isPresent(),
        "",
        "scalability",
        "scalability: how the service grows");
    return findings;
  }

  private void require(
      List<Finding> findings,
      LintSubject s,
      boolean present,
      String parent,
      String path,
      String what) {
    if (!present) {
      String where = s.sourceMap().find(path).isPresent() ? path : parent;
      findings.add(
          where.isEmpty()
              ? new Finding(
                  id(),
                  severity(),
                  org.accordo.core.contract.SourceLocation.document(s.sourceMap().source()),
                  "the contract has no " + path + ": " + what,
                  fix())
              : at(s, where, "the contract has no " + path + ": " + what));
    }
  }
}
