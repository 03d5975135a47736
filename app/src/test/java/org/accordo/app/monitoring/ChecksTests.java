package org.accordo.app.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.accordo.app.egress.EgressPolicy;
import org.accordo.app.egress.EgressSettings;
import org.accordo.app.support.TestHostResolver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Checks against real servers on the loopback, through the egress policy (which allows 127.0.0.1
 * only, as an admin would allow an internal range): HTTP up, a wrong status, a missing or present
 * keyword, a redirect (a result, not followed), slow and hanging targets bounded by the timeout, a
 * refused port; TCP; TLS with valid, soon-expiring, expired, untrusted and misnamed self-signed
 * certificates; names resolved by a test resolver to refused ranges blocked at check time.
 */
class ChecksTests {

  static final Duration TIMEOUT = Duration.ofSeconds(1);

  @TempDir Path folder;
  private HttpServer http;
  private final List<ServerSocket> sockets = new CopyOnWriteArrayList<>();
  private TestCertificates certificates;
  private Checks checks;

  @BeforeEach
  void servers() throws IOException {
    http = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 50);
    http.createContext("/up", e -> answer(e, 200, "all systems ok"));
    http.createContext("/broken", e -> answer(e, 503, "the target's own words"));
    http.createContext("/moved", e -> redirect(e));
    http.createContext("/long", e -> answer(e, 200, "x".repeat(200_000) + "needle"));
    http.createContext(
        "/slow",
        e -> {
          sleep(Duration.ofSeconds(3));
          answer(e, 200, "late");
        });
    http.start();
    certificates = new TestCertificates(folder);
    checks = checks(certificates.trust(), "127.0.0.1/32");
  }

  @AfterEach
  void stop() throws IOException {
    http.stop(0);
    for (ServerSocket socket : sockets) {
      socket.close();
    }
    certificates.close();
    checks.stop();
  }

  private static Checks checks(MonitorTrust trust, String... allow) {
    return checks(trust, List.of(), allow);
  }

  private static Checks checks(MonitorTrust trust, List<String> monitorsAllow, String... allow) {
    EgressPolicy policy =
        new EgressPolicy(new EgressSettings(Arrays.asList(allow)), new TestHostResolver());
    return new Checks(
        policy,
        trust,
        new MonitorSettings(
            true, Duration.ofSeconds(1), Duration.ofSeconds(30), 4, 4, 65_536, monitorsAllow));
  }

  private String url(String path) {
    return "http://127.0.0.1:" + http.getAddress().getPort() + path;
  }

  private CheckResult get(String path, Optional<String> keyword, KeywordRule rule) {
    return checks.run(
        new Probe.Http(URI.create(url(path)), CheckMethod.GET, List.of(200), keyword, rule),
        TIMEOUT,
        Instant.now());
  }

  private CheckResult get(String path) {
    return get(path, Optional.empty(), KeywordRule.PRESENT);
  }

  @Test
  void aTargetAnsweringAnExpectedStatusIsUp() {
    CheckResult result = get("/up", Optional.of("ok"), KeywordRule.PRESENT);

    assertThat(result.verdict()).isEqualTo(CheckResult.Verdict.UP);
    assertThat(result.status()).contains(200);
    assertThat(result.label()).isEqualTo("ok");
  }

  @Test
  void aWrongStatusIsDownAndNamedByItsCodeOnly() {
    CheckResult result = get("/broken");

    assertThat(result.verdict()).isEqualTo(CheckResult.Verdict.DOWN);
    assertThat(result.label()).isEqualTo("status 503");
    assertThat(result.evidence()).doesNotContain("own words");
  }

  @Test
  void aRedirectIsAResultAndIsNotFollowed() {
    CheckResult result = get("/moved");

    assertThat(result.label()).isEqualTo("status 302");
    CheckResult expected =
        checks.run(
            new Probe.Http(
                URI.create(url("/moved")),
                CheckMethod.HEAD,
                List.of(301, 302),
                Optional.empty(),
                KeywordRule.PRESENT),
            TIMEOUT,
            Instant.now());
    assertThat(expected.verdict()).isEqualTo(CheckResult.Verdict.UP);
  }

  @Test
  void aKeywordMustAppearWithinTheBytesReadOrNot() {
    assertThat(get("/up", Optional.of("maintenance"), KeywordRule.PRESENT).label())
        .isEqualTo("keyword missing");
    assertThat(get("/up", Optional.of("ok"), KeywordRule.ABSENT).label())
        .isEqualTo("keyword found");
    assertThat(get("/up", Optional.of("maintenance"), KeywordRule.ABSENT).verdict())
        .isEqualTo(CheckResult.Verdict.UP);
    // beyond the 64 KiB read, a keyword is not seen: the body is read no further
    assertThat(get("/long", Optional.of("needle"), KeywordRule.PRESENT).label())
        .isEqualTo("keyword missing");
  }

  @Test
  void aSlowTargetIsATimeoutWithinTheCheckTimeout() {
    CheckResult result = get("/slow");

    assertThat(result.label()).isEqualTo("timeout");
    assertThat(result.latency()).isLessThan(Duration.ofSeconds(3));
  }

  @Test
  void aTargetHangingAfterConnectIsATimeout() throws IOException {
    ServerSocket silent = listen();

    CheckResult http =
        checks.run(
            new Probe.Http(
                URI.create("http://127.0.0.1:" + silent.getLocalPort() + "/"),
                CheckMethod.GET,
                List.of(200),
                Optional.empty(),
                KeywordRule.PRESENT),
            TIMEOUT,
            Instant.now());
    CheckResult tls =
        checks.run(new Probe.Tls("127.0.0.1", silent.getLocalPort(), 14), TIMEOUT, Instant.now());

    assertThat(http.label()).isEqualTo("timeout");
    assertThat(tls.label()).isEqualTo("timeout");
    assertThat(http.latency()).isLessThan(Duration.ofSeconds(3));
  }

  @Test
  void aClosedPortIsRefusedAndAnOpenOneIsUp() throws IOException {
    ServerSocket open = listen();
    ServerSocket closed = listen();
    int closedPort = closed.getLocalPort();
    closed.close();

    assertThat(
            checks
                .run(new Probe.Tcp("127.0.0.1", open.getLocalPort()), TIMEOUT, Instant.now())
                .verdict())
        .isEqualTo(CheckResult.Verdict.UP);
    assertThat(checks.run(new Probe.Tcp("127.0.0.1", closedPort), TIMEOUT, Instant.now()).label())
        .isEqualTo("refused");
  }

  @Test
  void certificatesAreJudgedExpiredExpiringUntrustedOrMisnamed() throws IOException {
    KeyStore valid = certificates.certificate("valid", -1, 365, "ip:127.0.0.1,dns:monitored.test");
    KeyStore expiring = certificates.certificate("expiring", -1, 5, "ip:127.0.0.1");
    KeyStore expired = certificates.certificate("expired", -30, 10, "ip:127.0.0.1");
    KeyStore misnamed = certificates.certificate("misnamed", -1, 365, "dns:elsewhere.test");
    TestCertificates strangers =
        new TestCertificates(Files.createDirectories(folder.resolve("strangers")));
    KeyStore untrusted = strangers.certificate("stranger", -1, 365, "ip:127.0.0.1");
    Checks judging = checks(certificates.trust(), "127.0.0.1/32");
    TestHostResolver.map("monitored.test", "127.0.0.1");

    assertThat(tls(judging, "127.0.0.1", certificates.serve(valid)).verdict())
        .isEqualTo(CheckResult.Verdict.UP);
    assertThat(tls(judging, "monitored.test", certificates.serve(valid)).verdict())
        .isEqualTo(CheckResult.Verdict.UP);
    CheckResult soon = tls(judging, "127.0.0.1", certificates.serve(expiring));
    assertThat(soon.verdict()).isEqualTo(CheckResult.Verdict.WARN);
    assertThat(soon.label()).isEqualTo("certificate expiring");
    assertThat(tls(judging, "127.0.0.1", certificates.serve(expired)).label())
        .isEqualTo("certificate expired");
    assertThat(tls(judging, "127.0.0.1", certificates.serve(misnamed)).label())
        .isEqualTo("certificate name mismatch");
    assertThat(tls(judging, "127.0.0.1", certificates.serve(untrusted)).label())
        .isEqualTo("certificate untrusted");
    judging.stop();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"10.0.0.5", "169.254.169.254", "::1", "::ffff:192.168.0.1", "127.0.0.2"})
  void aNameResolvingToARefusedRangeIsBlockedAtCheckTime(String address) {
    TestHostResolver.map("sneaky.test", address);

    CheckResult result = checks.run(new Probe.Tcp("sneaky.test", 443), TIMEOUT, Instant.now());

    assertThat(result.label()).isEqualTo("blocked by egress policy");
  }

  @Test
  void theMonitorsAllowListReachesABlockTheEgressListRefuses() throws IOException {
    ServerSocket open = listen();
    TestHostResolver.map("vpn-host.test", "127.0.0.1");
    TestHostResolver.map("vpn-other.test", "127.0.0.2");
    Checks monitorsOnly = checks(certificates.trust(), List.of("127.0.0.1/32"));

    assertThat(
            monitorsOnly
                .run(new Probe.Tcp("vpn-host.test", open.getLocalPort()), TIMEOUT, Instant.now())
                .verdict())
        .isEqualTo(CheckResult.Verdict.UP);
    assertThat(
            monitorsOnly
                .run(new Probe.Tcp("vpn-other.test", open.getLocalPort()), TIMEOUT, Instant.now())
                .label())
        .as("only the allowed block")
        .isEqualTo("blocked by egress policy");
    monitorsOnly.stop();
  }

  @Test
  void aBadMonitorsAllowListIsRefusedNamingTheSetting() {
    assertThatThrownBy(
            () ->
                new MonitorSettings(
                    true,
                    Duration.ofSeconds(1),
                    Duration.ofSeconds(30),
                    4,
                    4,
                    65_536,
                    List.of("10.0.0.0/8", "vpn")))
        .hasMessageContaining("accordo.monitoring.allow")
        .hasMessageContaining("'vpn' is not an address block");
  }

  @Test
  void theAllowListDecidesWhetherTheLoopbackIsReached() throws IOException {
    ServerSocket open = listen();
    TestHostResolver.map("internal.test", "127.0.0.1");
    Checks strict = checks(certificates.trust());

    assertThat(
            strict
                .run(new Probe.Tcp("internal.test", open.getLocalPort()), TIMEOUT, Instant.now())
                .label())
        .isEqualTo("blocked by egress policy");
    assertThat(
            checks
                .run(new Probe.Tcp("internal.test", open.getLocalPort()), TIMEOUT, Instant.now())
                .verdict())
        .isEqualTo(CheckResult.Verdict.UP);
    strict.stop();
  }

  private static CheckResult tls(Checks checks, String host, int port) {
    return checks.run(new Probe.Tls(host, port, 14), Duration.ofSeconds(5), Instant.now());
  }

  /** A server socket that accepts connections (the backlog does) and never answers. */
  private ServerSocket listen() throws IOException {
    ServerSocket socket = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"));
    sockets.add(socket);
    return socket;
  }

  private static void answer(HttpExchange exchange, int status, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.sendResponseHeaders(status, 0);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    } catch (IOException closedByTheCheck) {
      // the check read what it needed and hung up
    }
  }

  private static void redirect(HttpExchange exchange) throws IOException {
    exchange.getResponseHeaders().add("Location", "http://169.254.169.254/latest/meta-data/");
    exchange.sendResponseHeaders(302, -1);
    exchange.close();
  }

  private static void sleep(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
