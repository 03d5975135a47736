package org.accordo.bench.server;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.Yaml;

/**
 * The server's load proofs of issue 7, over HTTP against PostgreSQL or the embedded H2 (not a timed
 * test: numbers go to BENCHMARKS.md).
 *
 * <ul>
 *   <li>{@code events}: creates {@code --tickets} tickets, then {@code --clients} threads post
 *       events (a reply, status changes, customer replies, internal notes, in a fixed cycle per
 *       ticket) for {@code --warmup} seconds unmeasured and {@code --seconds} measured; prints the
 *       sustained events/s and the latency percentiles of the measured posts. {@code --rate} paces
 *       them to that many posts per second in total (default: as fast as answered).
 *   <li>{@code floor}: like {@code events}, but every post is an event of an unknown type, refused
 *       with {@code 400} before any database work: the cost of the web stack alone (token check,
 *       routing, JSON binding, problem answer), the floor under an event's cost.
 *   <li>{@code lateness}: creates {@code --tickets} P1 tickets (two running clocks each: first
 *       response and resolution) opened in the past so that each one's first-response L1 threshold
 *       (75% of 30 min) falls 60 s plus a random part of {@code --spread} seconds after it is
 *       created; waits until every L1 escalation is recorded and prints the lateness ({@code
 *       recorded_at - occurred_at} of {@code GET /api/v1/escalations}) percentiles.
 * </ul>
 *
 * <p>Without {@code --url}, the driver starts an embedded PostgreSQL and {@code java -jar --jar
 * (app/target/accordo.jar) serve} on it (its log in {@code --log}), and stops both at the end; with
 * {@code --database h2} the server runs on its embedded H2 database instead, in {@code --data DIR}
 * (default: a new temporary folder), and the driver prints the database file's size after the
 * server stopped; with {@code --url URL --token TOKEN} it uses that server. The contract is the
 * reference one without the L1 e-mail address: there is no mail server here, and failing e-mail
 * retries are not what is measured.
 *
 * <p>Usage: {@code java -cp bench/target/benchmarks.jar org.accordo.bench.server.LoadDriver
 * events|floor|lateness [--tickets N] [--clients 16] [--seconds 60] [--warmup 10] [--spread 180]
 * [--url URL --token TOKEN] [--jar app/target/accordo.jar] [--jvm "SERVER JVM OPTIONS"] [--client
 * kept-alive|jdk] [--rate EVENTS_PER_S] [--database postgresql|h2] [--data DIR]
 * [--synchronous-commit off|on] [--log server.log]}.
 */
public final class LoadDriver {

  private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");
  private static final Duration L1_AFTER = Duration.ofSeconds(1350);

  /**
   * The body {@code floor} posts: an event type that does not exist, refused with a 400 problem
   * after authentication, routing and JSON binding, before any database work: what every request
   * costs the server's web stack, the floor under an event's cost.
   */
  private static final String FLOOR_BODY = "{\"type\": \"no_such_type\"}";

  private static final String[] EVENT_CYCLE = {
    "{\"type\": \"agent_replied\", \"public\": true}",
    "{\"type\": \"status_changed\", \"status\": \"in_progress\"}",
    "{\"type\": \"agent_replied\", \"public\": false}",
    "{\"type\": \"status_changed\", \"status\": \"waiting_customer\"}",
    "{\"type\": \"customer_replied\"}",
    "{\"type\": \"status_changed\", \"status\": \"in_progress\"}",
    "{\"type\": \"agent_replied\", \"public\": false}",
    "{\"type\": \"plan_provided\"}",
  };

  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();
  private final String url;
  private final String token;

  private LoadDriver(String url, String token) {
    this.url = url;
    this.token = token;
  }

