package org.accordo.app.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Finds the text a PDF prints outside its pages' printable area: every glyph's box (as PDFBox lays
 * it out) is checked against the page's A4 box less the house margins of {@code document.css} (20
 * mm left and right), so a table too wide for the page is caught even where the viewer would only
 * show it cut at the edge.
 */
public final class PageBounds {

  /** The left and right margins of {@code document.css}, in points. */
  private static final float SIDE_MARGIN = 20 / 25.4f * 72;

  /** Rounding and glyph side bearings. */
  private static final float TOLERANCE = 1f;

  /** A run of text that lies (partly) outside the printable area. */
  public record Overflow(int page, String text, float left, float right, float top, float bottom) {
    @Override
    public String toString() {
      return "page %d: '%s' spans x %.1f-%.1f, y %.1f-%.1f"
          .formatted(page, text, left, right, top, bottom);
    }
  }

  private PageBounds() {}

  /** Every run of text outside the printable area of its page; empty when the PDF keeps inside. */
  public static List<Overflow> overflows(byte[] pdf) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      Finder finder = new Finder();
      finder.setSortByPosition(false);
      finder.getText(document);
      return finder.overflows;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The number of pages. */
  public static int pages(byte[] pdf) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return document.getNumberOfPages();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The text of one page (1-based). */
  public static String text(byte[] pdf, int page) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setStartPage(page);
      stripper.setEndPage(page);
      return stripper.getText(document);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static final class Finder extends PDFTextStripper {
    final List<Overflow> overflows = new ArrayList<>();

    @Override
    protected void writeString(String text, List<TextPosition> glyphs) {
      PDRectangle page = getCurrentPage().getMediaBox();
      float left = Float.MAX_VALUE;
      float right = -Float.MAX_VALUE;
      float top = Float.MAX_VALUE;
      float bottom = -Float.MAX_VALUE;
      for (TextPosition glyph : glyphs) {
        left = Math.min(left, glyph.getXDirAdj());
        right = Math.max(right, glyph.getXDirAdj() + glyph.getWidthDirAdj());
        top = Math.min(top, glyph.getYDirAdj() - glyph.getHeightDir());
        bottom = Math.max(bottom, glyph.getYDirAdj());
      }
      boolean outside =
          left < SIDE_MARGIN - TOLERANCE
              || right > page.getWidth() - SIDE_MARGIN + TOLERANCE
              || top < -TOLERANCE
              || bottom > page.getHeight() + TOLERANCE;
      if (outside && !text.isBlank()) {
        overflows.add(new Overflow(getCurrentPageNo(), text, left, right, top, bottom));
      }
    }
  }
}
