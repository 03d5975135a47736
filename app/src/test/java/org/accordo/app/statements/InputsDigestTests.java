package org.accordo.app.statements;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.accordo.core.availability.Outage;
import org.accordo.core.availability.OutageCause;
import org.accordo.core.availability.TimeSpan;
import org.accordo.core.clock.EventType;
import org.accordo.core.clock.Exclusion;
import org.accordo.core.clock.ReplyVisibility;
import org.accordo.core.clock.TicketEvent;
import org.accordo.core.policy.Metric;
import org.accordo.core.policy.TicketStatus;
import org.accordo.core.report.PeriodRecords;
import org.accordo.core.report.TicketHistory;
import org.accordo.core.report.TicketReference;
import org.junit.jupiter.api.Test;

/**
 * The inputs digest is part of every stored statement, so its value for the same inputs never
 * changes: the values here were computed by the first version of {@link InputsDigest}, which handed
 * each field to the SHA-256 by itself, before the fields were buffered.
 */
class InputsDigestTests {

  private static final StatementKey KEY = new StatementKey("acme", YearMonth.of(2026, 3));
  private static final Instant AS_OF = Instant.parse("2026-04-03T22:00:00Z");

  @Test
  void digestsEveryKindOfFieldAsTheFirstVersionDid() {
    assertThat(InputsDigest.of(KEY, AS_OF, 2, List.of(ticket("")), outages(), PeriodRecords.NONE))
        .isEqualTo("ae1d093bc2b4df46e19682ca43f9d457b3e5b8540d9225a20d14e402ee372dcb");
  }

  @Test
  void digestsManyTicketsAndAFieldLongerThanItsBufferAsTheFirstVersionDid() {
    List<TicketHistory> tickets = new ArrayList<>();
    for (int i = 0; i < 3000; i++) {
      tickets.add(ticket(i == 1500 ? "x".repeat(70_000) + "è" : Integer.toString(i)));
    }
    assertThat(InputsDigest.of(KEY, AS_OF, 2, tickets, outages(), PeriodRecords.NONE))
        .isEqualTo("37efc95f36e6fc0f0f31523713630c06877227a1f912a3583fa98383a10056d9");
  }

  private static TicketHistory ticket(String suffix) {
    String id = "t-" + suffix;
    Instant at = Instant.parse("2026-03-02T09:00:00.123Z");
    return new TicketHistory(
        new TicketReference(id, "PSA-" + suffix, Optional.of("Città " + suffix)),
        Optional.of("servers"),
        List.of(
            TicketEvent.created(id, id + "-e1", at, "P1"),
            TicketEvent.agentReplied(id, id + "-e2", at.plusSeconds(60), ReplyVisibility.PUBLIC),
            TicketEvent.statusChanged(
                id, id + "-e3", at.plusSeconds(120), TicketStatus.WAITING_CUSTOMER),
            TicketEvent.excluded(
                id,
                id + "-e4",
                at.plusSeconds(180),
                new Exclusion(
                    at,
                    at.plusSeconds(3600),
                    "their firewall",
                    EnumSet.of(Metric.RESOLUTION_PLAN, Metric.FIRST_RESPONSE))),
            TicketEvent.of(id, id + "-e5", EventType.CUSTOMER_REPLIED, at.plusSeconds(240))));
  }

  private static List<Outage> outages() {
    TimeSpan span =
        new TimeSpan(Instant.parse("2026-03-05T10:00:00Z"), Instant.parse("2026-03-05T11:00:00Z"));
    return List.of(
        new Outage("servers", span, OutageCause.PROVIDER, "disk"),
        new Outage("backup", span, OutageCause.ANNOUNCED_MAINTENANCE, "")
            .announcedAt(Instant.parse("2026-03-01T10:00:00Z")));
  }
}
