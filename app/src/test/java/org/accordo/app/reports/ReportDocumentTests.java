package org.accordo.app.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.accordo.app.render.Html;
import org.accordo.app.render.PageBounds;
import org.accordo.core.contract.Contract;
import org.accordo.core.contract.DocumentLanguage;
import org.accordo.core.report.ClockFact;
import org.accordo.core.report.PeriodReport;
import org.accordo.core.report.TicketCount;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The printed March of the reference contract, in English and Italian, read as its customer would:
 * what each page says, and that no table runs off the page.
 */
class ReportDocumentTests {

  private static final Contract CONTRACT = ReportFixtures.contract();
  private static final Map<DocumentLanguage, byte[]> PDF = new EnumMap<>(DocumentLanguage.class);
  private static final Map<DocumentLanguage, String> HTML = new EnumMap<>(DocumentLanguage.class);
  private static PeriodReport march;

  @BeforeAll
  static void render() {
    march = ReportFixtures.march();
    for (DocumentLanguage language : DocumentLanguage.values()) {
      PDF.put(language, ReportDocument.pdf(CONTRACT, march, language));
      // a number and its unit are joined by a no-break space; the assertions read plain spaces
      HTML.put(language, ReportDocument.html(CONTRACT, march, language).replace('\u00a0', ' '));
    }
  }

  @ParameterizedTest
  @EnumSource(DocumentLanguage.class)
  void noTextOfAnyPageLiesOutsideItsMargins(DocumentLanguage language) {
    byte[] pdf = PDF.get(language);

    assertThat(PageBounds.overflows(pdf)).isEmpty();
    // the UUID-numbered ticket and the two-line subject are printed, wrapped, not cut off
    String text = allText(pdf).replaceAll("\\s+", "");
    assertThat(text).contains(ReportFixtures.UUID_NUMBER, "firewallfirmwareupdate");
  }

  @Test
  void theFirstPageSummarisesTheMonthInEnglish() {
    String first = firstPage(DocumentLanguage.EN);

    assertThat(first)
        .contains("Service level report — March 2026", "The month at a glance")
        .contains("Tickets by priority", "Opened", "Resolved", "Open at the end", "With a breach")
        .contains("Targets met per metric", "March 2026", "February 2026", "January 2026")
        .contains("Availability and downtime budget", "servers", "99.3607%", "overspent by 4 h")
        .contains("Service credits owed", "Total owed", "288.00 EUR");
    for (TicketCount count : march.summary().tickets()) {
      assertThat(first)
          .contains(
              count.priority()
                  + " ("
                  + CONTRACT.priorities().stream()
                      .filter(p -> p.id().equals(count.priority()))
                      .findFirst()
                      .orElseThrow()
                      .name()
                  + ") "
                  + count.opened()
                  + " "
                  + count.resolved()
                  + " "
                  + count.openAtEnd()
                  + " "
                  + count.breached());
    }
    // the details start on the next page
    assertThat(first).doesNotContain("Outages");
    assertThat(PageBounds.text(PDF.get(DocumentLanguage.EN), 2)).contains("Availability");
  }

  @Test
  void theFirstPageSummarisesTheMonthInItalian() {
    String first = firstPage(DocumentLanguage.IT);

    assertThat(first)
        .contains("Rapporto sui livelli di servizio — marzo 2026", "Il mese in sintesi")
        .contains("Ticket per priorità", "Aperti a fine mese", "Con violazioni")
        .contains("Obiettivi rispettati per metrica", "marzo 2026", "febbraio 2026")
        .contains("Disponibilità e budget di indisponibilità", "99,3607%", "superato di 4 h")
        .contains("Crediti di servizio dovuti", "Totale dovuto", "288,00 EUR");
  }

  @ParameterizedTest
  @EnumSource(DocumentLanguage.class)
  void durationsAreWrittenInHoursAndMinutesOnly(DocumentLanguage language) {
    String html = HTML.get(language);
    String markdown = ReportDocument.markdown(CONTRACT, march, language).replace('\u00a0', ' ');

    Pattern seconds = Pattern.compile("\\d+(?:[.,]\\d+)? (?:s|ms|sec)\\b");
    assertThat(seconds.matcher(html).find()).as("seconds in the HTML").isFalse();
    assertThat(seconds.matcher(markdown).find()).as("seconds in the Markdown").isFalse();
    // 743 h measured, 4 h 45 min down, a budget of 44 min 34.8 s shown as 45 min
    assertThat(html).contains(">743 h<", ">4 h 45 min<", ">45 min<");
  }

