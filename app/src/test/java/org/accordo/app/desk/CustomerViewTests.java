package org.accordo.app.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.accordo.app.contracts.ContractLibrary.LoadedContract;
import org.accordo.app.customers.Customer;
import org.accordo.app.customers.CustomerState;
import org.accordo.app.render.Labels;
import org.accordo.app.support.ApiFixtures;
import org.accordo.core.clock.ReplyVisibility;
import org.accordo.core.clock.TicketEvent;
import org.accordo.core.contract.Contract;
import org.accordo.core.contract.ContractLoader;
import org.accordo.core.contract.DocumentLanguage;
import org.accordo.core.report.ContractClose;
import org.accordo.core.report.PeriodReport;
import org.accordo.core.report.TicketHistory;
import org.junit.jupiter.api.Test;

class CustomerViewTests {

  private static final ZoneId ROME = ZoneId.of("Europe/Rome");
  private static final Contract CONTRACT =
      ContractLoader.load(ApiFixtures.referenceContract(), "reference").orThrow();
  private static final Customer CUSTOMER =
      new Customer(
          "bianchi",
          "Bianchi Srl",
          ROME,
          CustomerState.ACTIVE,
          Instant.parse("2026-01-01T00:00:00Z"),
          null);
  private static final Instant NOW = Instant.parse("2026-03-20T09:00:00Z");

  @Test
  void showsTheMonthsComplianceAvailabilityAndCreditsSoFar() {
    // a P1 answered in 10 minutes, and one answered an hour late
    PeriodReport report =
        ContractClose.close(
            CONTRACT,
            ContractClose.period(CONTRACT, YearMonth.of(2026, 3)),
            List.of(
                answered("t1", "2026-03-09T09:00:00Z", "2026-03-09T09:10:00Z"),
                answered("t2", "2026-03-10T09:00:00Z", "2026-03-10T10:30:00Z")),
            List.of(),
            NOW);

    CustomerView view =
        CustomerView.of(
            CUSTOMER,
            new CustomerMonth.Standing(new LoadedContract(2, CONTRACT), report, null),
            NOW,
            ROME,
            Labels.of(DocumentLanguage.EN));

    assertThat(view.contract().contractId()).isEqualTo("bianchi-2026");
    assertThat(view.contract().version()).isEqualTo(2);
    assertThat(view.contract().effective()).isEqualTo("in force from 2026-01-01 to 2027-12-31");
    assertThat(view.month()).isEqualTo("2026-03");
    assertThat(view.provisional()).isTrue();
    assertThat(view.compliance())
        .contains(
            new CustomerView.ComplianceLine("service-desk", "First response", "P1", 1, 1, "50 %"));
    assertThat(view.availability())
        .singleElement()
        .satisfies(
            line -> {
              assertThat(line.service()).isEqualTo("servers");
              assertThat(line.target()).isEqualTo("99.9 %");
              assertThat(line.availability()).isEqualTo("100 %");
              assertThat(line.left()).isEqualTo(line.allowed());
              assertThat(line.below()).isFalse();
            });
    assertThat(view.credits()).isEqualTo("0.00 EUR");
    assertThat(view.asOf()).isEqualTo("2026-03-20 10:00 +01:00");
  }

  @Test
  void saysWhenNoContractIsInForceAndWhyAMonthCannotBeComputed() {
    Labels italian = Labels.of(DocumentLanguage.IT);

    CustomerView none =
        CustomerView.of(CUSTOMER, new CustomerMonth.Standing(null, null, null), NOW, ROME, italian);
    CustomerView unmeasurable =
        CustomerView.of(
            CUSTOMER,
            new CustomerMonth.Standing(
                new LoadedContract(1, CONTRACT), null, "ticket t9: service 'x' is not a service"),
            NOW,
            ROME,
            italian);

    assertThat(none.contract()).isNull();
    assertThat(none.compliance()).isEmpty();
    assertThat(unmeasurable.contract().effective())
        .isEqualTo("in vigore dal 2026-01-01 al 2027-12-31");
    assertThat(unmeasurable.problem()).contains("service 'x'");
    assertThat(unmeasurable.credits()).isNull();
  }

  @Test
  void writesSharesAsPercentagesToThreeDecimalsAtMost() {
    assertThat(CustomerView.percent(new BigDecimal("0.999"))).isEqualTo("99.9 %");
    assertThat(CustomerView.percent(BigDecimal.ONE)).isEqualTo("100 %");
    assertThat(CustomerView.percent(new BigDecimal("0.93333333"))).isEqualTo("93.333 %");
  }

  private static TicketHistory answered(String ticket, String opened, String answered) {
    return new TicketHistory(
        ticket,
        Optional.of("service-desk"),
        List.of(
            TicketEvent.created(ticket, ticket + "-1", Instant.parse(opened), "P1"),
            TicketEvent.agentReplied(
                ticket, ticket + "-2", Instant.parse(answered), ReplyVisibility.PUBLIC)));
  }
}
