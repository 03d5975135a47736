package org.accordo.app.statements;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.accordo.app.render.Labels;
import org.accordo.app.reports.StatementStatus;
import org.accordo.core.contract.DocumentLanguage;
import org.junit.jupiter.api.Test;

/**
 * The statement page's view: the statement's own page shown inside the layout (its body only),
 * credit lines with their amount in the currency's scale and where each stands in the reader's
 * language and zone, the versions with their credits, and the PDF links of the version shown.
 */
class StatementPageViewTests {

  private static final ZoneId ROME = ZoneId.of("Europe/Rome");
  private static final StatementKey KEY = new StatementKey("acme", YearMonth.of(2026, 3));

  @Test
  void showsTheBodyOfTheStatementsPageWithItsChartsAsImages() {
    String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\"><rect style=\"fill: red\"/></svg>";
    String page =
        "<!DOCTYPE html>\n<html><head><style>p{}</style></head>\n<body>\n<h1>Statement</h1>\n"
            + "<div class=\"chart\">"
            + svg
            + "</div>\n</body>\n</html>\n";

    String body =
        StatementPageView.body(
            StoredDocument.of(DocumentFormat.HTML, "en", page.getBytes(StandardCharsets.UTF_8)),
            "A chart");

    // drawn inline, the chart's style attributes would be refused by the pages' CSP
    assertThat(body)
        .isEqualTo(
            "<h1>Statement</h1>\n<div class=\"chart\"><img class=\"chart\" alt=\"A chart\""
                + " src=\"data:image/svg+xml;base64,"
                + java.util.Base64.getEncoder().encodeToString(svg.getBytes(StandardCharsets.UTF_8))
                + "\"></div>");
  }

  @Test
  void writesAnOwedLineAndAWaivedOneInTheReadersLanguageAndZone() {
    CreditLine owed = line("l-1", Optional.empty());
    CreditLine waived =
        line(
            "l-2",
            Optional.of(
                new CreditLine.Settlement(
                    CreditLine.State.WAIVED,
                    null,
                    "goodwill",
                    Instant.parse("2026-04-03T08:00:00Z"),
                    "user:u-1")));

    StatementPageView.CreditRow owedRow =
        StatementPageView.creditRow(owed, ROME, Labels.of(DocumentLanguage.EN));
    StatementPageView.CreditRow waivedRow =
        StatementPageView.creditRow(waived, ROME, Labels.of(DocumentLanguage.IT));

    assertThat(owedRow.amount()).isEqualTo("120.50 EUR");
    assertThat(owedRow.kind()).isEqualTo("Availability");
    assertThat(owedRow.state()).isEqualTo("owed");
    assertThat(owedRow.owed()).isTrue();
    assertThat(owedRow.settlement()).isNull();
    assertThat(waivedRow.state()).isEqualTo("rinunciato");
    assertThat(waivedRow.owed()).isFalse();
    assertThat(waivedRow.settlement()).isEqualTo("goodwill (2026-04-03 10:00 +02:00)");
  }

  @Test
  void linksThePdfsOfTheVersionShown() {
    StatementPageView provisional = view(0);
    StatementPageView amended = view(2);

    assertThat(provisional.pdfHref("it")).isEqualTo("/statements/acme/2026-03/pdf?lang=it");
    assertThat(amended.pdfHref("en")).isEqualTo("/statements/acme/2026-03/pdf?lang=en&version=2");
  }

  @Test
  void writesAnAmendedVersionWithItsCreditsAndWhatChanged() {
    StoredStatement amended =
        new StoredStatement(
            "s-2",
            KEY,
            2,
            StatementStatus.AMENDED,
            Instant.parse("2026-02-28T23:00:00Z"),
            Instant.parse("2026-03-31T22:00:00Z"),
            Instant.parse("2026-04-10T07:30:00Z"),
            1,
            DocumentLanguage.IT,
            "d",
            "j",
            new StatementComputation.Inputs(3, 9, 1, 0),
            new BigDecimal("80"),
            "EUR",
            "an outage recorded late",
            "{\"credits\":[\"120.50\",\"80.00\"]}",
            Instant.parse("2026-04-10T07:30:01Z"),
            "node-1");

    StatementPageView.VersionLine line =
        StatementPageView.versionLine(
            amended, "/statements/acme/2026-03", true, ROME, Labels.of(DocumentLanguage.EN));

    assertThat(line.status()).isEqualTo("amended");
    assertThat(line.asOf()).isEqualTo("2026-04-10 09:30 +02:00");
    assertThat(line.credits()).isEqualTo("80.00 EUR");
    assertThat(line.reason()).isEqualTo("an outage recorded late");
    assertThat(line.changes()).contains("120.50", "80.00");
    assertThat(line.href()).isEqualTo("/statements/acme/2026-03?version=2");
  }

  private static StatementPageView view(int version) {
    return new StatementPageView(
        "acme", "2026-03", "x", version == 0, null, version, "en", "", List.of(), List.of(), false);
  }

  private static CreditLine line(String id, Optional<CreditLine.Settlement> settlement) {
    return new CreditLine(
        id,
        KEY,
        "s-1",
        1,
        1,
        CreditLine.Entry.ORIGINAL,
        "availability_tier",
        "below 99.9 %: 10 %",
        "email",
        "10",
        new BigDecimal("120.5"),
        "EUR",
        "{}",
        Instant.parse("2026-04-01T00:00:00Z"),
        settlement);
  }
}
