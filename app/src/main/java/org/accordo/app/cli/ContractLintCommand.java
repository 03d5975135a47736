package org.accordo.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.accordo.core.contract.lint.ContractLinter;
import org.accordo.core.contract.lint.Finding;
import org.accordo.core.contract.lint.LintReport;
import org.accordo.core.contract.lint.Severity;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code accordo contract lint FILE...}: the findings of every file. Exit 0 when no finding is an
 * error, 1 when some is, 2 when a file cannot be read (the other files are still linted).
 */
@Command(
    name = "lint",
    mixinStandardHelpOptions = true,
    description =
        "Find the mistakes MSPs commonly make in SLA contracts (rules: docs/contracts.md).")
final class ContractLintCommand implements Callable<Integer> {

  /** How findings are printed. */
  enum Format {
    text,
    json
  }

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Contract YAML files.")
  List<Path> files;

  @Option(
      names = "--format",
      defaultValue = "text",
      paramLabel = "text|json",
      description = "Output format (default: text).")
  Format format;

  @Option(
      names = "--today",
      paramLabel = "DATE",
      description = "The reference date for date rules, e.g. 2026-03-01 (default: today).")
  LocalDate today;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    LocalDate reference = today != null ? today : LocalDate.now(Clock.systemDefaultZone());
    List<LintReport> reports = new ArrayList<>();
    List<String> unreadable = new ArrayList<>();
    for (Path file : files) {
      try {
        reports.add(ContractLinter.lint(ContractFiles.read(file), file.toString(), reference));
      } catch (CliFailure e) {
        unreadable.add(e.getMessage());
      }
    }
    PrintWriter out = spec.commandLine().getOut();
    if (format == Format.json) {
      out.println(
          JsonMapper.builder()
              .build()
              .writerWithDefaultPrettyPrinter()
              .writeValueAsString(json(reports)));
    } else {
      text(reports, out);
    }
    out.flush();
    PrintWriter err = spec.commandLine().getErr();
    unreadable.forEach(message -> err.println("accordo: " + message));
    err.flush();
    if (!unreadable.isEmpty()) {
      return Accordo.EXIT_BAD_INPUT;
    }
    return reports.stream().anyMatch(LintReport::hasErrors) ? 1 : 0;
  }

  private static void text(List<LintReport> reports, PrintWriter out) {
    long errors = 0;
    long warnings = 0;
    long infos = 0;
    for (LintReport report : reports) {
      for (Finding f : report.findings()) {
        out.println(f);
        out.println("    fix: " + f.hint());
      }
      errors += report.count(Severity.ERROR);
      warnings += report.count(Severity.WARNING);
      infos += report.count(Severity.INFO);
    }
    out.println(
        errors
            + " errors, "
            + warnings
            + " warnings, "
            + infos
            + " infos in "
            + reports.size()
            + " files");
  }

  private static Map<String, Object> json(List<LintReport> reports) {
    List<Object> files = new ArrayList<>();
    for (LintReport report : reports) {
      List<Object> findings = new ArrayList<>();
      for (Finding f : report.findings()) {
        Map<String, Object> finding = new LinkedHashMap<>();
        finding.put("rule", f.rule());
        finding.put("severity", f.severity().label());
        finding.put("line", f.location().line());
        finding.put("column", f.location().column());
        finding.put("message", f.message());
        finding.put("fix", f.hint());
        findings.add(finding);
      }
      Map<String, Object> file = new LinkedHashMap<>();
      file.put("file", report.source());
      file.put("errors", report.count(Severity.ERROR));
      file.put("warnings", report.count(Severity.WARNING));
      file.put("infos", report.count(Severity.INFO));
      file.put("findings", findings);
      files.add(file);
    }
    return Map.of("files", files);
  }
}
