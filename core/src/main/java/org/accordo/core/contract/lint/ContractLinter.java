package org.accordo.core.contract.lint;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.accordo.core.contract.ContractLoad;
import org.accordo.core.contract.ContractLoader;
import org.accordo.core.contract.SourceLocation;
import org.accordo.core.yaml.YamlProblem;

/**
 * Finds the mistakes MSPs commonly make in SLAs. Every problem that keeps the file from loading is
 * a finding of rule {@value #INVALID}; the rules that read the file's words (vague and marketing
 * language, perfect targets) run on any file that parses; the others judge the loaded contract.
 * Lint never throws on any input text: every outcome is a list of findings.
 */
public final class ContractLinter {

  /** The rule id of a problem that keeps the contract from loading. */
  public static final String INVALID = "contract-invalid";

  private static final List<LintRule> RULES =
      List.of(
          new VagueLanguage(),
          new MarketingLanguage(),
          new PerfectTarget(),
          new FiveNinesWithoutMaintenance(),
          new BudgetBelowRestoreTime(),
          new MissingSection(),
          new ReviewDatePast(),
          new ReviewIntervalTooLong(),
          new SlaTooComplex(),
          new PriorityTargetsInverted(),
          new ResolutionBeforeResponse(),
          new SupportHoursGap(),
          new AfterHoursWithoutRate(),
          new ResolutionNotPausedForCustomer(),
          new DaysOnBusinessCalendar(),
          new RcaCreditWithoutObligation());

  private ContractLinter() {}

  /** Every rule, in the order of docs/contracts.md (the load rule {@value #INVALID} aside). */
  public static List<LintRule> rules() {
    return RULES;
  }

  /**
   * Lints the contract in {@code text}.
   *
   * @param source the file name shown in findings
   * @param today the reference date of date rules
   */
  public static LintReport lint(String text, String source, LocalDate today) {
    return lint(ContractLoader.load(text, source), today);
  }

  /** Lints an already loaded file. */
  public static LintReport lint(ContractLoad load, LocalDate today) {
    List<Finding> findings = new ArrayList<>();
    for (YamlProblem problem : load.problems()) {
      findings.add(
          new Finding(
              INVALID,
              Severity.ERROR,
              new SourceLocation(problem.source(), problem.line(), problem.column()),
              problem.message(),
              "Fix the file so that it loads; docs/contracts.md describes every section."));
    }
    LintSubject subject = new LintSubject(load.contract(), load.sourceMap(), today);
    for (LintRule rule : RULES) {
      findings.addAll(rule.check(subject));
    }
    return new LintReport(load.sourceMap().source(), findings);
  }
}