  public static void main(String[] args) throws Exception {
    if (args.length == 0 || !List.of("events", "floor", "lateness").contains(args[0])) {
      System.err.println(
          "usage: LoadDriver events|floor|lateness [--tickets N] [--clients 16] [--seconds 60] [--warmup 10]"
              + " [--spread 180] [--url URL --token TOKEN] [--jar app/target/accordo.jar] [--jvm \"OPTIONS\"] [--client kept-alive|jdk] [--rate EVENTS_PER_S] [--database postgresql|h2] [--data DIR] [--synchronous-commit off|on] [--log server.log]");
      System.exit(2);
    }
    Map<String, String> options = new HashMap<>();
    for (int i = 1; i + 1 < args.length; i += 2) {
      options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
    }
    int clients = Integer.parseInt(options.getOrDefault("clients", "16"));
    System.out.printf("load average at start: %s%n", loadAverage());
    if (options.containsKey("url")) {
      run(args[0], new LoadDriver(options.get("url"), options.get("token")), options, clients);
      return;
    }
    String token = "accordo_bench-admin-token-0123456789abcdefghijklmnop";
    if (options.getOrDefault("database", "postgresql").equals("h2")) {
      Path data =
          options.containsKey("data")
              ? Path.of(options.get("data"))
              : Files.createTempDirectory("accordo-load-h2-");
      Path file = data.resolve("accordo.mv.db");
      serveAndRun(
          args[0], options, clients, token, List.of("--data", data.toString()), Map.of(), file);
      System.out.printf("H2 database file after the stop: %,d bytes%n", Files.size(file));
      return;
    }
    // zonky's embedded PostgreSQL turns synchronous_commit off; --synchronous-commit on measures
    // with every commit flushed to disk before it is acknowledged, as a production server runs
    try (EmbeddedPostgres postgres =
        EmbeddedPostgres.builder()
            .setServerConfig(
                "synchronous_commit", options.getOrDefault("synchronous-commit", "off"))
            .start()) {
      serveAndRun(
          args[0],
          options,
          clients,
          token,
          List.of(),
          Map.of(
              "ACCORDO_DB_URL",
              "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres",
              "ACCORDO_DB_USER",
              "postgres",
              "ACCORDO_DB_PASSWORD",
              "postgres"),
          null);
    }
  }

  /**
   * Starts {@code java -jar accordo.jar serve} with the database options and environment given,
   * runs the mode against it and stops it; prints the size of {@code databaseFile} (when not null)
   * before the stop.
   */
  private static void serveAndRun(
      String mode,
      Map<String, String> options,
      int clients,
      String token,
      List<String> databaseOptions,
      Map<String, String> databaseEnvironment,
      Path databaseFile)
      throws Exception {
    int port = freePort();
    Path log = Path.of(options.getOrDefault("log", "server.log"));
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
    command.addAll(databaseOptions);
    ProcessBuilder builder =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
    builder.environment().remove("ACCORDO_DB_URL");
    builder.environment().putAll(databaseEnvironment);
    builder.environment().put("ACCORDO_ADMIN_TOKEN", token);
    Process server = builder.start();
    try {
      LoadDriver driver = new LoadDriver("http://localhost:" + port, token);
      driver.awaitUp(server, log);
      run(mode, driver, options, clients);
      if (databaseFile != null) {
        System.out.printf(
            "H2 database file before the stop: %,d bytes%n", Files.size(databaseFile));
      }
    } finally {
      server.destroy();
      server.waitFor();
    }
  }

  private static void run(String mode, LoadDriver driver, Map<String, String> options, int clients)
      throws Exception {
    if (mode.equals("events") || mode.equals("floor")) {
      driver.events(
          mode.equals("floor"),
          Integer.parseInt(options.getOrDefault("tickets", "5000")),
          clients,
          Integer.parseInt(options.getOrDefault("warmup", "10")),
          Integer.parseInt(options.getOrDefault("seconds", "60")),
          options.getOrDefault("client", "kept-alive").equals("jdk"),
          Double.parseDouble(options.getOrDefault("rate", "0")));
    } else {
      driver.lateness(
          Integer.parseInt(options.getOrDefault("tickets", "50000")),
          clients,
          Integer.parseInt(options.getOrDefault("spread", "180")));
    }
    System.out.printf("load average at end: %s%n", loadAverage());
  }

  // --- events/s and latency

