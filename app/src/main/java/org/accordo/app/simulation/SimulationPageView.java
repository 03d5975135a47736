package org.accordo.app.simulation;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.accordo.app.render.SvgImages;

/**
 * What the simulation page shows: the customer, the form as typed (the proposed contract, the
 * months, the compliance goal), why the last question was refused (a field and its reason, or the
 * proposed contract's lint findings at their lines), and the answer: the body of the simulation's
 * own HTML document (its tables per SLA, metric and priority under both contracts, the changed
 * tickets, the lint findings, the charts as inline SVG), written and escaped by the documents'
 * writer.
 *
 * @param customerId the customer's id
 * @param customerName the customer's name
 * @param form the form's values
 * @param problem why the question was refused, or null
 * @param findings the proposed contract's lint findings when they refused it, else empty
 * @param result the body of the simulation's HTML page, or null before a question
 */
public record SimulationPageView(
    String customerId,
    String customerName,
    Form form,
    Problem problem,
    List<Finding> findings,
    String result) {

  public SimulationPageView {
    Objects.requireNonNull(customerId, "customerId");
    Objects.requireNonNull(customerName, "customerName");
    Objects.requireNonNull(form, "form");
    findings = List.copyOf(findings);
  }

  /** The page's address, where the form posts. */
  public String link() {
    return "/simulations/" + customerId;
  }

  /**
   * The form's values as typed.
   *
   * @param proposed the proposed contract's YAML
   * @param from the first month, or blank for the history's first
   * @param to the last month, or blank for this month
   * @param compliance the goal in per cent
   */
  public record Form(String proposed, String from, String to, String compliance) {

    /** The form as first shown: no contract, the whole history, 95 %. */
    public static Form empty() {
      return new Form("", "", "", "95");
    }
  }

  /**
   * A refusal at a field.
   *
   * @param field {@code proposed}, {@code from}, {@code to} or {@code compliance}
   * @param reason why
   */
  public record Problem(String field, String reason) {

    /** The reason to show under {@code field}, or null when the problem is another field's. */
    public String at(String field) {
      return this.field.equals(field) ? reason : null;
    }
  }

  /**
   * A lint finding of the proposed contract.
   *
   * @param line its line
   * @param column its column
   * @param severity error, warning or info
   * @param message what is wrong
   * @param hint what to do
   * @param rule the rule's id
   */
  public record Finding(
      Object line, Object column, String severity, String message, String hint, String rule) {

    @SuppressWarnings("unchecked")
    static List<Finding> of(SimulationRefusedForLint refused) {
      Object findings = refused.details().get("findings");
      if (!(findings instanceof List<?> list)) {
        return List.of();
      }
      return list.stream()
          .map(f -> (Map<String, Object>) f)
          .map(
              f ->
                  new Finding(
                      f.get("line"),
                      f.get("column"),
                      String.valueOf(f.get("severity")),
                      String.valueOf(f.get("message")),
                      String.valueOf(f.get("hint")),
                      String.valueOf(f.get("rule"))))
          .toList();
    }
  }

  /**
   * The body of the simulation's XHTML page (the layout gives the page its head), each chart an
   * image of its SVG: JFreeSVG styles its shapes with {@code style} attributes, which the pages'
   * Content-Security-Policy refuses inline (the bars would be black), while an SVG shown as an
   * image ({@code data:} images are allowed) keeps its own styles ({@link SvgImages}).
   *
   * @param chartAlt the images' text for those who cannot see them
   */
  static String body(byte[] html, String chartAlt) {
    String page = new String(html, StandardCharsets.UTF_8);
    int open = page.indexOf("<body>");
    int close = page.lastIndexOf("</body>");
    if (open < 0 || close < open) {
      throw new IllegalStateException("a simulation's page without a body");
    }
    return SvgImages.of(page.substring(open + "<body>".length(), close).strip(), chartAlt);
  }
}
