package org.accordo.app.statements;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.accordo.app.reports.ReportDocument;
import org.accordo.app.reports.ReportFixtures;
import org.accordo.app.reports.ReportJson;
import org.accordo.app.reports.StatementMark;
import org.accordo.core.contract.Contract;
import org.accordo.core.contract.DocumentLanguage;
import org.accordo.core.report.PeriodReport;
import org.junit.jupiter.api.Test;

/**
 * A statement's documents are rendered in parallel at its close: each is byte for byte what its
 * renderer gives alone, in the same order (JSON first, then the HTML and Markdown of each
 * language), however often it is done. The HTML pages are compared with their charts' SVG id prefix
 * set aside: JFreeSVG takes it from {@code System.nanoTime()}, so no two renderings of a page share
 * it, in parallel or not.
 */
class StatementDocumentsTests {

  @Test
  void documentsRenderedTogetherAreTheOnesEachRendererGivesAloneInTheSameOrder() {
    Contract contract = ReportFixtures.contract();
    PeriodReport march = ReportFixtures.march();
    StatementMark mark = StatementMark.closed(1);
    List<String> expected = new ArrayList<>();
    List<byte[]> alone = new ArrayList<>();
    expected.add("json/-");
    alone.add(ReportJson.write(contract, march, mark.status()));
    for (DocumentLanguage language : DocumentLanguage.values()) {
      expected.add("html/" + language.code());
      alone.add(
          ReportDocument.html(contract, march, mark, language).getBytes(StandardCharsets.UTF_8));
      expected.add("md/" + language.code());
      alone.add(
          ReportDocument.markdown(contract, march, mark, language)
              .getBytes(StandardCharsets.UTF_8));
    }

    for (int run = 0; run < 3; run++) {
      List<StoredDocument> together = StatementDocuments.render(contract, march, mark);

      assertThat(together)
          .extracting(d -> d.format().id() + "/" + d.language())
          .containsExactlyElementsOf(expected);
      for (int i = 0; i < alone.size(); i++) {
        byte[] content = together.get(i).content();
        assertThat(together.get(i).sha256()).isEqualTo(Sha256.hex(content));
        if (expected.get(i).startsWith("html/")) {
          assertThat(withoutSvgIds(content))
              .as(expected.get(i))
              .isEqualTo(withoutSvgIds(alone.get(i)));
        } else {
          assertThat(content).as(expected.get(i)).isEqualTo(alone.get(i));
        }
      }
    }
  }

  /** The page with each chart's id prefix ({@code _} and a nanosecond count) made the same. */
  private static String withoutSvgIds(byte[] html) {
    return new String(html, StandardCharsets.UTF_8).replaceAll("_[0-9]{6,}", "_N");
  }
}
