package org.accordo.app.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * The page chrome every printed Accordo document shares (contracts, monthly reports): one
 * well-formed XHTML page with the house style sheet, so the same text becomes an HTML file or,
 * through {@link PdfRenderer}, a PDF with running footer and page numbers.
 *
 * <p>Callers build the body as XHTML (escape text with {@link Html#escape}) and choose a footer
 * line; the style sheet is {@code document.css} next to this class.
 */
public final class DocumentRenderer {

  private static final String CSS = readStyleSheet();

  private DocumentRenderer() {}

  /**
   * A complete XHTML document.
   *
   * @param language the document's language code, e.g. {@code en}
   * @param title the title shown in the browser tab and PDF metadata
   * @param footer the running footer line printed on every PDF page next to the page number
   * @param body the body's XHTML, well-formed
   */
  public static String page(String language, String title, String footer, String body) {
    Objects.requireNonNull(body, "body");
    return """
        <!DOCTYPE html>
        <html xmlns="http://www.w3.org/1999/xhtml" lang="%1$s" xml:lang="%1$s">
        <head>
        <meta charset="UTF-8" />
        <title>%2$s</title>
        <style>
        %3$s
        @page { @bottom-left { content: "%4$s"; font-family: "DejaVu Serif", serif; font-size: 8.5pt; color: #555; } }
        </style>
        </head>
        <body>
        %5$s
        </body>
        </html>
        """
        .formatted(Html.escape(language), Html.escape(title), CSS, cssString(footer), body);
  }

  /** The house style sheet, for pages that assemble their own head. */
  public static String styleSheet() {
    return CSS;
  }

  private static String cssString(String text) {
    return Html.escape(text).replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", " ");
  }

  private static String readStyleSheet() {
    try (InputStream in = DocumentRenderer.class.getResourceAsStream("document.css")) {
      if (in == null) {
        throw new IllegalStateException("document.css is missing from the classpath");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
