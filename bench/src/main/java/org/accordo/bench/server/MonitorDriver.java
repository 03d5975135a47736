package org.accordo.bench.server;

import com.sun.net.httpserver.HttpServer;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The monitors' load proof of issue 15 (not a timed test: numbers go to BENCHMARKS.md): N HTTP
 * monitors (10,000 by default) at a 60 s interval against a local stub, on one node of {@code
 * accordo serve} on an embedded PostgreSQL, with the egress allow-list set to 127.0.0.1/32. After
 * the monitors are created it waits {@code --settle} seconds, then measures for {@code --seconds}:
 * the start lateness of checks (p50 and p99 of the server's {@code
 * accordo.monitoring.start.lateness} timer), the checks per second, the server's CPU (from {@code
 * /proc/PID/stat}, in cores) and its heap (from {@code /actuator/prometheus}). Then one more
 * monitor's target stops answering (it accepts and hangs) and the driver times how long until its
 * outage is recorded, against {@code interval x confirm_after + 5 s}.
 *
 * <p>Usage: {@code java -cp bench/target/benchmarks.jar org.accordo.bench.server.MonitorDriver
 * [--monitors 10000] [--settle 90] [--seconds 120] [--timeout 3] [--jar app/target/accordo.jar]
 * [--jvm "SERVER JVM OPTIONS"] [--log monitor-server.log]}.
 */
public final class MonitorDriver {

  private static final String TOKEN = "accordo_bench-admin-token-0123456789abcdefghijklmnop";
  private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");

  private final String url;
  private final HttpClient http =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  private MonitorDriver(String url) {
    this.url = url;
  }

