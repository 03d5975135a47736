package org.accordo.core.contract;

import java.io.Reader;
import java.io.StringReader;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.accordo.core.calendar.BusinessCalendar;
import org.accordo.core.credit.CreditPolicy;
import org.accordo.core.credit.CreditsYaml;
import org.accordo.core.yaml.YamlNodes;
import org.accordo.core.yaml.YamlProblem;
import org.accordo.core.yaml.YamlProblems;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Loads a contract from YAML (the shape of {@code examples/contract-bianchi.yaml}, described in
 * {@code docs/contracts.md}). Every problem is reported at once, each as {@code file:line:column:
 * message}: syntax, unknown and duplicate keys, wrong types, missing required sections, bad
 * durations, percentages, amounts and dates, and references to calendars, services, priorities and
 * escalation levels that the contract does not define. Never throws on bad input.
 */
public final class ContractLoader {

  static final Set<String> SECTIONS =
      Set.of(
          "contract",
          "calendars",
          "services",
          "priorities",
          "responsibilities",
          "communication",
          "slas",
          "escalation",
          "problem_management",
          "reporting",
          "credits",
          "security",
          "scalability",
          "pricing",
          "termination",
          "hold_harmless");

  private static final Comparator<YamlProblem> IN_DOCUMENT_ORDER =
      Comparator.comparingInt(YamlProblem::line).thenComparingInt(YamlProblem::column);

  private ContractLoader() {}

  /**
   * Loads the contract in {@code text}.
   *
   * @param source the file name shown in problems
   */
  public static ContractLoad load(String text, String source) {
    return load(new StringReader(text), source);
  }

  /**
   * Loads the contract read from {@code reader}; the caller closes it.
   *
   * @param source the file name shown in problems
   */
  public static ContractLoad load(Reader reader, String source) {
    YamlProblems problems = new YamlProblems(source);
    Optional<Node> root = YamlNodes.compose(reader, problems);
    if (root.isEmpty()) {
      return new ContractLoad(Optional.empty(), problems.all(), SourceMap.empty(source));
    }
    SourceMap sourceMap = SourceMap.of(source, root.get());
    Optional<Contract> contract = read(root.get(), problems);
    CrossReferences.check(sourceMap, problems);
    if (contract.isEmpty() && problems.isEmpty()) {
      problems.add(root.get(), "the contract is incomplete");
    }
    List<YamlProblem> found = problems.all().stream().sorted(IN_DOCUMENT_ORDER).toList();
    return new ContractLoad(found.isEmpty() ? contract : Optional.empty(), found, sourceMap);
  }

  private static Optional<Contract> read(Node root, YamlProblems problems) {
    Fields f =
        Fields.of(root, problems, "the contract file", SECTIONS.toArray(String[]::new))
            .require("contract", "calendars", "services", "priorities", "slas");
    Optional<ContractHeader> header =
        f.get("contract").flatMap(n -> HeaderSection.read(n, problems));
    Map<String, BusinessCalendar> calendars = Calendars.read(f.get("calendars"), problems);
    List<Service> services =
        f.get("services").map(n -> ScopeSection.services(n, problems)).orElse(List.of());
    List<Priority> priorities =
        f.get("priorities").map(n -> ScopeSection.priorities(n, problems)).orElse(List.of());
    Responsibilities responsibilities =
        f.get("responsibilities")
            .map(n -> TermsSection.responsibilities(n, problems))
            .orElse(Responsibilities.NONE);
    Optional<Communication> communication =
        f.get("communication").map(n -> CommercialSection.communication(n, problems));
    List<ContractSla> slas = f.get("slas").map(n -> SlaSection.read(n, problems)).orElse(List.of());
    Optional<EscalationMatrix> escalation =
        f.get("escalation").map(n -> TermsSection.escalation(n, problems));
    Optional<ProblemManagement> problemManagement =
        f.get("problem_management").map(n -> TermsSection.problemManagement(n, problems));
    Optional<Reporting> reporting =
        f.get("reporting").flatMap(n -> TermsSection.reporting(n, problems));
    Optional<CreditPolicy> credits =
        f.get("credits").flatMap(n -> CreditsYaml.parse(n, problems, "credits"));
    Security security =
        f.get("security").map(n -> TermsSection.security(n, problems)).orElse(Security.NONE);
    Optional<String> scalability = f.text("scalability");
    Optional<Pricing> pricing = f.get("pricing").map(n -> CommercialSection.pricing(n, problems));
    Optional<Termination> termination =
        f.get("termination").map(n -> TermsSection.termination(n, problems));
    Optional<String> holdHarmless = f.text("hold_harmless");
    if (!problems.isEmpty()
        || header.isEmpty()
        || calendars.isEmpty()
        || services.isEmpty()
        || priorities.isEmpty()
        || slas.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new Contract(
            header.get(),
            calendars,
            services,
            priorities,
            responsibilities,
            communication,
            slas,
            escalation,
            credits,
            problemManagement,
            reporting,
            security,
            scalability,
            pricing,
            termination,
            holdHarmless));
  }
}
