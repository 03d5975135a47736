package org.accordo.app.statements;

import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import org.accordo.app.render.Labels;
import org.accordo.app.render.SvgImages;
import org.accordo.app.ui.Formats;

/**
 * A month's statement page as its reader sees it: the statement's own page (its charts drawn
 * inline), whether it is provisional and when it closes, its stored versions with what each
 * amendment changed, and the month's credit lines with where each stands.
 *
 * @param customerId the customer's id
 * @param month the month ({@code 2026-03})
 * @param status the statement's status in words ({@code provisional}, {@code final}, ...)
 * @param provisional whether it is computed now and not stored (the month is not closed)
 * @param closesAt when a provisional statement's month closes, in the reader's zone; else null
 * @param version the stored version shown, or 0 for a provisional statement
 * @param language the language of the statement's page ({@code en}, {@code it})
 * @param body the statement's page, its body's XHTML (written by the documents' writer, escaped)
 * @param versions the month's stored versions, the latest first
 * @param credits the month's credit lines
 * @param canSettle whether the reader may apply or waive a line (an admin)
 */
public record StatementPageView(
    String customerId,
    String month,
    String status,
    boolean provisional,
    String closesAt,
    int version,
    String language,
    String body,
    List<VersionLine> versions,
    List<CreditRow> credits,
    boolean canSettle) {

  public StatementPageView {
    Objects.requireNonNull(customerId, "customerId");
    Objects.requireNonNull(month, "month");
    Objects.requireNonNull(body, "body");
    versions = List.copyOf(versions);
    credits = List.copyOf(credits);
  }

  /**
   * A stored version of the month.
   *
   * @param version its number (1 is the final statement)
   * @param status final or amended, in words
   * @param asOf the instant it was computed at, in the reader's zone
   * @param credits the credits it owes with their currency, or null without credit terms
   * @param reason why it was amended, or null
   * @param changes what it changed from the version before (JSON), or null
   * @param href its page
   * @param shown whether it is the version on the page
   */
  public record VersionLine(
      int version,
      String status,
      String asOf,
      String credits,
      String reason,
      String changes,
      String href,
      boolean shown) {}

  /**
   * A credit line of the month.
   *
   * @param id its id
   * @param version the statement version that wrote it
   * @param kind its kind in words
   * @param rule the rule as the contract words it
   * @param service its service, or null
   * @param amount signed, with its currency ({@code 120.00 EUR})
   * @param state owed, applied or waived, in words
   * @param owed whether it may still be applied or waived
   * @param settlement the invoice it was applied to or why it was waived, with when; or null
   */
  public record CreditRow(
      String id,
      int version,
      String kind,
      String rule,
      String service,
      String amount,
      String state,
      boolean owed,
      String settlement) {}

  /**
   * A settlement form's refusal, shown under the line's form.
   *
   * @param lineId the line whose form was refused
   * @param field the field refused
   * @param reason why
   */
  public record Refusal(String lineId, String field, String reason) {}

  /** The path of the page of {@code customerId}'s {@code month}. */
  public String href() {
    return "/statements/" + customerId + "/" + month;
  }

  /** The PDF's path in {@code lang}, of the version shown. */
  public String pdfHref(String lang) {
    return href() + "/pdf?lang=" + lang + (version > 0 ? "&version=" + version : "");
  }

  /**
   * The body of a statement's XHTML page (the layout gives the page its head), its charts as images
   * ({@link SvgImages}: drawn inline, the CSP refuses their styles).
   */
  static String body(StoredDocument html, String chartAlt) {
    String page = new String(html.content(), StandardCharsets.UTF_8);
    int open = page.indexOf("<body>");
    int close = page.lastIndexOf("</body>");
    if (open < 0 || close < open) {
      throw new IllegalStateException("a statement's page without a body");
    }
    return SvgImages.of(page.substring(open + "<body>".length(), close).strip(), chartAlt);
  }

  static VersionLine versionLine(
      StoredStatement s, String href, boolean shown, ZoneId zone, Labels labels) {
    return new VersionLine(
        s.version(),
        labels.get("report.status." + s.status().id()),
        Formats.instant(s.asOf(), zone),
        s.creditsTotal() == null
            ? null
            : Amounts.text(s.creditsTotal(), s.currency()) + " " + s.currency(),
        s.reason(),
        s.changes(),
        href + "?version=" + s.version(),
        shown);
  }

  static CreditRow creditRow(CreditLine line, ZoneId zone, Labels labels) {
    String settlement =
        line.settlement()
            .map(
                s ->
                    (s.invoiceReference() != null ? s.invoiceReference() : s.reason())
                        + " ("
                        + Formats.instant(s.settledAt(), zone)
                        + ")")
            .orElse(null);
    return new CreditRow(
        line.id(),
        line.statementVersion(),
        labels.get("page.statement.kind." + line.kind()),
        line.rule(),
        line.service(),
        Amounts.text(line.amount(), line.currency()) + " " + line.currency(),
        labels.get("page.statement.state." + line.state().id()),
        line.state() == CreditLine.State.OWED,
        settlement);
  }
}
