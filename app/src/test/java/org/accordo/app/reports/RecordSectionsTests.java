package org.accordo.app.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import org.accordo.app.render.PageBounds;
import org.accordo.core.contract.Contract;
import org.accordo.core.contract.DocumentLanguage;
import org.accordo.core.report.PeriodReport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The statement's sections from the server's records (the monitors' coverage, the root cause
 * analyses) in the JSON and in the documents of both languages, and what a report from files, which
 * has neither, says instead.
 */
class RecordSectionsTests {

  private static final Contract CONTRACT = ReportFixtures.contract();
  private static final Map<DocumentLanguage, byte[]> PDF = new EnumMap<>(DocumentLanguage.class);
  private static final Map<DocumentLanguage, String> MARKDOWN =
      new EnumMap<>(DocumentLanguage.class);
  private static PeriodReport march;

  /** Renders both languages; the PDFs are kept in {@code target/screenshots} to be looked at. */
  @BeforeAll
  static void render() throws IOException {
    march = ReportFixtures.marchWithRecords();
    Path screenshots = Files.createDirectories(Path.of("target", "screenshots"));
    for (DocumentLanguage language : DocumentLanguage.values()) {
      PDF.put(language, ReportDocument.pdf(CONTRACT, march, language));
      Files.write(
          screenshots.resolve("statement-records-" + language.code() + ".pdf"), PDF.get(language));
      MARKDOWN.put(
          language, ReportDocument.markdown(CONTRACT, march, language).replace('\u00a0', ' '));
    }
  }

  @ParameterizedTest
  @EnumSource(DocumentLanguage.class)
  void noTextOfTheNewSectionsLiesOutsideThePage(DocumentLanguage language) {
    assertThat(PageBounds.overflows(PDF.get(language))).isEmpty();
  }

  @Test
  void theJsonStatesEachServicesCoverageAndTheAnalysesOpenAndDelivered() {
    JsonNode json = JsonMapper.builder().build().readTree(ReportJson.write(CONTRACT, march));

    // the availability SLA's service first, measured from recorded outages only, then the other
    JsonNode coverage = json.path("coverage");
    assertThat(coverage.size()).isEqualTo(2);
    assertThat(coverage.get(0).path("service").asString()).isEqualTo("servers");
    assertThat(coverage.get(0).path("monitored").asBoolean()).isFalse();
    assertThat(coverage.get(0).path("covered_seconds").isNull()).isTrue();
    assertThat(coverage.get(1).path("service").asString()).isEqualTo("service-desk");
    assertThat(coverage.get(1).path("covered_seconds").asLong()).isEqualTo(700 * 3600);
    assertThat(coverage.get(1).path("up_seconds").asLong()).isEqualTo(698 * 3600);
    assertThat(coverage.get(1).path("down_seconds").asLong()).isEqualTo(2 * 3600);
    assertThat(coverage.get(1).path("uncovered_seconds").asLong()).isEqualTo(43 * 3600);
    JsonNode open = json.path("root_cause_analyses").path("open");
    assertThat(open.size()).isEqualTo(1);
    assertThat(open.get(0).path("late").asBoolean()).isTrue();
    assertThat(open.get(0).path("tickets").get(0).path("number").asString())
        .isEqualTo(ReportFixtures.UUID_NUMBER);
    JsonNode delivered = json.path("root_cause_analyses").path("delivered").get(0);
    assertThat(delivered.path("rca").asString()).isEqualTo("rca-delivered");
    assertThat(delivered.path("delivered_at").asString()).isEqualTo("2026-03-18T16:30:00Z");
    assertThat(delivered.path("late").asBoolean()).isFalse();
  }

  @Test
  void aReportFromFilesHasNeitherSectionAndSaysItsAvailabilityComesFromRecordedOutages() {
    PeriodReport fromFiles = ReportFixtures.march();
    JsonNode json = JsonMapper.builder().build().readTree(ReportJson.write(CONTRACT, fromFiles));

    assertThat(json.has("coverage")).isFalse();
    assertThat(json.has("root_cause_analyses")).isFalse();
    assertThat(ReportDocument.markdown(CONTRACT, fromFiles, DocumentLanguage.EN))
        .contains("No monitor measured these services in the month")
        .doesNotContain("Root cause analyses");
    assertThat(ReportDocument.markdown(CONTRACT, fromFiles, DocumentLanguage.IT))
        .contains("Nessun monitor ha misurato questi servizi nel mese");
  }

  @Test
  void theEnglishDocumentShowsTheMeasuredTimeAndTheAnalyses() {
    assertThat(MARKDOWN.get(DocumentLanguage.EN))
        .contains("Time measured by monitors", "recorded outages only", "700 h", "698 h")
        .contains("Root cause analyses", "Open at the end of the month", "Delivered in the month")
        .contains(ReportFixtures.UUID_NUMBER, "INC-2026-40026 · Mail to the accounting")
        .contains("INC-2026-40012 · Printer", "| late |", "| on time |")
        .contains("| 19 Mar 2026 11:00 | 18 Mar 2026 17:30 |");
  }

  @Test
  void theItalianDocumentShowsTheMeasuredTimeAndTheAnalyses() {
    assertThat(MARKDOWN.get(DocumentLanguage.IT))
        .contains("Tempo misurato dai monitor", "solo interruzioni registrate", "Non coperto")
        .contains("Analisi delle cause (RCA)", "Aperte alla fine del mese", "Consegnate nel mese")
        .contains("| in ritardo |", "| puntuale |");
  }
}
