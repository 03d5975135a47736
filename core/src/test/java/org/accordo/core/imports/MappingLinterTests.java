package org.accordo.core.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.accordo.core.contract.lint.Finding;
import org.accordo.core.contract.lint.LintReport;
import org.accordo.core.contract.lint.Severity;
import org.junit.jupiter.api.Test;

class MappingLinterTests {

  private static LintReport lint(String yaml) {
    return MappingLinter.lint(
        MappingLoader.load(yaml, "m.yaml").orThrow(), Optional.of(ImportFixtures.reference()));
  }

  @Test
  void findsTheConfusingStatusMappingsWithTheirPlace() {
    LintReport report =
        lint(
            """
            mapping: { source: cw, time_zone: UTC }
            tickets: { id: id, priority: p, created: c, first_response: f }
            history:
              ticket: t
              at: a
              rows:
                - status: s
            statuses:
              New: new
              Waiting on Vendor: in_progress
              Waiting Parts: on_hold
              Scheduled:
              Completed: resolved
            priorities:
              Priority 1 - Emergency: P1
              Priority 5 - Someday: P9
              Priority 4:
            services:
              Help Desk: helpdesk
            """);

    assertThat(report.findings())
        .filteredOn(f -> f.severity() != Severity.INFO)
        .extracting(f -> f.rule() + " " + f.location().line() + ":" + f.location().column())
        .containsExactly(
            "waiting-status-counts 10:22",
            "waiting-status-not-paused 11:18",
            "status-unmapped 12:13",
            "priority-not-in-contract 16:25",
            "priority-unmapped 17:14",
            "service-not-in-contract 19:14");
    assertThat(report.findings())
        .filteredOn(f -> f.rule().equals("waiting-status-not-paused"))
        .extracting(Finding::message)
        .containsExactly(
            "PSA status 'Waiting Parts' maps to on_hold, which SLA 'service-desk' does not pause"
                + " resolution on: waiting in it counts against the provider");
  }

  @Test
  void aMappingWithNothingThatResolvesIsAnError() {
    LintReport report =
        lint(
            """
            mapping: { source: cw, time_zone: UTC }
            tickets: { id: id, priority: p, created: c }
            statuses: { New: new }
            """);

    assertThat(report.hasErrors()).isTrue();
    assertThat(report.findings()).extracting(Finding::rule).contains("nothing-resolves");
  }

  @Test
  void aTicketListAloneSaysWhichClocksItCannotMeasure() {
    LintReport report =
        MappingLinter.lint(Presets.mapping("freshservice").orElseThrow(), Optional.empty());

    assertThat(report.findings())
        .filteredOn(f -> f.rule().equals("clocks-not-measured"))
        .extracting(Finding::message)
        .containsExactly(
            "next_reply: customer replies are not read: no next-reply cycle starts",
            "periodic_update: only the first reply is known: an update cycle runs from it to the"
                + " resolution",
            "resolution: no status history: pauses are unknown, waiting time counts",
            "resolution_plan: no plan is read: the clock runs to the resolution");
  }

  @Test
  void everyPresetLintsWithoutErrorsAgainstTheReferenceContract() {
    for (String name : Presets.NAMES) {
      LintReport report =
          MappingLinter.lint(
              Presets.mapping(name).orElseThrow(), Optional.of(ImportFixtures.reference()));
      assertThat(report.hasErrors()).as("%s: %s", name, report.findings()).isFalse();
    }
  }
}
