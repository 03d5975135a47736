package org.accordo.core.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import org.accordo.core.policy.Metric;
import org.accordo.core.policy.MetricTarget;
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
    assertThat(c.services()).extracting(Service::id).containsExactly("service-desk", "servers", "backup");
    assertThat(c.priorityIds()).containsExactly("P1", "P2", "P3", "P4");
    assertThat(c.slas()).extracting(ContractSla::id).containsExactly("service-desk", "availability");
    assertThat(c.slas().get(0).policy().target(Metric.RESOLUTION, "P1"))
        .contains(new MetricTarget(Duration.ofHours(4), "always"));
    assertThat(c.slas().get(1).availability().orElseThrow().target()).isEqualByComparingTo(new BigDecimal("0.999"));
    assertThat(c.communication().orElseThrow().afterHours().orElseThrow().rate().orElseThrow().price().amount())
        .isEqualByComparingTo("90.00");
    assertThat(c.security().disasterRecovery().orElseThrow().rto()).isEqualTo(Duration.ofHours(8));
    assertThat(c.termination().orElseThrow().notice()).contains(Period.ofDays(90));
    assertThat(c.pricing().orElseThrow().fees()).hasSize(2);
    assertThat(c.credits()).isPresent();
    assertThat(c.holdHarmless()).isPresent();
    assertThat(c.scalability()).isPresent();
  }
}
