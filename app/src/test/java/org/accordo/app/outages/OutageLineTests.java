package org.accordo.app.outages;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import org.accordo.app.render.Labels;
import org.accordo.core.availability.OutageCause;
import org.accordo.core.contract.DocumentLanguage;
import org.junit.jupiter.api.Test;

/**
 * An outage's line on the outages page: its instants in the reader's zone, how long it lasted in
 * hours and minutes (an ongoing one until the moment shown), its kind and cause in words.
 */
class OutageLineTests {

  private static final ZoneId ROME = ZoneId.of("Europe/Rome");
  private static final Instant FROM = Instant.parse("2026-03-05T10:00:00Z");

  @Test
  void writesAnEndedOutageWithHowLongItLasted() {
    OutageLine line =
        OutageLine.of(
            outage(FROM.plusSeconds(27 * 3600 + 5 * 60), OutageKind.OUTAGE),
            FROM.plusSeconds(90 * 3600),
            ROME,
            Labels.of(DocumentLanguage.EN));

    assertThat(line.from()).isEqualTo("2026-03-05 11:00 +01:00");
    assertThat(line.to()).isEqualTo("2026-03-06 14:05 +01:00");
    assertThat(line.lasted()).isEqualTo("27 h 05 min");
    assertThat(line.kind()).isEqualTo("Outage");
    assertThat(line.cause()).isEqualTo("provider");
    assertThat(line.ongoing()).isFalse();
  }

  @Test
  void anOngoingMaintenanceHasLastedUntilNow() {
    OutageLine line =
        OutageLine.of(
            outage(null, OutageKind.MAINTENANCE),
            FROM.plusSeconds(40 * 60),
            ROME,
            Labels.of(DocumentLanguage.IT));

    assertThat(line.to()).isNull();
    assertThat(line.ongoing()).isTrue();
    assertThat(line.lasted()).isEqualTo("40 min");
    assertThat(line.kind()).isEqualTo("Manutenzione");
  }

  private static RecordedOutage outage(Instant to, OutageKind kind) {
    return new RecordedOutage(
        "o-1",
        "acme",
        "servers",
        FROM,
        to,
        OutageCause.PROVIDER,
        "switch failure",
        null,
        kind,
        FROM,
        "system",
        FROM);
  }
}
