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
 * it is read and fails with {@link PayloadTooLarge} at the first byte too many.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
class BodySizeLimitFilter extends OncePerRequestFilter {

  /** The largest request body accepted, in bytes. */
  static final long MAX_BODY_BYTES = 1024 * 1024;

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
    if (request.getContentLengthLong() > MAX_BODY_BYTES) {
      problems.write(request, response, tooLarge());
      return;
    }
    chain.doFilter(new LimitedRequest(request), response);
  }

  static org.springframework.http.ProblemDetail tooLarge() {
    return Problems.of(
        HttpStatus.CONTENT_TOO_LARGE,
        "payload-too-large",
        "the request body is larger than " + MAX_BODY_BYTES + " bytes (1 MiB)");
  }

  private static final class LimitedRequest extends HttpServletRequestWrapper {

    private ServletInputStream stream;

    LimitedRequest(HttpServletRequest request) {
      super(request);
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
      if (stream == null) {
        stream = new LimitedStream(super.getInputStream());
      }
      return stream;
    }
  }

  private static final class LimitedStream extends ServletInputStream {

    private final ServletInputStream in;
    private long count;

    LimitedStream(ServletInputStream in) {
      this.in = in;
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
      if (count > MAX_BODY_BYTES) {
        throw new PayloadTooLarge(MAX_BODY_BYTES);
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
