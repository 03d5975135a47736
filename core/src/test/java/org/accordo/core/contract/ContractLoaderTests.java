package org.accordo.core.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import org.accordo.core.policy.Metric;
import org.accordo.core.policy.MetricTarget;
import org.accordo.core.yaml.YamlProblem;
import org.junit.jupiter.api.Test;

class ContractLoaderTests {

  @Test
  void loadsTheReferenceContractWithNoProblems() {
    ContractLoad load = ContractLoader.load(ContractFixtures.bianchi(), "contract-bianchi.yaml");

    assertThat(load.problems()).isEmpty();
    Contract c = load.orThrow();
    assertThat(c.header().id()).isEqualTo("bianchi-2026");
    assertThat(c.header().version()).isEqualTo(3);
    assertThat(c.header().supersedes()).contains(2);
    assertThat(c.header().review().orElseThrow().every()).contains(Period.ofMonths(6));
    assertThat(c.header().review().orElseThrow().next()).isEqualTo(LocalDate.of(2026, 7, 1));
    assertThat(c.calendars()).containsOnlyKeys("office", "always");
    assertThat(c.isAlwaysOpen("always")).isTrue();
    assertThat(c.isAlwaysOpen("office")).isFalse();
    assertThat(c.services())
        .extracting(Service::id)
        .containsExactly("service-desk", "servers", "backup");
    assertThat(c.priorityIds()).containsExactly("P1", "P2", "P3", "P4");
    assertThat(c.slas())
        .extracting(ContractSla::id)
        .containsExactly("service-desk", "availability");
    assertThat(c.slas().get(0).policy().target(Metric.RESOLUTION, "P1"))
        .contains(new MetricTarget(Duration.ofHours(4), "always"));
    assertThat(c.slas().get(1).availability().orElseThrow().target())
        .isEqualByComparingTo(new BigDecimal("0.999"));
    assertThat(
            c.communication()
                .orElseThrow()
                .afterHours()
                .orElseThrow()
                .rate()
                .orElseThrow()
                .price()
                .amount())
        .isEqualByComparingTo("90.00");
    assertThat(c.security().disasterRecovery().orElseThrow().rto()).isEqualTo(Duration.ofHours(8));
    assertThat(c.termination().orElseThrow().notice()).contains(Period.ofDays(90));
    assertThat(c.pricing().orElseThrow().fees()).hasSize(2);
    assertThat(c.credits()).isPresent();
    assertThat(c.holdHarmless()).isPresent();
    assertThat(c.scalability()).isPresent();
  }

  @Test
  void reportsEveryProblemAtOnceInDocumentOrder() {
    String broken =
        ContractFixtures.bianchi()
            .replace("  version: 3\n", "  version: three\n")
            .replace(
                "P2: { target: 2h, calendar: office }", "P2: { target: 2 hours, calendar: office }")
            .replace("services: [servers]\n", "services: [server]\n")
            .replace("  cap: 30%\n", "  cap: 30\n");

    ContractLoad load = ContractLoader.load(broken, "broken.yaml");

    assertThat(load.contract()).isEmpty();
    assertThat(load.problems())
        .extracting(YamlProblem::toString)
        .containsExactly(
            "broken.yaml:8:12: contract.version 'three' is not a whole number of 1 or more",
            "broken.yaml:83:23: slas[0].metrics.first_response.P2.target '2 hours' is not a duration; write e.g. 30m, 4h, 1h30m, 5d or PT4H",
            "broken.yaml:103:16: slas[1].services[0] names the service 'server', which services does not define (defined: service-desk, servers, backup)",
            "broken.yaml:142:8: credits.cap '30' is not a percentage; write e.g. 99.9%");
  }

  @Test
  void reportsAMisspeltKeyAtTheKeyItselfNotAtItsValueBelow() {
    // line 81 is "      first_response:", its targets start on line 82
    String misspelt =
        ContractFixtures.bianchi().replace("      first_response:\n", "      first_respnse:\n");

    ContractLoad load = ContractLoader.load(misspelt, "misspelt.yaml");

    assertThat(load.problems())
        .extracting(YamlProblem::toString)
        .singleElement()
        .asString()
        .startsWith("misspelt.yaml:81:7: unknown metric 'first_respnse' in slas[0].metrics");
  }

