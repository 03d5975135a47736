package org.accordo.app.render;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A document's inline SVG charts as {@code <img>} elements of {@code data:} SVG, for a document
 * shown inside a web page: JFreeSVG styles its shapes with {@code style} attributes, which the
 * pages' Content-Security-Policy ({@code style-src 'self'}) refuses inline, so the charts' bars
 * were black; an SVG shown as an image keeps its own styles ({@code img-src} allows {@code data:}).
 * Printed documents (PDF, the documents' own HTML) keep their charts inline.
 */
public final class SvgImages {

  private static final Pattern SVG = Pattern.compile("(?s)<svg\\b.*?</svg>");
  private static final String NAMESPACE = "xmlns=\"http://www.w3.org/2000/svg\"";

  private SvgImages() {}

  /**
   * {@code html} with each {@code <svg>...</svg>} replaced by an image of it.
   *
   * @param alt the images' text for those who cannot see them (escaped here)
   */
  public static String of(String html, String alt) {
    Matcher svg = SVG.matcher(html);
    StringBuilder out = new StringBuilder();
    while (svg.find()) {
      String image = svg.group();
      if (!image.contains(NAMESPACE)) {
        image = image.replaceFirst("<svg", "<svg " + NAMESPACE);
      }
      String data = Base64.getEncoder().encodeToString(image.getBytes(StandardCharsets.UTF_8));
      svg.appendReplacement(
          out,
          Matcher.quoteReplacement(
              "<img class=\"chart\" alt=\""
                  + Html.escape(alt)
                  + "\" src=\"data:image/svg+xml;base64,"
                  + data
                  + "\">"));
    }
    svg.appendTail(out);
    return out.toString();
  }
}
