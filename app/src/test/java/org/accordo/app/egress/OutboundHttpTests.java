package org.accordo.app.egress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Posts through the egress policy to real local HTTP servers. */
class OutboundHttpTests {

  static final Deadlines QUICK =
      new Deadlines(Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofSeconds(5));

  /** A request as a receiver saw it. */
  record Received(String path, Headers headers, String body) {}

  private final List<HttpServer> servers = new CopyOnWriteArrayList<>();
  private final OutboundHttp http = new OutboundHttp(EgressPolicyTests.policy("127.0.0.1/32"));

  @AfterEach
  void stop() {
    servers.forEach(s -> s.stop(0));
    http.stop();
  }

  @Test
  void postsTheBodyAndHeadersAndReturnsTheStatus() throws IOException {
    List<Received> received = new CopyOnWriteArrayList<>();
    String url = serve(received, 202, Map.of());

    OutboundHttp.HttpAnswer answer =
        http.post(post(url + "/hook?x=1", Map.of("X-Accordo-Delivery", "d-1"), "{\"a\":1}"));

    assertThat(answer.status()).isEqualTo(202);
    assertThat(received).hasSize(1);
    Received request = received.get(0);
    assertThat(request.path()).isEqualTo("/hook?x=1");
    assertThat(request.body()).isEqualTo("{\"a\":1}");
    assertThat(request.headers().getFirst("X-Accordo-Delivery")).isEqualTo("d-1");
    assertThat(request.headers().getFirst("Content-Type")).isEqualTo("application/json");
    assertThat(request.headers().getFirst("Authorization")).isNull();
  }

  @Test
  void sendsTheUrlsCredentialsAsBasicAuthentication() throws IOException {
    List<Received> received = new CopyOnWriteArrayList<>();
    String url = serve(received, 204, Map.of());

    http.post(post(url.replace("http://", "http://svcuser:S3cretPW@") + "/hook", Map.of(), "{}"));

    assertThat(received.get(0).headers().getFirst("Authorization"))
        .isEqualTo("Basic c3ZjdXNlcjpTM2NyZXRQVw==");
  }

  @Test
  void neverFollowsARedirectSoItsTargetReceivesNothing() throws IOException {
    List<Received> atTarget = new CopyOnWriteArrayList<>();
    String target = serve(atTarget, 204, Map.of());
    List<Received> atRedirect = new CopyOnWriteArrayList<>();
    String redirecting = serve(atRedirect, 307, Map.of("Location", target + "/stolen"));

    OutboundHttp.HttpAnswer answer =
        http.post(
            post(
                redirecting.replace("http://", "http://svcuser:S3cretPW@") + "/hook",
                Map.of("X-Accordo-Signature", "t=1,v1=abc"),
                "{}"));

    assertThat(answer.status()).isEqualTo(307);
    assertThat(atRedirect).hasSize(1);
    assertThat(atTarget).isEmpty();
  }

  @Test
  void aRefusedAddressIsNeverConnectedTo() {
    OutboundHttp strict = new OutboundHttp(EgressPolicyTests.policy());
    List<Received> received = new CopyOnWriteArrayList<>();
    String url = serve(received, 204, Map.of());
    try {
      assertThatThrownBy(() -> strict.post(post(url + "/hook", Map.of(), "{}")))
          .isInstanceOf(EgressRefused.class)
          .satisfies(
              e ->
                  assertThat(OutboundProblem.of((IOException) e))
                      .isEqualTo(OutboundProblem.BLOCKED));
      assertThat(received).isEmpty();
    } finally {
      strict.stop();
    }
  }

  @Test
  void aPortOutOfRangeIsAnInvalidAddress() {
    assertThatThrownBy(() -> http.post(post("http://127.0.0.1:99999/x", Map.of(), "{}")))
        .satisfies(
            e ->
                assertThat(OutboundProblem.of((IOException) e))
                    .isEqualTo(OutboundProblem.INVALID_ADDRESS))
        .hasMessageContaining("port 99999 is out of range");
  }

  @Test
  void aClosedPortIsRefused() throws IOException {
    int port;
    try (ServerSocket free = new ServerSocket(0)) {
      port = free.getLocalPort();
    }
    assertThatThrownBy(() -> http.post(post("http://127.0.0.1:" + port + "/x", Map.of(), "{}")))
        .satisfies(
            e ->
                assertThat(OutboundProblem.of((IOException) e)).isEqualTo(OutboundProblem.REFUSED));
  }

  @Test
  void aReceiverSilentPastTheReadDeadlineIsATimeout() throws IOException {
    try (ServerSocket silent = new ServerSocket(0, 1, EgressPolicyTests.address("127.0.0.1"))) {
      HttpPost slow =
          new HttpPost(
              URI.create("http://127.0.0.1:" + silent.getLocalPort() + "/x"),
              "application/json",
              Map.of(),
              new byte[0],
              new Deadlines(Duration.ofSeconds(2), Duration.ofMillis(300), Duration.ofSeconds(5)));
      assertThatThrownBy(() -> http.post(slow))
          .satisfies(
              e ->
                  assertThat(OutboundProblem.of((IOException) e))
                      .isEqualTo(OutboundProblem.TIMEOUT));
    }
  }

  @Test
  void aReceiverThatKeepsTalkingIsCutAtTheTotalDeadline() throws IOException {
    try (ServerSocket trickling = new ServerSocket(0, 1, EgressPolicyTests.address("127.0.0.1"))) {
      Thread talker =
          new Thread(
              () -> {
                try (var socket = trickling.accept()) {
                  for (int i = 0; i < 100; i++) {
                    socket.getOutputStream().write('H');
                    socket.getOutputStream().flush();
                    Thread.sleep(100);
                  }
                } catch (IOException | InterruptedException stopped) {
                  // the client hung up, as it should
                }
              });
      talker.start();
      HttpPost post =
          new HttpPost(
              URI.create("http://127.0.0.1:" + trickling.getLocalPort() + "/x"),
              "application/json",
              Map.of(),
              new byte[0],
              new Deadlines(Duration.ofSeconds(2), Duration.ofSeconds(1), Duration.ofMillis(800)));
      assertThatThrownBy(() -> http.post(post))
          .hasMessageContaining("total deadline")
          .satisfies(
              e ->
                  assertThat(OutboundProblem.of((IOException) e))
                      .isEqualTo(OutboundProblem.TIMEOUT));
      talker.interrupt();
    }
  }

  private static HttpPost post(String url, Map<String, String> headers, String body) {
    return new HttpPost(
        URI.create(url), "application/json", headers, body.getBytes(StandardCharsets.UTF_8), QUICK);
  }

  private String serve(List<Received> received, int status, Map<String, String> answerHeaders) {
    HttpServer server;
    try {
      server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext(
        "/",
        exchange -> {
          String body =
              new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
          received.add(
              new Received(
                  exchange.getRequestURI().toString(), exchange.getRequestHeaders(), body));
          answerHeaders.forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
          exchange.sendResponseHeaders(status, -1);
          exchange.close();
        });
    server.start();
    servers.add(server);
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }
}
