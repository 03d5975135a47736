package org.accordo.app.reports;

import static org.assertj.core.api.Assertions.assertThat;

import org.accordo.core.report.PeriodReport;
import org.accordo.core.report.TicketCount;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The March of the reference contract as the JSON a server stores and a machine reads. */
class ReportJsonTests {

  private static PeriodReport march;
  private static JsonNode json;

  @BeforeAll
  static void write() {
    march = ReportFixtures.march();
    json =
        JsonMapper.builder().build().readTree(ReportJson.write(ReportFixtures.contract(), march));
  }

  @Test
  void namesEveryClocksTicketByNumberAndSubject() {
    JsonNode uuid = first(json.get("breaches"), ReportFixtures.UUID_TICKET);
    assertThat(uuid.get("number").asString()).isEqualTo(ReportFixtures.UUID_NUMBER);
    assertThat(uuid.get("subject").isNull()).isTrue();
    assertThat(uuid.get("calendar").asString()).isEqualTo("always");
    JsonNode named = first(json.get("open"), "T00133");
    assertThat(named.get("number").asString()).isEqualTo("INC-2026-40133");
    assertThat(named.get("subject").asString()).isEqualTo("New starter: laptop and accounts");
  }

  @Test
  void writesTheOpenClocksInTheirStateAtTheEndOfTheMonth() {
    // T00133's resolution (P3, 24 h on the office calendar) had counted 16 h by 1 April 00:00
    JsonNode resolution = null;
    for (JsonNode clock : json.get("open")) {
      if (clock.get("ticket").asString().equals("T00133")
          && clock.get("metric").asString().equals("resolution")) {
        resolution = clock;
      }
    }
    assertThat(resolution).isNotNull();
    assertThat(resolution.get("state").asString()).isEqualTo("running");
    assertThat(resolution.get("elapsed_seconds").decimalValue()).isEqualByComparingTo("57600");
    assertThat(resolution.get("stopped_at").isNull()).isTrue();
  }

  @Test
  void writesTheSummaryOfTheMonth() {
    JsonNode summary = json.get("summary");
    JsonNode tickets = summary.get("tickets");
    assertThat(tickets).hasSize(march.summary().tickets().size());
    TicketCount p1 = march.summary().tickets().get(0);
    assertThat(tickets.get(0).get("priority").asString()).isEqualTo(p1.priority());
    assertThat(tickets.get(0).get("opened").asInt()).isEqualTo(p1.opened());
    assertThat(tickets.get(0).get("open_at_end").asInt()).isEqualTo(p1.openAtEnd());
    JsonNode months = summary.get("compliance_trend").get(0).get("months");
    assertThat(months.get(0).get("month").asString()).isEqualTo("2026-03");
    // January 2026 measured nothing: no share rather than 0
    JsonNode january = months.get(months.size() - 1);
    assertThat(january.get("month").asString()).isEqualTo("2026-01");
    assertThat(january.get("met").asInt() + january.get("breached").asInt()).isZero();
    assertThat(january.get("share_met").isNull()).isTrue();
  }

  @Test
  void writesMoneyAsDecimalStrings() {
    JsonNode credits = json.get("credits");

    assertThat(credits.get("total").isString()).isTrue();
    assertThat(credits.get("total").asString()).isEqualTo("288.00");
    assertThat(credits.get("lines").get(1).get("amount").asString()).isEqualTo("48.00");
  }

  @Test
  void aReportFromFilesAfterItsMonthIsFinal() {
    assertThat(json.get("closed").asBoolean()).isTrue();
    assertThat(json.get("status").asString()).isEqualTo("final");
    assertThat(json.get("credits").get("final").asBoolean()).isTrue();
  }

  @Test
  void aProvisionalStatementOfAMonthOverIsClosedButNotFinal() {
    JsonNode provisional =
        JsonMapper.builder()
            .build()
            .readTree(
                ReportJson.write(ReportFixtures.contract(), march, StatementStatus.PROVISIONAL));

    assertThat(provisional.get("closed").asBoolean()).isTrue();
    assertThat(provisional.get("status").asString()).isEqualTo("provisional");
    assertThat(provisional.get("credits").get("final").asBoolean()).isFalse();
    assertThat(provisional.get("credits").get("total").asString()).isEqualTo("288.00");
  }

  private static JsonNode first(JsonNode clocks, String ticket) {
    for (JsonNode clock : clocks) {
      if (clock.get("ticket").asString().equals(ticket)) {
        return clock;
      }
    }
    throw new AssertionError("no clock of " + ticket);
  }
}
