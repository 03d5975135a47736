package org.accordo.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.accordo.app.clocks.TicketClocks;
import org.accordo.app.contracts.ContractService;
import org.accordo.app.customers.CustomerService;
import org.accordo.app.notifications.HistoryLoads;
import org.accordo.app.support.Api;
import org.accordo.app.support.Await;
import org.accordo.app.support.RunningServer;
import org.accordo.app.support.TestDatabase;
import org.accordo.app.tickets.EventService;
import org.accordo.app.tickets.TicketService;
import org.accordo.app.users.People;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.JsonNode;

/** The demo data of {@code serve --demo}, loaded through the services of the server under test. */
@ParameterizedClass(name = "on {0}")
@EnumSource(TestDatabase.class)
class DemoDataIntegrationTests {

  static final String ADMIN = RunningServer.ADMIN_TOKEN;
  static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

  private final RunningServer server;
  private final Api api;

  DemoDataIntegrationTests(TestDatabase database) {
    this.server = RunningServer.on(database);
    this.api = server.api();
  }

  @Test
  void loadsTheDemoCustomerOnceWithMeasuredTicketsSomeBreachedSomeAtRisk() {
    server.clock().set(NOW);
    DemoData demo = demo();

    DemoData.Loaded loaded = demo.load(60).orElseThrow();

    String base = "/api/v1/tickets?customer_id=" + DemoData.CUSTOMER;
    assertThat(total(base)).isEqualTo(60);
    assertThat(loaded.breached()).isPositive();
    assertThat(total(base + "&breached=true")).isEqualTo(loaded.breached());
    // one ticket in 30 is a P1 opened in the last 3 hours and still open: its 4 h resolution is at
    // risk
    assertThat(loaded.atRisk()).isGreaterThanOrEqualTo(2);
    assertThat(total(base + "&at_risk_within_minutes=240")).isEqualTo(loaded.atRisk());
    JsonNode oldest =
        api.get(base + "&sort=opened_at&size=1").token(ADMIN).send().json().path("items").get(0);
    assertThat(Instant.parse(oldest.path("opened_at").asString()))
        .isAfter(NOW.minus(Duration.ofDays(60)));
    JsonNode detail =
        api.get("/api/v1/tickets/" + oldest.path("id").asString()).token(ADMIN).send().json();
    assertThat(detail.path("sla").path("sla_id").asString()).isEqualTo("service-desk");
    assertThat(detail.path("clocks").size()).isPositive();
    // a second start finds the customer and loads nothing
    assertThat(demo.load(60)).isEmpty();

    theDemosHistoryIsRecordedButNotNotifiedAndItsCrossingsToComeAre();
  }

  /** History loaded does not notify (issue 12): only what crosses after the load is told. */
  private void theDemosHistoryIsRecordedButNotNotifiedAndItsCrossingsToComeAre() {
    String customer = "customer_id=" + DemoData.CUSTOMER;

    // escalations of the past 60 days are recorded, none notified
    assertThat(total("/api/v1/escalations?" + customer)).isGreaterThan(10);
    assertThat(total("/api/v1/notifications?" + customer)).isZero();

    // the recent P1s still open cross their thresholds after the load: those are told
    server.clock().set(NOW.plus(Duration.ofHours(4)));
    JsonNode told =
        Await.until(
            Duration.ofSeconds(20),
            () -> api.get("/api/v1/notifications?size=100&" + customer).token(ADMIN).send().json(),
            page -> page.path("total").asInt() > 0,
            "notifications of crossings after the load");
    assertThat(told.path("items").valueStream())
        .allSatisfy(
            n ->
                assertThat(Instant.parse(n.path("payload").path("occurred_at").asString()))
                    .isAfterOrEqualTo(NOW));
  }

  private DemoData demo() {
    return new DemoData(
        server.bean(CustomerService.class),
        server.bean(ContractService.class),
        server.bean(TicketService.class),
        server.bean(EventService.class),
        server.bean(TicketClocks.class),
        server.bean(HistoryLoads.class),
        server.bean(People.class),
        server.bean(Clock.class));
  }

  private int total(String path) {
    return api.get(path).token(ADMIN).send().json().path("total").asInt();
  }
}