  /**
   * Posts events for {@code warmupSeconds + seconds}; {@code rate} &gt; 0 paces the clients to that
   * many posts per second in total (0: each client posts as soon as its last answer came).
   */
  private void events(
      boolean floor,
      int tickets,
      int clients,
      int warmupSeconds,
      int seconds,
      boolean jdkClient,
      double rate)
      throws Exception {
    int expected = floor ? 400 : 201;
    String customer = customerWithContract("load");
    List<String> ids =
        createTickets(
            customer, tickets, clients, i -> Instant.now().truncatedTo(ChronoUnit.MILLIS));
    AtomicInteger[] next = new AtomicInteger[ids.size()];
    Arrays.setAll(next, i -> new AtomicInteger());
    long start = System.nanoTime();
    long measureFrom = start + Duration.ofSeconds(warmupSeconds).toNanos();
    long end = measureFrom + Duration.ofSeconds(seconds).toNanos();
    long interval = rate > 0 ? (long) (clients * 1e9 / rate) : 0;
    AtomicLong failures = new AtomicLong();
    long[][] latencies = new long[clients][];
    int[] counts = new int[clients];
    List<Thread> threads = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      int client = c;
      Thread thread =
          new Thread(
              () -> {
                long[] mine = new long[1 << 16];
                int n = 0;
                ThreadLocalRandom random = ThreadLocalRandom.current();
                KeepAliveClient connection =
                    jdkClient ? null : new KeepAliveClient(URI.create(url), token);
                long due = start + client * interval / clients;
                while (true) {
                  if (interval > 0) {
                    waitUntil(due);
                    due += interval;
                  }
                  long sent = System.nanoTime();
                  if (sent >= end) {
                    break;
                  }
                  int t = random.nextInt(ids.size());
                  String body =
                      floor
                          ? FLOOR_BODY
                          : EVENT_CYCLE[
                              Math.floorMod(next[t].getAndIncrement(), EVENT_CYCLE.length)];
                  String path = "/api/v1/tickets/" + ids.get(t) + "/events";
                  int status =
                      jdkClient
                          ? post(path, body).statusCode()
                          : postKeptAlive(connection, path, body);
                  long took = System.nanoTime() - sent;
                  if (status != expected) {
                    failures.incrementAndGet();
                  } else if (sent >= measureFrom) {
                    if (n == mine.length) {
                      mine = Arrays.copyOf(mine, n * 2);
                    }
                    mine[n++] = took;
                  }
                }
                if (connection != null) {
                  connection.close();
                }
                latencies[client] = mine;
                counts[client] = n;
              },
              "client-" + c);
      thread.start();
      threads.add(thread);
    }
    for (Thread thread : threads) {
      thread.join();
    }
    long[] all = merge(latencies, counts);
    System.out.printf(
        "%d tickets, %d clients (%s), %d s warm-up, %d s measured%n",
        tickets,
        clients,
        jdkClient ? "JDK HttpClient" : "kept-alive sockets",
        warmupSeconds,
        seconds);
    System.out.printf(
        "%s (measured): %d, %.0f %s/s; failures (not %d, whole run): %d%n",
        floor ? "refused posts" : "events accepted",
        all.length,
        all.length / (double) seconds,
        floor ? "posts" : "events",
        expected,
        failures.get());
    System.out.printf(
        "latency ms: p50 %.1f  p90 %.1f  p99 %.1f  p99.9 %.1f  max %.1f%n",
        millis(all, 0.50),
        millis(all, 0.90),
        millis(all, 0.99),
        millis(all, 0.999),
        all[all.length - 1] / 1e6);
  }

  private static void waitUntil(long nanoTime) {
    long wait = nanoTime - System.nanoTime();
    if (wait > 0) {
      try {
        Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  // --- escalation lateness

  private void lateness(int tickets, int clients, int spreadSeconds) throws Exception {
    String customer = customerWithContract("lateness");
    long created = System.nanoTime();
    createTickets(
        customer,
        tickets,
        clients,
        i ->
            Instant.now()
                .truncatedTo(ChronoUnit.MILLIS)
                .minus(L1_AFTER)
                .plusSeconds(60)
                .plusMillis(ThreadLocalRandom.current().nextLong(spreadSeconds * 1000L)));
    System.out.printf(
        "created %d P1 tickets (%d running clocks) in %.1f s%n",
        tickets, 2 * tickets, (System.nanoTime() - created) / 1e9);
    long deadline = System.nanoTime() + Duration.ofSeconds(spreadSeconds + 300L).toNanos();
    int recorded = 0;
    while (System.nanoTime() < deadline) {
      recorded = total("/api/v1/escalations?customer_id=" + customer + "&kind=escalation&size=1");
      if (recorded >= tickets) {
        break;
      }
      System.out.printf("  %d of %d L1 escalations recorded%n", recorded, tickets);
      Thread.sleep(10_000);
    }
    List<Long> late = new ArrayList<>();
    Yaml yaml = new Yaml();
    for (int page = 0; page * 100 < recorded; page++) {
      Map<String, Object> body =
          yaml.load(
              get("/api/v1/escalations?customer_id="
                      + customer
                      + "&kind=escalation&sort=occurred_at&size=100&page="
                      + page)
                  .body());
      for (Object item : (List<?>) body.get("items")) {
        Map<?, ?> escalation = (Map<?, ?>) item;
        late.add(
            Duration.between(
                    Instant.parse((String) escalation.get("occurred_at")),
                    Instant.parse((String) escalation.get("recorded_at")))
                .toMillis());
      }
    }
    long[] sorted = late.stream().mapToLong(Long::longValue).sorted().toArray();
    System.out.printf("L1 escalations recorded: %d of %d%n", sorted.length, tickets);
    if (sorted.length > 0) {
      System.out.printf(
          "lateness ms (recorded_at - occurred_at): p50 %d  p90 %d  p99 %d  max %d%n",
          at(sorted, 0.50), at(sorted, 0.90), at(sorted, 0.99), sorted[sorted.length - 1]);
    }
  }

  // --- set-up through the API

  private String customerWithContract(String prefix) throws IOException {
    String customer = prefix + "-" + System.currentTimeMillis();
    expect(
        201,
        post(
            "/api/v1/customers",
            "{\"id\": \""
                + customer
                + "\", \"name\": \"Bench Srl\", \"time_zone\": \"Europe/Rome\"}"));
    String contract;
    try (InputStream in = LoadDriver.class.getResourceAsStream("/bench/contract-bianchi.yaml")) {
      contract =
          new String(in.readAllBytes(), StandardCharsets.UTF_8)
              .replace(
                  "effective: { from: 2026-01-01, to: 2027-12-31 }",
                  "effective: { from: 2020-01-01 }")
              .replace(
                  "L1: { who: Service desk lead, email: lead@rossi-it.example }",
                  "L1: { who: Service desk lead }");
    }
    expect(
        201,
        send(
            HttpRequest.newBuilder(URI.create(url + "/api/v1/customers/" + customer + "/contracts"))
                .header("Content-Type", "application/yaml")
                .POST(HttpRequest.BodyPublishers.ofString(contract))));
    return customer;
  }

  /** Creates P1 tickets on the 24x7 service with {@code clients} threads; returns their ids. */
  private List<String> createTickets(
      String customer, int tickets, int clients, java.util.function.IntFunction<Instant> opened)
      throws InterruptedException {
    String[] ids = new String[tickets];
    AtomicInteger next = new AtomicInteger();
    List<Thread> threads = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      Thread thread =
          new Thread(
              () -> {
                for (int i = next.getAndIncrement(); i < tickets; i = next.getAndIncrement()) {
                  HttpResponse<String> response =
                      post(
                          "/api/v1/tickets",
                          "{\"customer_id\": \""
                              + customer
                              + "\", \"subject\": \"Bench "
                              + i
                              + "\", \"priority\": \"P1\", \"service\": \"servers\", \"opened_at\": \""
                              + opened.apply(i)
                              + "\"}");
                  expect(201, response);
                  Matcher id = ID.matcher(response.body());
                  id.find();
                  ids[i] = id.group(1);
                }
              },
              "create-" + c);
      thread.start();
      threads.add(thread);
    }
    for (Thread thread : threads) {
      thread.join();
    }
    return List.of(ids);
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

  // --- HTTP

  private static int postKeptAlive(KeepAliveClient connection, String path, String body) {
    try {
      return connection.post(path, body).status();
    } catch (IOException e) {
      throw new IllegalStateException(path + ": " + e, e);
    }
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

  private int total(String path) {
    Map<String, Object> body = new Yaml().load(get(path).body());
    return ((Number) body.get("total")).intValue();
  }

  private HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return http.send(
          request
              .header("Authorization", "Bearer " + token)
              .timeout(Duration.ofSeconds(60))
              .build(),
          HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException(request.build().uri() + ": " + e, e);
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

  // --- numbers

  private static long[] merge(long[][] parts, int[] counts) {
    long[] all = new long[Arrays.stream(counts).sum()];
    int at = 0;
    for (int i = 0; i < parts.length; i++) {
      System.arraycopy(parts[i], 0, all, at, counts[i]);
      at += counts[i];
    }
    Arrays.sort(all);
    return all;
  }

  private static double millis(long[] sortedNanos, double quantile) {
    return at(sortedNanos, quantile) / 1e6;
  }

  private static long at(long[] sorted, double quantile) {
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)];
  }

  private static String loadAverage() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).trim();
    } catch (IOException e) {
      return "unknown (" + e.getMessage() + ")";
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
