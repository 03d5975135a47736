package org.accordo.app.notifications;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.ToIntFunction;
import org.accordo.app.support.TestHostResolver;

/**
 * A webhook receiver of the tests: a real HTTP server on 127.0.0.1 (the only address the servers
 * under test may reach), each request handled on its own thread, answering what {@code answer}
 * says. It may be reached by a name of the tests' host table ({@link #urlAs}).
 */
final class WebhookReceiver implements AutoCloseable {

  /** A request as received. */
  record Received(String deliveryId, String signature, String authorization, byte[] body) {}

  private final HttpServer server;
  private final ExecutorService threads = Executors.newCachedThreadPool();
  private final List<Received> received = new CopyOnWriteArrayList<>();

  private WebhookReceiver(ToIntFunction<Received> answer) {
    try {
      server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.setExecutor(threads);
    server.createContext(
        "/",
        exchange -> {
          Received request =
              new Received(
                  exchange.getRequestHeaders().getFirst("X-Accordo-Delivery"),
                  exchange.getRequestHeaders().getFirst("X-Accordo-Signature"),
                  exchange.getRequestHeaders().getFirst("Authorization"),
                  exchange.getRequestBody().readAllBytes());
          received.add(request);
          exchange.sendResponseHeaders(answer.applyAsInt(request), -1);
          exchange.close();
        });
    server.start();
  }

  /** A receiver that answers every request with {@code answer}'s status. */
  static WebhookReceiver answering(ToIntFunction<Received> answer) {
    return new WebhookReceiver(answer);
  }

  /** A receiver that holds every request {@code seconds} before answering 204. */
  static WebhookReceiver slow(int seconds) {
    return new WebhookReceiver(
        request -> {
          try {
            Thread.sleep(seconds * 1_000L);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          return 204;
        });
  }

  /** Its URL at 127.0.0.1. */
  String url() {
    return "http://127.0.0.1:" + port() + "/hook";
  }

  /** Its URL by {@code name}, which the tests' host table maps to 127.0.0.1. */
  String urlAs(String name) {
    TestHostResolver.map(name, "127.0.0.1");
    return "http://" + name + ":" + port() + "/hook";
  }

  int port() {
    return server.getAddress().getPort();
  }

  List<Received> received() {
    return received;
  }

  /** How many requests carried the delivery id {@code id}. */
  long count(String id) {
    return received.stream().filter(r -> id.equals(r.deliveryId())).count();
  }

  @Override
  public void close() {
    server.stop(0);
    threads.shutdownNow();
  }
}
