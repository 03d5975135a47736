package org.accordo.app.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses request bodies over 1 MiB with {@code 413} before anything reads them: a declared {@code
 * Content-Length} over the limit is answered at once; a body without one (chunked) is counted while
 * it is read and fails with {@link PayloadTooLarge} at the first byte too many. A CSV upload
 * ({@code text/csv}), which its endpoint reads streaming, line by line, may be up to 64 MiB.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
class BodySizeLimitFilter extends OncePerRequestFilter {

  /** The largest request body accepted, in bytes. */
  static final long MAX_BODY_BYTES = 1024 * 1024;

  /** The largest CSV upload accepted, in bytes: its endpoints read it streaming. */
  static final long MAX_CSV_BYTES = 64L * 1024 * 1024;

  private final ProblemResponses problems;

  BodySizeLimitFilter(ProblemResponses problems) {
    this.problems = problems;
  }

  /**
   * The import upload ({@code POST /api/v1/customers/{id}/imports}, multipart) carries export files
   * of any size: it is streamed to temporary files by the multipart parser, within {@code
   * spring.servlet.multipart.max-request-size}, and stored in chunks; never held in memory.
   */
  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String path = request.getRequestURI();
    return "POST".equals(request.getMethod())
        && path.startsWith("/api/v1/customers/")
        && path.endsWith("/imports")
        && request.getContentType() != null
        && request.getContentType().startsWith("multipart/form-data");
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    long limit = limitOf(request);
    if (request.getContentLengthLong() > limit) {
      problems.write(request, response, tooLarge(limit));
      return;
    }
    chain.doFilter(new LimitedRequest(request, limit), response);
  }

  private static long limitOf(HttpServletRequest request) {
    String type = request.getContentType();
    return type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("text/csv")
        ? MAX_CSV_BYTES
        : MAX_BODY_BYTES;
  }

  static org.springframework.http.ProblemDetail tooLarge(long limit) {
    return Problems.of(
        HttpStatus.CONTENT_TOO_LARGE,
        "payload-too-large",
        "the request body is larger than " + limit + " bytes (" + limit / (1024 * 1024) + " MiB)");
  }

  private static final class LimitedRequest extends HttpServletRequestWrapper {

    private final long limit;
    private ServletInputStream stream;

    LimitedRequest(HttpServletRequest request, long limit) {
      super(request);
      this.limit = limit;
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
      if (stream == null) {
        stream = new LimitedStream(super.getInputStream(), limit);
      }
      return stream;
    }
  }

  private static final class LimitedStream extends ServletInputStream {

    private final ServletInputStream in;
    private final long limit;
    private long count;

    LimitedStream(ServletInputStream in, long limit) {
      this.in = in;
      this.limit = limit;
    }

    @Override
    public int read() throws IOException {
      int b = in.read();
      if (b >= 0) {
        counted(1);
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = in.read(buffer, offset, length);
      if (n > 0) {
        counted(n);
      }
      return n;
    }

    private void counted(int n) throws PayloadTooLarge {
      count += n;
      if (count > limit) {
        throw new PayloadTooLarge(limit);
      }
    }

    @Override
    public boolean isFinished() {
      return in.isFinished();
    }

    @Override
    public boolean isReady() {
      return in.isReady();
    }

    @Override
    public void setReadListener(ReadListener listener) {
      in.setReadListener(listener);
    }
  }
}