  @Test
  void reportsAValueOfTheWrongKindAtItsKey() {
    // line 96 is "      periodic_update: [waiting_customer, on_hold]", made a block mapping
    String wrongKind =
        ContractFixtures.bianchi()
            .replace(
                "      periodic_update: [waiting_customer, on_hold]\n",
                "      periodic_update:\n        waiting_customer: yes\n");

    ContractLoad load = ContractLoader.load(wrongKind, "kind.yaml");

    assertThat(load.problems())
        .extracting(YamlProblem::toString)
        .containsExactly("kind.yaml:96:7: slas[0].pause_on.periodic_update must be a list");
  }

  @Test
  void reportsAnUnknownKeyWithABlockValueAtTheKey() {
    // line 129 is "reporting:", its entries start on line 130
    String unknown = ContractFixtures.bianchi().replace("\nreporting:\n", "\nreportng:\n");

    ContractLoad load = ContractLoader.load(unknown, "unknown.yaml");

    assertThat(load.problems())
        .extracting(YamlProblem::toString)
        .singleElement()
        .asString()
        .startsWith("unknown.yaml:129:1: unknown key 'reportng' in the contract file");
  }

  @Test
  void readsTheHoursOfAnEscalationLevelAsACalendarOfTheContract() {
    String quiet =
        ContractFixtures.bianchi()
            .replace(
                "    L1: { who: Service desk lead, email: lead@rossi-it.example }\n",
                "    L1: { who: Service desk lead, email: lead@rossi-it.example, hours: office }\n");

    Contract contract = ContractLoader.load(quiet, "quiet.yaml").orThrow();

    assertThat(contract.escalation().orElseThrow().level("L1").orElseThrow().hours())
        .contains("office");
    // a level without hours is told at any hour
    assertThat(contract.escalation().orElseThrow().level("L2").orElseThrow().hours()).isEmpty();
  }

  @Test
  void reportsEscalationLevelHoursOnACalendarTheContractDoesNotDefine() {
    String unknown =
        ContractFixtures.bianchi()
            .replace(
                "    L1: { who: Service desk lead, email: lead@rossi-it.example }\n",
                "    L1: { who: Service desk lead, email: lead@rossi-it.example, hours: offce }\n");

    ContractLoad load = ContractLoader.load(unknown, "unknown.yaml");

    // line 114 is L1; the value 'offce' starts in column 72 (counted on the line)
    assertThat(load.problems())
        .extracting(YamlProblem::toString)
        .singleElement()
        .asString()
        .startsWith("unknown.yaml:114:72: ")
        .contains("'offce'");
  }

  @Test
  void reportsASyntaxErrorWithItsPlace() {
    // line 3 opens a flow sequence that is never closed; the parser notices at the next key
    ContractLoad load =
        ContractLoader.load(
            "contract:\n  id: x\n  title: [unclosed\n  version: 1\n", "syntax.yaml");

    assertThat(load.problems()).hasSize(1);
    assertThat(load.problems().get(0).toString())
        .startsWith("syntax.yaml:4:")
        .contains("YAML syntax");
  }

  @Test
  void reportsUnknownSectionsAndMissingRequiredOnes() {
    ContractLoad load = ContractLoader.load("contract: { id: x }\nextras: 1\n", "partial.yaml");

    assertThat(load.problems())
        .extracting(YamlProblem::toString)
        .contains(
            "partial.yaml:1:1: the contract file needs 'calendars'",
            "partial.yaml:1:1: the contract file needs 'services'",
            "partial.yaml:1:1: contract needs 'title'",
            "partial.yaml:2:1: unknown key 'extras' in the contract file; expected one of [calendars, communication, contract, credits, escalation, hold_harmless, pricing, priorities, problem_management, reporting, responsibilities, scalability, security, services, slas, termination]");
  }

  @Test
  void rejectsAServiceMeasuredByTwoSlas() {
    String twice =
        ContractFixtures.bianchi()
            .replace(
                """
          - id: availability
            services: [servers]
        """,
                """
          - id: availability
            services: [servers]
            metrics:
              first_response:
                P1: { target: 15m, calendar: always }
        """);

    ContractLoad load = ContractLoader.load(twice, "twice.yaml");

    assertThat(load.problems())
        .extracting(YamlProblem::toString)
        .containsExactly(
            "twice.yaml:103:16: service 'servers' has ticket targets in both SLA 'service-desk' and SLA 'availability'; a ticket must be measured by one SLA");
  }
}
