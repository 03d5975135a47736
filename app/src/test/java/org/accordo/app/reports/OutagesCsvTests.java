package org.accordo.app.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.accordo.core.availability.Outage;
import org.accordo.core.availability.OutageCause;
import org.junit.jupiter.api.Test;

class OutagesCsvTests {

  private static List<Outage> read(String csv) {
    return OutagesCsv.read(new StringReader(csv), Set.of("servers", "backup"));
  }

  @Test
  void readsQuotedNotesOffsetsAndSkipsBlankLines() {
    List<Outage> outages =
        read(
            "service,from,to,cause,note\n"
                + "servers,2026-03-10T10:00:00+01:00,2026-03-10T09:30:00Z,provider,\"switch, then \"\"router\"\"\"\n"
                + "\n"
                + "backup,2026-03-11T09:00:00Z,2026-03-11T09:00:00Z,announced_maintenance,\n");

    assertThat(outages)
        .containsExactly(
            Outage.of(
                "servers",
                Instant.parse("2026-03-10T09:00:00Z"),
                Instant.parse("2026-03-10T09:30:00Z"),
                OutageCause.PROVIDER,
                "switch, then \"router\""),
            Outage.of(
                "backup",
                Instant.parse("2026-03-11T09:00:00Z"),
                Instant.parse("2026-03-11T09:00:00Z"),
                OutageCause.ANNOUNCED_MAINTENANCE,
                ""));
  }

  @Test
  void refusesAFileWithoutTheHeader() {
    assertThatThrownBy(() -> read("servers,2026-03-10T09:00:00Z,2026-03-10T10:00:00Z,provider,x\n"))
        .isInstanceOf(MalformedInputLine.class)
        .hasMessage(
            "line 1: the header must be 'service,from,to,cause,note'"
                + " or 'service,from,to,cause,note,announced_at'");
  }

  @Test
  void readsTheOptionalAnnouncementColumn() {
    List<Outage> outages =
        read(
            "service,from,to,cause,note,announced_at\n"
                + "servers,2026-03-08T01:30:00Z,2026-03-08T02:30:00Z,announced_maintenance,firmware,2026-03-02T09:00:00+01:00\n"
                + "servers,2026-03-10T09:00:00Z,2026-03-10T09:30:00Z,provider,switch,\n");

    assertThat(outages.get(0).announcedAt()).contains(Instant.parse("2026-03-02T08:00:00Z"));
    assertThat(outages.get(1).announcedAt()).isEmpty();
  }

  @Test
  void refusesAnAnnouncementThatIsNotAnInstant() {
    assertThatThrownBy(
            () ->
                read(
                    "service,from,to,cause,note,announced_at\n"
                        + "servers,2026-03-08T01:30:00Z,2026-03-08T02:30:00Z,announced_maintenance,x,last week\n"))
        .isInstanceOf(MalformedInputLine.class)
        .hasMessage(
            "line 2: 'announced_at' 'last week' is not an instant; write e.g. 2026-03-10T09:00:00Z");
  }

  @Test
  void refusesALineWithTheWrongNumberOfFields() {
    assertThatThrownBy(
            () -> read("service,from,to,cause,note\nservers,2026-03-10T09:00:00Z,provider\n"))
        .isInstanceOf(MalformedInputLine.class)
        .hasMessageStartingWith("line 2: expected 5 fields");
  }

  @Test
  void forEachReportsEveryBadLineWithItsNumberAndKeepsTheGoodOnes() {
    List<OutagesCsv.Line> lines = new java.util.ArrayList<>();
    OutagesCsv.forEach(
        new StringReader(
            "service,from,to,cause,note\n"
                + "servers,2026-03-10T09:00:00Z,2026-03-10T10:00:00Z,provider,switch\n"
                + "mail,2026-03-10T09:00:00Z,2026-03-10T10:00:00Z,provider,x\n"
                + "\n"
                + "servers,2026-03-10T09:00:00Z,2026-03-10T08:00:00Z,provider,x\n"
                + "servers,yesterday,2026-03-10T10:00:00Z,provider,x\n"
                + "servers,2026-03-11T09:00:00Z,2026-03-11T10:00:00Z,flood,x\n"),
        (service, from) ->
            service.equals("servers")
                ? java.util.Optional.empty()
                : java.util.Optional.of("'" + service + "' is not a service on " + from),
        lines::add);

    assertThat(lines)
        .containsExactly(
            new OutagesCsv.Line.Read(
                2,
                Outage.of(
                    "servers",
                    Instant.parse("2026-03-10T09:00:00Z"),
                    Instant.parse("2026-03-10T10:00:00Z"),
                    OutageCause.PROVIDER,
                    "switch")),
            new OutagesCsv.Line.Refused(3, "'mail' is not a service on 2026-03-10T09:00:00Z"),
            new OutagesCsv.Line.Refused(
                5, "'to' 2026-03-10T08:00:00Z is before 'from' 2026-03-10T09:00:00Z"),
            new OutagesCsv.Line.Refused(
                6, "'from' 'yesterday' is not an instant; write e.g. 2026-03-10T09:00:00Z"),
            new OutagesCsv.Line.Refused(
                7,
                "unknown cause 'flood'; expected one of [provider, customer_caused,"
                    + " outside_provider_control, announced_maintenance]"));
  }
}
