package org.accordo.app.statements;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.accordo.app.reports.ReportDocument;
import org.accordo.app.reports.ReportJson;
import org.accordo.app.reports.StatementMark;
import org.accordo.core.contract.Contract;
import org.accordo.core.contract.DocumentLanguage;
import org.accordo.core.report.PeriodReport;

/**
 * A statement's documents, from the reports module's renderers (the ones {@code accordo report}
 * writes with): its JSON, and its HTML and Markdown in every language. Its PDFs are printed from
 * the stored HTML later ({@link #pdf}), so the close does not wait for them.
 */
final class StatementDocuments {

  private StatementDocuments() {}

  /**
   * The JSON and the HTML and Markdown pages in every language, JSON first, then each language's
   * HTML and Markdown, always in that order. They are rendered in parallel (each from the same
   * immutable report, each by its own renderer; a language's HTML and Markdown from one wording of
   * its sections, {@link ReportDocument#pages}), so a large month's documents take the time of the
   * largest, not of all together.
   */
  static List<StoredDocument> render(Contract contract, PeriodReport report, StatementMark mark) {
    List<Supplier<List<StoredDocument>>> renderings = new ArrayList<>();
    renderings.add(
        () ->
            List.of(
                StoredDocument.of(
                    DocumentFormat.JSON,
                    StoredDocument.NO_LANGUAGE,
                    ReportJson.write(
                        contract,
                        report,
                        mark.status(),
                        mark.disputes(),
                        mark.reviewOverdueSince()))));
    for (DocumentLanguage language : DocumentLanguage.values()) {
      renderings.add(
          () -> {
            ReportDocument.Pages pages = ReportDocument.pages(contract, report, mark, language);
            return List.of(
                StoredDocument.of(
                    DocumentFormat.HTML,
                    language.code(),
                    pages.html().getBytes(StandardCharsets.UTF_8)),
                StoredDocument.of(
                    DocumentFormat.MARKDOWN,
                    language.code(),
                    pages.markdown().getBytes(StandardCharsets.UTF_8)));
          });
    }
    return renderings.parallelStream().map(Supplier::get).flatMap(List::stream).toList();
  }

  /** The PDF of a stored HTML page: what it shows, on A4. */
  static StoredDocument pdf(StoredDocument html) {
    return StoredDocument.of(
        DocumentFormat.PDF,
        html.language(),
        ReportDocument.pdf(new String(html.content(), StandardCharsets.UTF_8)));
  }
}
