package org.accordo.app.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.accordo.app.render.Html;
import org.accordo.app.render.PageBounds;
import org.accordo.app.support.ApiFixtures;
import org.accordo.core.contract.Contract;
import org.accordo.core.contract.ContractLoader;
import org.accordo.core.contract.DocumentLanguage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ContractDocumentTests {

  private static final Contract BIANCHI = load();

  private static Contract load() {
    try (InputStream in =
        ContractDocumentTests.class.getResourceAsStream("/examples/contract-bianchi.yaml")) {
      return ContractLoader.load(
              new String(in.readAllBytes(), StandardCharsets.UTF_8), "contract-bianchi.yaml")
          .orThrow();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void printsEverySectionHeadingInOrder() {
    String html = ContractDocument.html(BIANCHI, DocumentLanguage.EN);

    List<String> headings =
        List.of(
            "1. Services provided",
            "2. Priorities",
            "3. Service levels",
            "4. Support hours",
            "5. Communication and after-hours work",
            "6. Escalation",
            "7. Problem management and root cause analysis",
            "8. Responsibilities",
            "9. Reporting",
            "10. Security, backup and disaster recovery",
            "11. Service credits",
            "12. Scalability",
            "13. Pricing and billing",
            "14. Termination",
            "15. Hold harmless",
            "16. Review of this agreement");
    int previous = -1;
    for (String heading : headings) {
      int at = html.indexOf("<h2>" + Html.escape(heading) + "</h2>");
      assertThat(at).as(heading).isGreaterThan(previous);
      previous = at;
    }
  }

  @ParameterizedTest
  @EnumSource(DocumentLanguage.class)
  void printsTheContentOfEverySectionInBothLanguages(DocumentLanguage language) {
    String html = ContractDocument.html(BIANCHI, language);

    assertThat(contentOf(BIANCHI)).allSatisfy(text -> assertThat(html).contains(Html.escape(text)));
  }

  @Test
  void printsTheDowntimeEachAvailabilityTargetAllows() {
    String html = ContractDocument.html(BIANCHI, DocumentLanguage.EN);

    // 99.9%: 0.1% of 30 x 86,400 s = 2,592 s; of 365 x 86,400 s = 31,536 s.
    assertThat(html)
        .contains("<td class=\"num\">43 min 12 s</td>")
        .contains("<td class=\"num\">8 h 45 min 36 s</td>");
  }

  @Test
  void printsTheCreditScheduleWithAmountsOfTheMonthlyFee() {
    String html = ContractDocument.html(BIANCHI, DocumentLanguage.EN);

    // Shares of the 2,400.00 EUR fee: 5% = 120, 10% = 240, 25% = 600, 2% = 48, cap 30% = 720.
    assertThat(html)
        .contains(
            "<td>availability below 99.9%</td><td class=\"num\">5%</td><td class=\"num\">120.00 EUR</td>")
        .contains(
            "<td>availability below 99.5%</td><td class=\"num\">10%</td><td class=\"num\">240.00 EUR</td>")
        .contains(
            "<td>availability below 99%</td><td class=\"num\">25%</td><td class=\"num\">600.00 EUR</td>")
        .contains(
            "<td>Resolution target breached at P1</td><td class=\"num\">2%</td><td class=\"num\">48.00 EUR</td>")
        .contains("30% (720.00 EUR)");
  }

  @Test
  void printsTargetsPerPriorityInBusinessHoursNotDays() {
    String html = ContractDocument.html(BIANCHI, DocumentLanguage.EN);

    // P3 resolution is 24h and P4 40h of office time: three and five working days, so never "1 d".
    assertThat(html)
        .contains("<td>24 h (office)</td>")
        .contains("<td>40 h (office)</td>")
        .doesNotContain("1 d (office)");
  }

  @Test
  void printsTheEscalationMatrix() {
    String html = ContractDocument.html(BIANCHI, DocumentLanguage.EN);

    assertThat(html)
        .contains(
            "<td>L2</td><td>Technical director</td><td>cto@rossi-it.example</td><td>+39 02 5550101</td>")
        .contains("75% of the target: level L1 (Service desk lead)");
  }

  @Test
  void printsTheRecipientsHoursOfTheLevelsWhenSomeLevelNamesThem() {
    Contract quiet =
        ContractLoader.load(
                ApiFixtures.referenceContract()
                    .replace(
                        "    L1: { who: Service desk lead, email: lead@rossi-it.example }\n",
                        "    L1: { who: Service desk lead, email: lead@rossi-it.example, hours: office }\n"),
                "quiet.yaml")
            .orThrow();

    String html = ContractDocument.html(quiet, DocumentLanguage.EN);

    assertThat(html)
        .contains("<th>Hours</th>")
        .contains(
            "<td>L1</td><td>Service desk lead</td><td>lead@rossi-it.example</td><td>—</td><td>office</td>")
        .contains("<td>+39 02 5550101</td><td>any hour</td>");
    // the reference contract names none: no column
    assertThat(ContractDocument.html(BIANCHI, DocumentLanguage.EN))
        .doesNotContain("<td>any hour</td>");
  }

  @Test
  void labelsInItalianKeepTheContractsOwnWords() {
    String html = ContractDocument.html(BIANCHI, DocumentLanguage.IT);

    assertThat(html)
        .contains("<h2>3. Livelli di servizio</h2>")
        .contains("<h2>15. Manleva</h2>")
        .contains("2.400,00 EUR")
        .contains("99,9%")
        .contains("1 gennaio 2026")
        .contains(Html.escape(BIANCHI.holdHarmless().orElseThrow()));
  }

  @Test
  void markdownHasTheSameSectionsAndTables() {
    String md = ContractDocument.markdown(BIANCHI, DocumentLanguage.EN);

    assertThat(md)
        .contains("# Managed IT services agreement\n")
        .contains("## 11. Service credits\n")
        .contains("| P1 Critical | 30 min (always) | 1 h (always) | 4 h (always) |")
        .contains("| 99.9% | always | calendar month | 43 min 12 s | 8 h 45 min 36 s |");
  }

  @Test
  void pdfHasEverySectionAndNumberedPages() throws IOException {
    byte[] pdf = ContractDocument.pdf(BIANCHI, DocumentLanguage.EN);

    try (PDDocument document = Loader.loadPDF(pdf)) {
      String text = new PDFTextStripper().getText(document);
      int pages = document.getNumberOfPages();
      assertThat(pages).isGreaterThan(1);
      assertThat(text)
          .contains("1. Services provided")
          .contains("16. Review of this agreement")
          .contains("1 / " + pages)
          .contains(pages + " / " + pages);
    }
  }

  @ParameterizedTest
  @EnumSource(DocumentLanguage.class)
  void noTextOfThePdfLiesOutsideThePageMargins(DocumentLanguage language) {
    assertThat(PageBounds.overflows(ContractDocument.pdf(BIANCHI, language))).isEmpty();
  }

  /** Every piece of the contract's own text that some section must print. */
  static List<String> contentOf(Contract c) {
    List<String> texts = new ArrayList<>();
    texts.add(c.header().title());
    texts.add(c.header().provider().name());
    texts.add(c.header().customer().name());
    c.services()
        .forEach(
            s -> {
              texts.add(s.name());
              texts.add(s.description());
              texts.addAll(s.includes());
              texts.addAll(s.excludes());
              texts.addAll(s.limitations());
            });
    c.priorities().forEach(p -> texts.add(p.definition()));
    texts.addAll(c.responsibilities().provider());
    texts.addAll(c.responsibilities().customer());
    texts.addAll(c.responsibilities().outsideProviderControl());
    c.communication().orElseThrow().channels().forEach(ch -> texts.add(ch.address()));
    c.escalation().orElseThrow().levels().forEach(l -> texts.add(l.who()));
    c.escalation().orElseThrow().emergencies().forEach(e -> texts.add(e.type()));
    var problems = c.problemManagement().orElseThrow();
    texts.add(problems.definition().orElseThrow());
    texts.add(problems.howToReport().orElseThrow());
    texts.addAll(c.reporting().orElseThrow().contents());
    texts.addAll(c.reporting().orElseThrow().recipients());
    texts.addAll(c.security().measures());
    texts.add(c.security().dataProtection().orElseThrow());
    texts.add(c.credits().orElseThrow().appliedAs().orElseThrow());
    texts.add(c.scalability().orElseThrow());
    var pricing = c.pricing().orElseThrow();
    texts.add(pricing.structure().orElseThrow());
    texts.add(pricing.paymentTerms().orElseThrow());
    texts.add(pricing.discounts().orElseThrow());
    pricing.fees().forEach(f -> texts.add(f.item()));
    texts.addAll(c.termination().orElseThrow().forCause());
    texts.add(c.termination().orElseThrow().exitAssistance().orElseThrow());
    texts.add(c.holdHarmless().orElseThrow());
    texts.add(c.header().review().orElseThrow().owner().orElseThrow());
    return texts;
  }
}
