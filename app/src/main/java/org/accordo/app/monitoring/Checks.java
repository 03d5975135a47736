package org.accordo.app.monitoring;

import jakarta.annotation.PreDestroy;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;
import org.accordo.app.egress.EgressPolicy;
import org.springframework.stereotype.Component;

/**
 * Runs one check over a connection the {@link EgressPolicy} made to an address it checked (a name
 * resolved once, every address checked, never through a proxy). The check's timeout bounds the
 * connection, each read, and the whole exchange: a watchdog closes the socket when it is spent, so
 * a target that accepts and then says nothing holds the check no longer than its timeout. HTTP
 * redirects are not followed; the body is read only while a keyword is looked for, at most {@code
 * accordo.monitoring.max-body} bytes, and never kept.
 */
@Component
class Checks {

  private final EgressPolicy policy;
  private final MonitorTrust trust;
  private final int maxBody;
  private final ScheduledExecutorService watchdog =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread thread = new Thread(r, "monitor-deadlines");
            thread.setDaemon(true);
            return thread;
          });

  Checks(EgressPolicy policy, MonitorTrust trust, MonitorSettings settings) {
    this.policy = settings.reach(policy);
    this.trust = trust;
    this.maxBody = settings.maxBody();
  }

  /** Checks {@code probe} now ({@code at}), within {@code timeout}. */
  CheckResult run(Probe probe, Duration timeout, Instant at) {
    Exchange exchange = new Exchange(at, System.nanoTime() + timeout.toNanos());
    try {
      if (probe instanceof Probe.Http http) {
        return exchange.http(http);
      }
      if (probe instanceof Probe.Tls tls) {
        return exchange.tls(tls);
      }
      Probe.Tcp tcp = (Probe.Tcp) probe;
      exchange.connect(tcp.host(), tcp.port());
      return CheckResult.up(at, Optional.empty(), exchange.latency());
    } catch (IOException e) {
      CheckProblem problem = exchange.expired.get() ? CheckProblem.TIMEOUT : CheckProblem.of(e);
      return CheckResult.down(at, problem, Optional.empty(), exchange.latency());
    } finally {
      exchange.close();
    }
  }

  @PreDestroy
  void stop() {
    watchdog.shutdownNow();
  }

  /** One check's connection, deadline and clock. */
  private final class Exchange {
    private final Instant at;
    private final long start = System.nanoTime();
    private final long end;
    private final AtomicBoolean expired = new AtomicBoolean();
    private Socket socket;
    private Socket open;
    private ScheduledFuture<?> guard;

    Exchange(Instant at, long end) {
      this.at = at;
      this.end = end;
    }

    void connect(String host, int port) throws IOException {
      socket = policy.connect(host, port, remaining());
      Socket connected = socket;
      guard =
          watchdog.schedule(
              () -> {
                expired.set(true);
                closeQuietly(connected);
              },
              Math.max(1, remaining().toNanos()),
              TimeUnit.NANOSECONDS);
      socket.setSoTimeout((int) Math.max(1, remaining().toMillis()));
      open = socket;
    }

    CheckResult http(Probe.Http probe) throws IOException {
      connect(probe.host(), probe.port());
      if (probe.tls()) {
        open = handshake(probe.host(), probe.port(), null);
      }
      write(open.getOutputStream(), probe);
      HttpAnswer answer = new HttpAnswer(new BufferedInputStream(open.getInputStream()));
      int status = answer.status();
      Optional<Integer> code = Optional.of(status);
      if (!probe.expectedStatuses().contains(status)) {
        return CheckResult.down(at, CheckProblem.STATUS, code, latency());
      }
      if (probe.keyword().isPresent()) {
        boolean found = answer.bodyContains(probe.keyword().get(), maxBody);
        if (found != (probe.keywordRule() == KeywordRule.PRESENT)) {
          CheckProblem problem = found ? CheckProblem.KEYWORD_FOUND : CheckProblem.KEYWORD_MISSING;
          return CheckResult.down(at, problem, code, latency());
        }
      }
      return CheckResult.up(at, code, latency());
    }

    CheckResult tls(Probe.Tls probe) throws IOException {
      connect(probe.host(), probe.port());
      CertificateJudge judge = new CertificateJudge(trust.manager());
      open = handshake(probe.host(), probe.port(), judge);
      Optional<X509Certificate> leaf = judge.leaf();
      if (leaf.isEmpty()) {
        return CheckResult.down(at, CheckProblem.TLS, Optional.empty(), latency());
      }
      Instant expires = leaf.get().getNotAfter().toInstant();
      CheckProblem problem =
          !expires.isAfter(at)
              ? CheckProblem.CERTIFICATE_EXPIRED
              : !judge.trusted()
                  ? CheckProblem.CERTIFICATE_UNTRUSTED
                  : !judge.namesHost() ? CheckProblem.CERTIFICATE_NAME : null;
      if (problem != null) {
        return CheckResult.down(at, problem, Optional.empty(), latency());
      }
      if (expires.isBefore(at.plus(Duration.ofDays(probe.warnDays())))) {
        return new CheckResult(
            at,
            CheckResult.Verdict.WARN,
            Optional.of(CheckProblem.CERTIFICATE_EXPIRING),
            Optional.empty(),
            latency());
      }
      return CheckResult.up(at, Optional.empty(), latency());
    }

    /** TLS over the connection: with {@code judge}, any certificate completes the handshake. */
    private Socket handshake(String host, int port, CertificateJudge judge) throws IOException {
      SSLContext context;
      try {
        context = SSLContext.getInstance("TLS");
        TrustManager manager = judge != null ? judge : trust.manager();
        context.init(null, new TrustManager[] {manager}, null);
      } catch (GeneralSecurityException e) {
        throw new IllegalStateException("TLS is not available", e);
      }
      SSLSocket tls = (SSLSocket) context.getSocketFactory().createSocket(socket, host, port, true);
      SSLParameters parameters = tls.getSSLParameters();
      parameters.setEndpointIdentificationAlgorithm("HTTPS");
      if (!host.contains(":") && !host.matches("[0-9.]+")) {
        try {
          parameters.setServerNames(List.of(new SNIHostName(host)));
        } catch (IllegalArgumentException notAnSniName) {
          // a name SNI cannot carry: the handshake goes without it
        }
      }
      tls.setSSLParameters(parameters);
      tls.startHandshake();
      return tls;
    }

    private void write(OutputStream out, Probe.Http probe) throws IOException {
      String path =
          probe.url().getRawPath() == null || probe.url().getRawPath().isEmpty()
              ? "/"
              : probe.url().getRawPath();
      String query = probe.url().getRawQuery() == null ? "" : "?" + probe.url().getRawQuery();
      String hostHeader =
          probe.url().getPort() == -1
              ? probe.url().getHost()
              : probe.url().getHost() + ":" + probe.url().getPort();
      String head =
          probe.method().name()
              + " "
              + path
              + query
              + " HTTP/1.1\r\n"
              + "Host: "
              + hostHeader
              + "\r\n"
              + "User-Agent: Accordo-Monitor\r\n"
              + "Accept: */*\r\n"
              + "Connection: close\r\n\r\n";
      out.write(head.getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
    }

    Duration latency() {
      return Duration.ofNanos(System.nanoTime() - start)
          .truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
    }

    private Duration remaining() throws SocketTimeoutException {
      long left = end - System.nanoTime();
      if (left <= 0) {
        expired.set(true);
        throw new SocketTimeoutException("the check's timeout is spent");
      }
      return Duration.ofNanos(left);
    }

    void close() {
      if (guard != null) {
        guard.cancel(false);
      }
      closeQuietly(open);
      closeQuietly(socket);
    }
  }

  private static void closeQuietly(Socket socket) {
    if (socket == null) {
      return;
    }
    try {
      socket.close();
    } catch (IOException ignored) {
      // closing is all that is left to do
    }
  }
}