  @ParameterizedTest
  @EnumSource(DocumentLanguage.class)
  void namesTicketsByTheirNumberAndSubjectNeverByTheInternalId(DocumentLanguage language) {
    String html = HTML.get(language);
    ClockFact breach = march.breaches().get(0);

    assertThat(html).contains(Html.escape(ReportFixtures.reference(breach.ticket()).number()));
    assertThat(html).contains(Html.escape("Printer <HP-4> & scanner \"jammed\""));
    assertThat(Pattern.compile("\\bT\\d{5}\\b").matcher(html).find())
        .as("an internal ticket id in the document")
        .isFalse();
  }

  @Test
  void tellsEachBreachsTimelineInWords() {
    String en = HTML.get(DocumentLanguage.EN);
    String it = HTML.get(DocumentLanguage.IT);

    // T00100's update cycle: counting from the reply, paused by the exclusion, counting again
    assertThat(en)
        .contains(ReportFixtures.UUID_NUMBER + " — Periodic update P1")
        .contains("Target 1 h of business time on the calendar always.")
        .contains("agent replied; status: new")
        .contains("excluded from the SLA: customer-caused outage")
        .contains("end of the exclusion; status: new");
    assertThat(it)
        .contains(ReportFixtures.UUID_NUMBER + " — Aggiornamento periodico P1")
        .contains("Obiettivo 1 h di tempo lavorativo sul calendario always.")
        .contains("risposta dell&#39;operatore; stato: nuovo")
        .contains("escluso dallo SLA: customer-caused outage")
        .contains("fine dell&#39;esclusione; stato: nuovo");
    // the engine's own words are left to the JSON
    assertThat(en).doesNotContain("agent_replied", "status_changed");
  }

  @ParameterizedTest
  @EnumSource(DocumentLanguage.class)
  void aTargetNoTicketExercisedSaysSoInsteadOfZeroPercent(DocumentLanguage language) {
    String html = HTML.get(language);
    String none =
        language == DocumentLanguage.EN ? "no tickets measured" : "nessun ticket misurato";
    String resolution = language == DocumentLanguage.EN ? "Resolution" : "Risoluzione";

    // no resolution clock of a P3 ticket stopped in March
    assertThat(html)
        .contains(
            "<td>"
                + resolution
                + "</td><td>P3</td><td class=\"num\">0</td><td class=\"num\">0</td>"
                + "<td class=\"num\">"
                + none
                + "</td>");
  }

  @Test
  void listsTheClocksOpenAtTheEndInTheirStateThen() {
    String html = HTML.get(DocumentLanguage.EN);

    // T00133's resolution ran on at the end of March with 16 h of 24 h counted; by November it
    // had counted 1,330 h, which the report must not show
    assertThat(html)
        .contains("Their state as of the end of the month (1 April 2026 00:00 CEST)")
        .contains(">Running<".toLowerCase())
        .contains(">16 h / 24 h<")
        .doesNotContain("1,330 h");
  }

  @Test
  void aReportFromFilesAfterItsMonthSaysItIsFinal() {
    assertThat(HTML.get(DocumentLanguage.EN))
        .contains("Statement", "final")
        .doesNotContain("provisional");
    assertThat(HTML.get(DocumentLanguage.IT)).contains("Rendiconto", "definitivo");
  }

  @Test
  void aProvisionalStatementOfAMonthOverSaysWhenItWillBeClosed() {
    String html =
        ReportDocument.html(
                CONTRACT,
                march,
                StatementMark.provisional(Instant.parse("2026-04-03T22:00:00Z")),
                DocumentLanguage.EN)
            .replace('\u00a0', ' ');

    assertThat(html)
        .contains("provisional")
        .contains("until the statement is closed on 4 April 2026 00:00")
        .contains("every figure is provisional and no credit is final");
  }

  @Test
  void anAmendedStatementGivesItsVersionAndWhy() {
    String markdown =
        ReportDocument.markdown(
            CONTRACT,
            march,
            StatementMark.amended(2, "outage of servers from 10 March 10:00 reclassified"),
            DocumentLanguage.IT);

    assertThat(markdown)
        .contains("rettificato, versione 2")
        .contains(
            "Questo rendiconto rettifica la versione chiusa prima: outage of servers from 10 March"
                + " 10:00 reclassified");
  }

  /** The first page's text, lines joined by spaces. */
  private static String firstPage(DocumentLanguage language) {
    return PageBounds.text(PDF.get(language), 1).replace('\u00a0', ' ').replaceAll("\\s+", " ");
  }

  private static String allText(byte[] pdf) {
    StringBuilder text = new StringBuilder();
    for (int page = 1; page <= PageBounds.pages(pdf); page++) {
      text.append(PageBounds.text(pdf, page));
    }
    return text.toString();
  }
}