  public static void main(String[] args) throws Exception {
    Map<String, String> options = new HashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
    }
    int monitors = Integer.parseInt(options.getOrDefault("monitors", "10000"));
    System.out.printf("load average at start: %s%n", loadAverage());
    HttpServer stub = stub();
    HangingTarget victim = new HangingTarget();
    try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
      int port = freePort();
      Path log = Path.of(options.getOrDefault("log", "monitor-server.log"));
      List<String> command = new ArrayList<>();
      command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
      if (options.containsKey("jvm")) {
        command.addAll(List.of(options.get("jvm").trim().split("\\s+")));
      }
      command.addAll(
          List.of(
              "-jar",
              options.getOrDefault("jar", "app/target/accordo.jar"),
              "serve",
              "--port",
              String.valueOf(port)));
      ProcessBuilder builder =
          new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
      builder
          .environment()
          .put("ACCORDO_DB_URL", "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres");
      builder.environment().put("ACCORDO_DB_USER", "postgres");
      builder.environment().put("ACCORDO_DB_PASSWORD", "postgres");
      builder.environment().put("ACCORDO_ADMIN_TOKEN", TOKEN);
      builder.environment().put("ACCORDO_EGRESS_ALLOW", "127.0.0.1/32");
      Process server = builder.start();
      try {
        MonitorDriver driver = new MonitorDriver("http://localhost:" + port);
        driver.awaitUp(server, log);
        driver.run(server.pid(), monitors, stub, victim, options);
      } finally {
        server.destroy();
        server.waitFor();
      }
    } finally {
      stub.stop(0);
      victim.close();
    }
    System.out.printf("load average at end: %s%n", loadAverage());
  }

  private void run(
      long pid, int monitors, HttpServer stub, HangingTarget victim, Map<String, String> options)
      throws Exception {
    int timeout = Integer.parseInt(options.getOrDefault("timeout", "3"));
    String customer = customer();
    String target = "http://127.0.0.1:" + stub.getAddress().getPort() + "/health";
    long start = System.nanoTime();
    createMonitors(customer, monitors, target, timeout);
    System.out.printf(
        "%d monitors created in %.1f s%n", monitors, (System.nanoTime() - start) / 1e9);
    sleep(Integer.parseInt(options.getOrDefault("settle", "90")));
    int seconds = Integer.parseInt(options.getOrDefault("seconds", "120"));
    Map<String, Double> before = metrics();
    long cpuBefore = cpuTicks(pid);
    long wallBefore = System.nanoTime();
    double heapMax = 0;
    for (int s = 0; s < seconds; s += 10) {
      sleep(10);
      heapMax = Math.max(heapMax, metrics().getOrDefault("heap", 0.0));
    }
    Map<String, Double> after = metrics();
    double wall = (System.nanoTime() - wallBefore) / 1e9;
    double cores = (cpuTicks(pid) - cpuBefore) / 100.0 / wall;
    double checks = after.get("count") - before.get("count");
    System.out.printf(
        "measured %.0f s: %.1f checks/s, start lateness p50 %.3f s, p99 %.3f s, max %.3f s;"
            + " server CPU %.2f cores; heap used max %.0f MiB (at end %.0f MiB)%n",
        wall,
        checks / wall,
        after.get("p50"),
        after.get("p99"),
        after.get("max"),
        cores,
        heapMax / 1024 / 1024,
        after.get("heap") / 1024 / 1024);
    detection(customer, victim, timeout);
  }

  /** One more monitor whose target then hangs: how long until its outage is recorded. */
  private void detection(String customer, HangingTarget victim, int timeout) throws Exception {
    String victimMonitor =
        monitor(customer, "http://127.0.0.1:" + victim.port() + "/health", timeout);
    sleep(70);
    victim.hang();
    long stopped = System.nanoTime();
    while (true) {
      HttpResponse<String> outages = get("/api/v1/customers/" + customer + "/outages?ongoing=true");
      if (outages.body().contains("\"service\"")) {
        double seconds = (System.nanoTime() - stopped) / 1e9;
        System.out.printf(
            "monitor %s: target stopped answering; outage recorded after %.1f s (bound: 60 s x 2 + 5 s"
                + " = 125 s)%n",
            victimMonitor, seconds);
        return;
      }
      if (System.nanoTime() - stopped > Duration.ofMinutes(5).toNanos()) {
        System.out.println("no outage recorded within 5 minutes");
        return;
      }
      Thread.sleep(500);
    }
  }

  private void createMonitors(String customer, int monitors, String target, int timeout)
      throws InterruptedException {
    AtomicInteger next = new AtomicInteger();
    int threads = 8;
    CountDownLatch done = new CountDownLatch(threads);
    for (int t = 0; t < threads; t++) {
      new Thread(
              () -> {
                try {
                  while (next.getAndIncrement() < monitors) {
                    monitor(customer, target, timeout);
                  }
                } finally {
                  done.countDown();
                }
              })
          .start();
    }
    done.await();
  }

  private String monitor(String customer, String target, int timeout) {
    HttpResponse<String> created =
        post(
            "/api/v1/customers/" + customer + "/monitors",
            "{\"service\": \"servers\", \"kind\": \"http\", \"url\": \""
                + target
                + "\", \"keyword\": \"ok\", \"interval_seconds\": 60, \"timeout_seconds\": "
                + timeout
                + ", \"confirm_after\": 2}");
    expect(201, created);
    Matcher id = ID.matcher(created.body());
    id.find();
    return id.group(1);
  }

  private String customer() throws IOException {
    String customer = "monitored-" + System.currentTimeMillis();
    expect(
        201,
        post(
            "/api/v1/customers",
            "{\"id\": \""
                + customer
                + "\", \"name\": \"Bench Srl\", \"time_zone\": \"Europe/Rome\"}"));
    String contract;
    try (InputStream in = MonitorDriver.class.getResourceAsStream("/bench/contract-bianchi.yaml")) {
      contract =
          new String(in.readAllBytes(), StandardCharsets.UTF_8)
              .replace(
                  "effective: { from: 2026-01-01, to: 2027-12-31 }",
                  "effective: { from: 2020-01-01 }");
    }
    expect(
        201,
        send(
            HttpRequest.newBuilder(URI.create(url + "/api/v1/customers/" + customer + "/contracts"))
                .header("Content-Type", "application/yaml")
                .POST(HttpRequest.BodyPublishers.ofString(contract))));
    return customer;
  }

  /** The lateness percentiles and count, and the heap used, from the Prometheus page. */
  private Map<String, Double> metrics() {
    String page = get("/actuator/prometheus").body();
    Map<String, Double> values = new HashMap<>();
    double heap = 0;
    for (String line : page.split("\n")) {
      if (line.startsWith("accordo_monitoring_start_lateness_seconds{")
          && line.contains("quantile=\"0.5\"")) {
        values.put("p50", value(line));
      } else if (line.startsWith("accordo_monitoring_start_lateness_seconds{")
          && line.contains("quantile=\"0.99\"")) {
        values.put("p99", value(line));
      } else if (line.startsWith("accordo_monitoring_start_lateness_seconds_count")) {
        values.put("count", value(line));
      } else if (line.startsWith("accordo_monitoring_start_lateness_seconds_max")) {
        values.put("max", value(line));
      } else if (line.startsWith("jvm_memory_used_bytes{") && line.contains("area=\"heap\"")) {
        heap += value(line);
      }
    }
    values.put("heap", heap);
    return values;
  }

  private static double value(String line) {
    return Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
  }

  /** utime + stime of the process, in clock ticks (100 per second on Linux). */
  private static long cpuTicks(long pid) throws IOException {
    String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
    return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
  }

  /** The stub every monitor checks: 200 with a short body. */
  private static HttpServer stub() throws IOException {
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 1000);
    server.setExecutor(Executors.newFixedThreadPool(4, MonitorDriver::daemon));
    server.createContext(
        "/health",
        exchange -> {
          byte[] body = "status ok".getBytes(StandardCharsets.UTF_8);
          exchange.sendResponseHeaders(200, body.length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
          }
        });
    server.start();
    return server;
  }

  /** A target that answers until {@link #hang}, then accepts connections and says nothing. */
  private static final class HangingTarget {
    private final HttpServer server;
    private volatile boolean hanging;

    HangingTarget() throws IOException {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 50);
      server.setExecutor(Executors.newCachedThreadPool(MonitorDriver::daemon));
      server.createContext(
          "/health",
          exchange -> {
            while (hanging) {
              sleep(1);
            }
            byte[] body = "status ok".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
              out.write(body);
            }
          });
      server.start();
    }

    int port() {
      return server.getAddress().getPort();
    }

    void hang() {
      hanging = true;
    }

    void close() {
      hanging = false;
      server.stop(0);
    }
  }

  private void awaitUp(Process server, Path log) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
    while (System.nanoTime() < deadline) {
      if (!server.isAlive()) {
        throw new IllegalStateException(
            "the server exited with " + server.exitValue() + "; see " + log);
      }
      try {
        if (get("/api/v1/customers").statusCode() == 200) {
          return;
        }
      } catch (IllegalStateException notYet) {
        // not listening yet
      }
      Thread.sleep(250);
    }
    throw new IllegalStateException("the server did not answer within 2 minutes; see " + log);
  }

  private HttpResponse<String> post(String path, String json) {
    return send(
        HttpRequest.newBuilder(URI.create(url + path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  private HttpResponse<String> get(String path) {
    return send(HttpRequest.newBuilder(URI.create(url + path)).GET());
  }

  private HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return http.send(
          request
              .header("Authorization", "Bearer " + TOKEN)
              .timeout(Duration.ofSeconds(60))
              .build(),
          HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static void expect(int status, HttpResponse<String> response) {
    if (response.statusCode() != status) {
      throw new IllegalStateException(
          response.request().uri() + " answered " + response.statusCode() + ": " + response.body());
    }
  }

  private static void sleep(int seconds) {
    try {
      Thread.sleep(seconds * 1000L);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static Thread daemon(Runnable r) {
    Thread thread = new Thread(r, "stub");
    thread.setDaemon(true);
    return thread;
  }

  private static String loadAverage() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).trim();
    } catch (IOException e) {
      return "unknown";
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
