package org.accordo.app.egress;

import jakarta.annotation.PreDestroy;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.MalformedURLException;
import java.net.ProtocolException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;
import org.springframework.stereotype.Component;

/**
 * HTTP/1.1 {@code POST} over a connection the {@link EgressPolicy} made to a checked address, with
 * TLS for {@code https} (the host name for SNI and certificate checks). Only the status of the
 * answer is read. Redirects are never followed: a {@code 3xx} is an answer like any other, so
 * nothing (neither the body, its signature nor the URL's credentials) ever reaches a redirect's
 * target.
 */
@Component
public class OutboundHttp {

  private static final int MAX_LINE = 8_192;

  private final EgressPolicy policy;
  private final ScheduledExecutorService watchdog =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread thread = new Thread(r, "outbound-deadlines");
            thread.setDaemon(true);
            return thread;
          });

  public OutboundHttp(EgressPolicy policy) {
    this.policy = policy;
  }

  /** The status of an answer, such as 204. */
  public record HttpAnswer(int status) {}

  /**
   * Posts and returns the answer's status.
   *
   * @throws IOException why no status was received: {@link OutboundProblem#of} classifies it
   *     ({@link EgressRefused} for a refused address, a {@link SocketTimeoutException} once a
   *     deadline passed, a {@link MalformedURLException} for a URL that cannot be posted to)
   */
  public HttpAnswer post(HttpPost post) throws IOException {
    Target target = Target.of(post.url());
    long end = System.nanoTime() + post.deadlines().total().toNanos();
    Duration connect = min(post.deadlines().connect(), remaining(end));
    Socket socket = policy.connect(target.host(), target.port(), connect);
    AtomicBoolean expired = new AtomicBoolean();
    ScheduledFuture<?> guard =
        watchdog.schedule(
            () -> {
              expired.set(true);
              closeQuietly(socket);
            },
            Math.max(1, remaining(end).toNanos()),
            TimeUnit.NANOSECONDS);
    Socket open = socket;
    try {
      socket.setSoTimeout((int) Math.max(1, post.deadlines().read().toMillis()));
      open = target.tls() ? tls(socket, target) : socket;
      write(open.getOutputStream(), post, target);
      return new HttpAnswer(readStatus(open.getInputStream()));
    } catch (IOException e) {
      if (expired.get()) {
        throw new SocketTimeoutException(
            "no answer within the total deadline of " + post.deadlines().total());
      }
      throw e;
    } finally {
      guard.cancel(false);
      closeQuietly(open);
      closeQuietly(socket);
    }
  }

  @PreDestroy
  void stop() {
    watchdog.shutdownNow();
  }

  /** Where a URL posts to. */
  private record Target(
      URI url, String host, int port, boolean tls, String hostHeader, String requestTarget) {

    static Target of(URI url) throws MalformedURLException {
      String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
      if (!scheme.equals("http") && !scheme.equals("https")) {
        throw new MalformedURLException("only http and https URLs can be posted to");
      }
      String host = url.getHost();
      if (host == null || host.isEmpty()) {
        throw new MalformedURLException("the URL has no host");
      }
      boolean tls = scheme.equals("https");
      int port = url.getPort() == -1 ? (tls ? 443 : 80) : url.getPort();
      if (port < 1 || port > 65_535) {
        throw new MalformedURLException("port " + port + " is out of range (1 to 65535)");
      }
      String bare = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
      String path = url.getRawPath() == null || url.getRawPath().isEmpty() ? "/" : url.getRawPath();
      String query = url.getRawQuery() == null ? "" : "?" + url.getRawQuery();
      String hostHeader = url.getPort() == -1 ? host : host + ":" + url.getPort();
      return new Target(url, bare, port, tls, hostHeader, path + query);
    }
  }

  private static Socket tls(Socket plain, Target target) throws IOException {
    SSLSocketFactory factory = (SSLSocketFactory) SSLSocketFactory.getDefault();
    SSLSocket socket = (SSLSocket) factory.createSocket(plain, target.host(), target.port(), true);
    SSLParameters parameters = socket.getSSLParameters();
    parameters.setEndpointIdentificationAlgorithm("HTTPS");
    if (IpLiterals.addresses(target.host()).isEmpty()) {
      try {
        parameters.setServerNames(List.of(new SNIHostName(target.host())));
      } catch (IllegalArgumentException notAnSniName) {
        // a host name SNI cannot carry: the handshake goes without it
      }
    }
    socket.setSSLParameters(parameters);
    socket.startHandshake();
    return socket;
  }

  private static void write(OutputStream raw, HttpPost post, Target target) throws IOException {
    StringBuilder head = new StringBuilder();
    head.append("POST ").append(target.requestTarget()).append(" HTTP/1.1\r\n");
    head.append("Host: ").append(target.hostHeader()).append("\r\n");
    head.append("Content-Type: ").append(post.contentType()).append("\r\n");
    head.append("Content-Length: ").append(post.body().length).append("\r\n");
    head.append("Connection: close\r\n");
    String userInfo = target.url().getUserInfo();
    if (userInfo != null) {
      String basic = Base64.getEncoder().encodeToString(userInfo.getBytes(StandardCharsets.UTF_8));
      head.append("Authorization: Basic ").append(basic).append("\r\n");
    }
    for (Map.Entry<String, String> header : post.headers().entrySet()) {
      head.append(header.getKey()).append(": ").append(header.getValue()).append("\r\n");
    }
    head.append("\r\n");
    OutputStream out = new BufferedOutputStream(raw);
    out.write(head.toString().getBytes(StandardCharsets.UTF_8));
    out.write(post.body());
    out.flush();
  }

  /** The status of the first final answer (1xx answers are skipped with their headers). */
  private static int readStatus(InputStream in) throws IOException {
    while (true) {
      String line = readLine(in);
      if (!line.matches("HTTP/1\\.[01] [0-9]{3}( .*)?")) {
        throw new ProtocolException("the answer does not start with an HTTP/1.x status line");
      }
      int status = Integer.parseInt(line.substring(9, 12));
      if (status >= 200) {
        return status;
      }
      while (!readLine(in).isEmpty()) {
        // headers of an informational answer
      }
    }
  }

  private static String readLine(InputStream in) throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    int b;
    while ((b = in.read()) != '\n') {
      if (b == -1) {
        throw new ProtocolException("the connection closed before a whole status line");
      }
      if (line.size() == MAX_LINE) {
        throw new ProtocolException("a line of the answer is longer than " + MAX_LINE + " bytes");
      }
      line.write(b);
    }
    String text = line.toString(StandardCharsets.ISO_8859_1);
    return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
  }

  private static Duration remaining(long endNanos) {
    return Duration.ofNanos(Math.max(0, endNanos - System.nanoTime()));
  }

  private static Duration min(Duration a, Duration b) {
    return a.compareTo(b) <= 0 ? a : b;
  }

  private static void closeQuietly(Socket socket) {
    try {
      socket.close();
    } catch (IOException ignored) {
      // closing is all that is left to do
    }
  }
}
