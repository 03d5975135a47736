package org.accordo.app.monitoring;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ProtocolException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Reads an HTTP/1.x answer as far as a check needs: the status line, the headers, and the body only
 * while a keyword is looked for, at most {@code maxBody} bytes (decoding a chunked body). Nothing
 * read is kept beyond the search.
 */
final class HttpAnswer {

  private static final int MAX_LINE = 8_192;
  private static final int MAX_HEADERS = 200;

  private final InputStream in;
  private long contentLength = -1;
  private boolean chunked;

  HttpAnswer(InputStream in) {
    this.in = in;
  }

  /** The status of the first final answer (1xx answers skipped), its headers read. */
  int status() throws IOException {
    while (true) {
      String line = line();
      if (!line.matches("HTTP/1\\.[01] [0-9]{3}( .*)?")) {
        throw new ProtocolException("the answer does not start with an HTTP/1.x status line");
      }
      int status = Integer.parseInt(line.substring(9, 12));
      headers();
      if (status >= 200) {
        return status;
      }
    }
  }

  /** Whether {@code keyword} appears in the body's first {@code maxBody} bytes (as UTF-8). */
  boolean bodyContains(String keyword, int maxBody) throws IOException {
    String wanted =
        new String(keyword.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
    StringBuilder seen = new StringBuilder();
    byte[] buffer = new byte[4096];
    long chunkLeft = chunked ? nextChunk() : contentLength;
    while (seen.length() < maxBody && chunkLeft != 0) {
      int want = (int) Math.min(buffer.length, maxBody - seen.length());
      if (chunkLeft > 0) {
        want = (int) Math.min(want, chunkLeft);
      }
      int n = in.read(buffer, 0, want);
      if (n == -1) {
        break;
      }
      int from = Math.max(0, seen.length() - wanted.length() + 1);
      seen.append(new String(buffer, 0, n, StandardCharsets.ISO_8859_1));
      if (seen.indexOf(wanted, from) >= 0) {
        return true;
      }
      if (chunkLeft > 0) {
        chunkLeft -= n;
        if (chunkLeft == 0 && chunked) {
          line();
          chunkLeft = nextChunk();
        }
      }
    }
    return false;
  }

  private long nextChunk() throws IOException {
    String size = line();
    int extension = size.indexOf(';');
    try {
      return Long.parseLong((extension >= 0 ? size.substring(0, extension) : size).strip(), 16);
    } catch (NumberFormatException e) {
      throw new ProtocolException("a chunk's size is not hexadecimal");
    }
  }

  private void headers() throws IOException {
    for (int count = 0; ; count++) {
      String header = line();
      if (header.isEmpty()) {
        return;
      }
      if (count == MAX_HEADERS) {
        throw new ProtocolException("the answer has more than " + MAX_HEADERS + " headers");
      }
      int colon = header.indexOf(':');
      if (colon <= 0) {
        continue;
      }
      String name = header.substring(0, colon).strip().toLowerCase(Locale.ROOT);
      String value = header.substring(colon + 1).strip();
      if (name.equals("transfer-encoding")) {
        chunked = value.toLowerCase(Locale.ROOT).contains("chunked");
      } else if (name.equals("content-length")) {
        try {
          contentLength = Long.parseLong(value);
        } catch (NumberFormatException e) {
          throw new ProtocolException("the Content-Length is not a number");
        }
      }
    }
  }

  private String line() throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    int b;
    while ((b = in.read()) != '\n') {
      if (b == -1) {
        throw new ProtocolException("the connection closed within a line of the answer");
      }
      if (line.size() == MAX_LINE) {
        throw new ProtocolException("a line of the answer is longer than " + MAX_LINE + " bytes");
      }
      line.write(b);
    }
    String text = line.toString(StandardCharsets.ISO_8859_1);
    return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
  }
}
