package org.accordo.app.render;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.logging.Level;
import org.slf4j.LoggerFactory;

/**
 * Turns a {@link DocumentRenderer} page into PDF with openhtmltopdf. The serif face is DejaVu Serif
 * when the system has it (full Unicode, embedded and subset); otherwise the PDF base font Times,
 * which covers Western European text. Inline {@code <svg>} (the report's charts) is drawn as
 * vectors, from the very SVG the HTML page shows.
 */
public final class PdfRenderer {

  private static final String FONT_DIR = "/usr/share/fonts/truetype/dejavu/";
  private static final List<FontFace> FACES =
      List.of(
          new FontFace("DejaVuSerif.ttf", 400, PdfRendererBuilder.FontStyle.NORMAL),
          new FontFace("DejaVuSerif-Bold.ttf", 700, PdfRendererBuilder.FontStyle.NORMAL),
          new FontFace("DejaVuSerif-Italic.ttf", 400, PdfRendererBuilder.FontStyle.ITALIC),
          new FontFace("DejaVuSerif-BoldItalic.ttf", 700, PdfRendererBuilder.FontStyle.ITALIC));

  private record FontFace(String file, int weight, PdfRendererBuilder.FontStyle style) {}

  static {
    quietLibraryLogs();
  }

  private PdfRenderer() {}

  /**
   * openhtmltopdf reports its timings at INFO and PDFBox warns that the base-14 fonts it never uses
   * here are missing from the system; neither helps a user, so only real warnings remain.
   */
  private static void quietLibraryLogs() {
    XRLog.listRegisteredLoggers().forEach(name -> XRLog.setLevel(name, Level.WARNING));
    for (String name : List.of("org.apache.pdfbox.pdmodel.font", "org.apache.fontbox")) {
      if (LoggerFactory.getLogger(name) instanceof ch.qos.logback.classic.Logger logger) {
        logger.setLevel(ch.qos.logback.classic.Level.ERROR);
      }
    }
  }

  /**
   * Prints a one-page document with what a statement's PDF holds (headings, a table with collapsed
   * borders, bold and italic text, an inline SVG chart) and throws it away: the first PDF a JVM
   * prints pays for loading openhtmltopdf, PDFBox, Batik and the fonts' code, and for compiling it,
   * several seconds that a server takes at its start instead of at its first statement.
   */
  public static void warmUp() {
    String row =
        "<tr><td>T-1001</td><td><strong>P1</strong> <em>server down</em></td><td>4 h</td></tr>";
    String svg =
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"200\" height=\"60\">"
            + "<rect x=\"10\" y=\"10\" width=\"120\" height=\"20\" fill=\"#3b6ea5\"/>"
            + "<text x=\"140\" y=\"25\" font-family=\"serif\" font-size=\"11\">99.9%</text></svg>";
    toPdf(
        DocumentRenderer.page(
            "en",
            "warm-up",
            "warm-up",
            "<h1>Statement</h1><h2>Summary</h2><table><thead><tr><th>ticket</th><th>what</th>"
                + "<th>time</th></tr></thead><tbody>"
                + row.repeat(20)
                + "</tbody></table><p>Ciò che è dovuto: 168,00 €</p>"
                + svg));
  }

  /**
   * The PDF of a well-formed XHTML document.
   *
   * @throws UncheckedIOException if the document cannot be laid out or written
   */
  public static byte[] toPdf(String xhtml) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      PdfRendererBuilder builder = new PdfRendererBuilder();
      builder.useFastMode();
      builder.useSVGDrawer(new BatikSVGDrawer());
      builder.useUnicodeLineBreaker(new TimeKeepingBreaker());
      for (FontFace face : FACES) {
        File file = new File(FONT_DIR + face.file());
        if (file.isFile()) {
          builder.useFont(file, "DejaVu Serif", face.weight(), face.style(), true);
        }
      }
      builder.withHtmlContent(xhtml, null);
      builder.toStream(out);
      builder.run();
    } catch (IOException e) {
      throw new UncheckedIOException("the PDF could not be written: " + e.getMessage(), e);
    }
    return out.toByteArray();
  }
}
