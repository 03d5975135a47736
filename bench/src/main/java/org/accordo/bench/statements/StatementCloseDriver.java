package org.accordo.bench.statements;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * The server's period close from PostgreSQL, end to end: an embedded PostgreSQL, {@code accordo
 * serve} from the jar, customers with the reference contract in force in March 2026 only, their
 * tickets, events and outages written straight into the tables ({@code COPY}, the fast way to a
 * million events), then the server started again with {@code accordo.close.grace=0s}: its scheduled
 * close closes every customer's March at once. The driver waits for the statements and reads each
 * close's time from the database ({@code statement_close.started_at} to {@code closed_at}:
 * computing the month, storing its JSON, HTML and Markdown, its credit lines and its webhook) and,
 * once printed, each PDF's time from the server's log.
 *
 * <p>Usage: {@code java -cp bench/target/benchmarks.jar
 * org.accordo.bench.statements.StatementCloseDriver [--customers 1] [--tickets 100000] [--events
 * 10] [--outages 1000] [--pdf wait|skip] [--save DIR] [--jar app/target/accordo.jar] [--jvm
 * "-Xmx4g"] [--log statement-close] [--data DIR]}: {@code --tickets} per customer, {@code --events}
 * per ticket (fewer for the 2% cancelled), {@code --save} writes the first customer's PDFs there,
 * {@code --log} is the prefix of the servers' logs ({@code -setup.log}, {@code -closing.log}).
 * {@code --data} keeps the loaded database in {@code DIR/loaded} and closes each time on a copy of
 * it ({@code DIR/run}), so that runs after the first skip the setup (give a new {@code DIR} for
 * other counts).
 */
public final class StatementCloseDriver {

  static final String TOKEN = "accordo_bench-admin-token-0123456789abcdefghijklmnop";
  static final Instant MARCH = Instant.parse("2026-02-28T23:00:00Z");
  static final long MARCH_SECONDS = 743L * 3600;
  static final String[] SERVICES = {"service-desk", "servers", null};
  static final String[] CAUSES = {
    "provider", "provider", "customer_caused", "outside_provider_control", "announced_maintenance"
  };
  static final int[] REPLY_WITHIN = {30 * 60, 3 * 3600, 6 * 3600, 12 * 3600};
  static final int[] RESOLVE_WITHIN = {4 * 3600, 24 * 3600, 3 * 86_400, 6 * 86_400};

  private final Map<String, String> options;
  // HTTP/1.1, each request with a time limit: a set-up of 500 customers hung twice this way on an
  // HTTP/2 (h2c) client's request that the server never saw
  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(30))
          .build();
  private String base;

  private StatementCloseDriver(Map<String, String> options) {
    this.options = options;
  }

  public static void main(String[] args) throws Exception {
    Map<String, String> options = new HashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
    }
    new StatementCloseDriver(options).run();
  }

  private int option(String name, int otherwise) {
    return Integer.parseInt(options.getOrDefault(name, String.valueOf(otherwise)));
  }

  private void run() throws Exception {
    int customers = option("customers", 1);
    int tickets = option("tickets", 100_000);
    int events = option("events", 10);
    int outages = option("outages", 1_000);
    System.out.printf("load average at start: %s%n", loadAverage());
    Path data = options.containsKey("data") ? Path.of(options.get("data")) : null;
    List<String> ids = new ArrayList<>();
    for (int c = 0; c < customers; c++) {
      ids.add("bench-" + c);
    }
    if (data != null) {
      if (Files.isDirectory(data.resolve("loaded"))) {
        System.out.printf("the database loaded before in %s, copied%n", data.resolve("loaded"));
      } else {
        try (EmbeddedPostgres postgres = postgres(data.resolve("loaded"))) {
          setUp(postgres, ids, tickets, events, outages);
        }
      }
      copy(data.resolve("loaded"), data.resolve("run"));
    }
    // without --data the database is set up once, in the one the months are closed in
    try (EmbeddedPostgres postgres = postgres(data == null ? null : data.resolve("run"))) {
      if (data == null) {
        setUp(postgres, ids, tickets, events, outages);
      }
      String url = url(postgres);
      Process closing =
          serve(
              url,
              Map.of("ACCORDO_CLOSE_GRACE", "0s", "ACCORDO_CLOSE_POLL_INTERVAL", "1s"),
              "closing");
      try (Connection db = DriverManager.getConnection(url, "postgres", "postgres")) {
        double cpuBefore = cpuSeconds(closing);
        await(db, "SELECT COUNT(*) FROM statement", customers, Duration.ofMinutes(30));
        System.out.printf(
            "server CPU from answering its first request to the last close: %.1f s%n",
            cpuSeconds(closing) - cpuBefore);
        report(db);
        if (!"skip".equals(options.get("pdf"))) {
          await(
              db,
              "SELECT COUNT(*) FROM statement_document WHERE format = 'pdf'",
              2L * customers,
              Duration.ofMinutes(60));
          printTimes();
        }
        if (options.containsKey("save")) {
          save(ids.get(0), Path.of(options.get("save")));
        }
      } finally {
        stop(closing);
      }
    }
    System.out.printf("load average at end: %s%n", loadAverage());
  }

  /**
   * An embedded PostgreSQL; in {@code directory} (kept when the driver ends) when given, else in a
   * temporary one.
   */
  private static EmbeddedPostgres postgres(Path directory) throws IOException {
    EmbeddedPostgres.Builder builder =
        EmbeddedPostgres.builder().setServerConfig("synchronous_commit", "off");
    if (directory != null) {
      Files.createDirectories(directory);
      builder.setDataDirectory(directory).setCleanDataDirectory(false);
    }
    return builder.start();
  }

  private static String url(EmbeddedPostgres postgres) {
    return "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres";
  }

  /** The customers, through the API, then their months, straight into the tables. */
  private void setUp(
      EmbeddedPostgres postgres, List<String> ids, int tickets, int events, int outages)
      throws Exception {
    String url = url(postgres);
    Process setup = serve(url, Map.of("ACCORDO_CLOSE_SCHEDULER", "off"), "setup");
    try {
      for (int c = 0; c < ids.size(); c++) {
        customer(c);
      }
    } finally {
      stop(setup);
    }
    long loadStart = System.nanoTime();
    try (Connection db = DriverManager.getConnection(url, "postgres", "postgres")) {
      Random random = new Random(20260301L);
      for (String customer : ids) {
        load(db, customer, tickets, events, outages, random);
      }
      try (Statement analyze = db.createStatement()) {
        analyze.execute("ANALYZE");
      }
    }
    System.out.printf(
        "loaded %d customers x %d tickets x %d events, %d outages each, in %d s%n",
        ids.size(),
        tickets,
        events,
        outages,
        Duration.ofNanos(System.nanoTime() - loadStart).toSeconds());
  }

  /** Replaces {@code target} with a copy of {@code source} (a stopped database's directory). */
  private static void copy(Path source, Path target) throws IOException, InterruptedException {
    Process copy =
        new ProcessBuilder(
                "sh",
                "-c",
                "rm -rf \"$2\" && cp -a \"$1\" \"$2\"",
                "copy",
                source.toString(),
                target.toString())
            .inheritIO()
            .start();
    if (copy.waitFor() != 0) {
      throw new IOException("could not copy " + source + " to " + target);
    }
  }

  /** Each close's time, and the whole run's, from the close rows. */
  private static void report(Connection db) throws SQLException {
    List<Long> millis = new ArrayList<>();
    Instant first = null;
    Instant last = null;
    try (Statement query = db.createStatement();
        ResultSet rows =
            query.executeQuery(
                "SELECT c.started_at, c.closed_at, s.input_tickets, s.input_events,"
                    + " s.input_outages, s.credits_total FROM statement_close c JOIN statement s"
                    + " ON s.customer_id = c.customer_id AND s.period_month = c.period_month")) {
      while (rows.next()) {
        Instant started = rows.getTimestamp(1).toInstant();
        Instant closed = rows.getTimestamp(2).toInstant();
        millis.add(Duration.between(started, closed).toMillis());
        first = first == null || started.isBefore(first) ? started : first;
        last = last == null || closed.isAfter(last) ? closed : last;
        if (millis.size() == 1) {
          System.out.printf(
              "a statement: %d tickets, %d events, %d outages, credits %s%n",
              rows.getInt(3), rows.getInt(4), rows.getInt(5), rows.getBigDecimal(6));
        }
      }
    }
    millis.sort(Long::compare);
    System.out.printf(
        "%d closes: each min %d ms, median %d ms, max %d ms; first start to last close %d ms%n",
        millis.size(),
        millis.get(0),
        millis.get(millis.size() / 2),
        millis.get(millis.size() - 1),
        Duration.between(first, last).toMillis());
  }

  /** The PDF times the server logged. */
  private void printTimes() throws IOException {
    Pattern printed = Pattern.compile("PDF \\((\\w+)\\) printed in (\\d+) ms, (\\d+) bytes");
    List<Long> millis = new ArrayList<>();
    for (String line : Files.readAllLines(log("closing"))) {
      Matcher m = printed.matcher(line);
      if (m.find()) {
        millis.add(Long.parseLong(m.group(2)));
        if (millis.size() <= 2) {
          System.out.printf("PDF %s: %s ms, %s bytes%n", m.group(1), m.group(2), m.group(3));
        }
      }
    }
    millis.sort(Long::compare);
    System.out.printf(
        "%d PDFs: min %d ms, median %d ms, max %d ms%n",
        millis.size(), millis.get(0), millis.get(millis.size() / 2), millis.get(millis.size() - 1));
  }

  /** Writes the first customer's statement in both languages as PDF, as the API answers it. */
  private void save(String customer, Path directory) throws IOException, InterruptedException {
    Files.createDirectories(directory);
    for (String language : List.of("en", "it")) {
      Path file = directory.resolve("statement-" + customer + "-2026-03-" + language + ".pdf");
      HttpResponse<Path> answer =
          http.send(
              HttpRequest.newBuilder(
                      URI.create(
                          base
                              + "/api/v1/customers/"
                              + customer
                              + "/statements/2026-03?format=pdf&lang="
                              + language))
                  .header("Authorization", "Bearer " + TOKEN)
                  .build(),
              HttpResponse.BodyHandlers.ofFile(file));
      System.out.printf("saved %s (%d)%n", answer.body(), answer.statusCode());
    }
  }

  /** Creates a customer with the reference contract in force in March 2026 only. */
  private String customer(int n) throws IOException, InterruptedException {
    String id = "bench-" + n;
    post(
        "/api/v1/customers",
        "application/json",
        "{\"id\": \""
            + id
            + "\", \"name\": \"Customer "
            + n
            + "\", \"time_zone\": \"Europe/Rome\"}");
    String contract;
    try (InputStream in =
        StatementCloseDriver.class.getResourceAsStream("/bench/contract-bianchi.yaml")) {
      contract =
          new String(in.readAllBytes(), StandardCharsets.UTF_8)
              .replace(
                  "  effective: { from: 2026-01-01, to: 2027-12-31 }\n",
                  "  effective: { from: 2026-03-01, to: 2026-03-31 }\n");
    }
    post("/api/v1/customers/" + id + "/contracts", "application/yaml", contract);
    // the upload's clock rebuild (of no ticket yet) must be complete before the tickets are
    // written, or the next server would rebuild every one of them while it closes the month
    long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
    while (!body("/api/v1/customers/" + id + "/contracts/1/clock-rebuild")
        .contains("\"completed_at\":\"")) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("the clock rebuild of " + id + " did not complete");
      }
      Thread.sleep(200);
    }
    return id;
  }

  /** Writes a customer's March: tickets, their events, outages, by {@code COPY}. */
  private static void load(
      Connection db, String customer, int tickets, int events, int outages, Random random)
      throws SQLException, IOException {
    CopyManager copy = db.unwrap(PGConnection.class).getCopyAPI();
    StringBuilder ticketRows = new StringBuilder();
    StringBuilder eventRows = new StringBuilder();
    for (int i = 0; i < tickets; i++) {
      history(customer, i, events, random, ticketRows, eventRows);
      if (eventRows.length() > 8_000_000) {
        flush(copy, ticketRows, eventRows);
      }
    }
    flush(copy, ticketRows, eventRows);
    StringBuilder outageRows = new StringBuilder();
    for (int i = 0; i < outages; i++) {
      Instant from = MARCH.plusSeconds(random.nextLong(MARCH_SECONDS - 7200));
      Instant to = from.plusSeconds(60 + random.nextInt(3600));
      outageRows
          .append(customer)
          .append("-o")
          .append(i)
          .append(',')
          .append(customer)
          .append(',')
          .append(random.nextInt(10) == 0 ? "backup" : "servers")
          .append(',')
          .append(from)
          .append(',')
          .append(to)
          .append(',')
          .append(CAUSES[random.nextInt(CAUSES.length)])
          .append(",\"bench outage\",,outage,,")
          .append(from)
          .append(",bench,")
          .append(from)
          .append('\n');
    }
    copy.copyIn(
        "COPY outage (id, customer_id, service, started_at, ended_at, cause, note, announced_at,"
            + " kind, import_key, recorded_at, recorded_by, updated_at) FROM STDIN WITH (FORMAT csv)",
        new StringReader(outageRows.toString()));
  }

  private static void flush(CopyManager copy, StringBuilder tickets, StringBuilder events)
      throws SQLException, IOException {
    copy.copyIn(
        "COPY ticket (id, customer_id, external_id, subject, service, priority, status, opened_at,"
            + " cancelled_at, created_at, created_by, updated_at) FROM STDIN WITH (FORMAT csv)",
        new StringReader(tickets.toString()));
    copy.copyIn(
        "COPY ticket_event (id, ticket_id, customer_id, event_type, occurred_at, recorded_at,"
            + " recorded_by, priority, status, is_public) FROM STDIN WITH (FORMAT csv)",
        new StringReader(events.toString()));
    tickets.setLength(0);
    events.setLength(0);
  }

  /**
   * One ticket of March with {@code count} events: created, a public reply, sometimes a wait for
   * the customer, periodic updates for P1 and P2, internal notes, and a resolution (2% cancelled).
   */
  private static void history(
      String customer,
      int n,
      int count,
      Random random,
      StringBuilder tickets,
      StringBuilder events) {
    String id = customer + "-t" + n;
    Instant created = MARCH.plusSeconds(random.nextLong(MARCH_SECONDS - 86_400));
    int p = random.nextInt(4);
    String priority = "P" + (p + 1);
    String service = SERVICES[random.nextInt(SERVICES.length)];
    Event e = new Event(customer, id, events);
    e.add("created", created, priority, null, null);
    Instant t = created.plusSeconds(60 + random.nextInt(REPLY_WITHIN[p]));
    boolean cancelled = random.nextInt(50) == 0;
    String status = "resolved";
    if (cancelled) {
      e.add("cancelled", t, null, null, null);
      status = "new";
    } else {
      e.add("agent_replied", t, null, null, true);
      if (random.nextInt(3) == 0) {
        t = t.plusSeconds(600 + random.nextInt(7200));
        e.add("status_changed", t, null, "waiting_customer", null);
        t = t.plusSeconds(600 + random.nextInt(86_400));
        e.add("customer_replied", t, null, null, null);
        e.add("status_changed", t, null, "open", null);
      }
      Instant resolved = t.plusSeconds(600 + random.nextInt(RESOLVE_WITHIN[p]));
      int every = p == 0 ? 20 * 60 : p == 1 ? 90 * 60 : Integer.MAX_VALUE / 4;
      for (Instant u = t.plusSeconds(every + random.nextInt(every / 2 + 1));
          u.isBefore(resolved) && e.count < count - 1;
          u = u.plusSeconds(every + random.nextInt(every / 2 + 1))) {
        e.add("agent_replied", u, null, null, true);
      }
      long span = Math.max(1, Duration.between(t, resolved).toSeconds());
      while (e.count < count - 1) {
        e.add("agent_replied", t.plusSeconds(random.nextLong(span)), null, null, false);
      }
      e.add("status_changed", resolved, null, "resolved", null);
    }
    tickets
        .append(id)
        .append(',')
        .append(customer)
        .append(",PSA-")
        .append(n)
        .append(",\"Ticket ")
        .append(n)
        .append("\",")
        .append(service == null ? "" : service)
        .append(',')
        .append(priority)
        .append(',')
        .append(cancelled ? "new" : status)
        .append(',')
        .append(created)
        .append(',')
        .append(cancelled ? t.toString() : "")
        .append(',')
        .append(created)
        .append(",bench,")
        .append(created)
        .append('\n');
  }

  /** The events of one ticket as CSV rows of {@code ticket_event}, in arrival order. */
  private static final class Event {
    final String customer;
    final String ticket;
    final StringBuilder rows;
    int count;

    Event(String customer, String ticket, StringBuilder rows) {
      this.customer = customer;
      this.ticket = ticket;
      this.rows = rows;
    }

    void add(String type, Instant at, String priority, String status, Boolean isPublic) {
      rows.append(ticket)
          .append("-e")
          .append(count++)
          .append(',')
          .append(ticket)
          .append(',')
          .append(customer)
          .append(',')
          .append(type)
          .append(',')
          .append(at)
          .append(',')
          .append(at)
          .append(",bench,")
          .append(priority == null ? "" : priority)
          .append(',')
          .append(status == null ? "" : status)
          .append(',')
          .append(isPublic == null ? "" : isPublic)
          .append('\n');
    }
  }

  private Process serve(String url, Map<String, String> environment, String name)
      throws IOException, InterruptedException {
    int port = freePort();
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
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log(name).toFile());
    builder.environment().put("ACCORDO_DB_URL", url);
    builder.environment().put("ACCORDO_DB_USER", "postgres");
    builder.environment().put("ACCORDO_DB_PASSWORD", "postgres");
    builder.environment().put("ACCORDO_ADMIN_TOKEN", TOKEN);
    builder.environment().putAll(environment);
    Process server = builder.start();
    base = "http://localhost:" + port;
    long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
    while (true) {
      if (!server.isAlive()) {
        throw new IllegalStateException("the server exited; see " + log(name));
      }
      try {
        if (get("/api/v1/customers") == 200) {
          return server;
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("the server did not answer; see " + log(name));
      }
      Thread.sleep(500);
    }
  }

  private Path log(String name) {
    return Path.of(options.getOrDefault("log", "statement-close") + "-" + name + ".log");
  }

  private void post(String path, String type, String body)
      throws IOException, InterruptedException {
    HttpResponse<String> answer =
        http.send(
            HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofMinutes(2))
                .header("Authorization", "Bearer " + TOKEN)
                .header("Content-Type", type)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (answer.statusCode() != 201) {
      throw new IllegalStateException(path + ": " + answer.statusCode() + " " + answer.body());
    }
  }

  private String body(String path) throws IOException, InterruptedException {
    return http.send(
            HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofMinutes(2))
                .header("Authorization", "Bearer " + TOKEN)
                .build(),
            HttpResponse.BodyHandlers.ofString())
        .body();
  }

  private int get(String path) throws IOException, InterruptedException {
    return http.send(
            HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofMinutes(2))
                .header("Authorization", "Bearer " + TOKEN)
                .build(),
            HttpResponse.BodyHandlers.discarding())
        .statusCode();
  }

  private static void await(Connection db, String sql, long expected, Duration within)
      throws SQLException, InterruptedException {
    long deadline = System.nanoTime() + within.toNanos();
    while (true) {
      try (Statement query = db.createStatement();
          ResultSet row = query.executeQuery(sql)) {
        row.next();
        if (row.getLong(1) >= expected) {
          return;
        }
      }
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("not within " + within + ": " + sql);
      }
      Thread.sleep(250);
    }
  }

  /** The CPU time (user + system) the process has used so far, from {@code /proc}. */
  private static double cpuSeconds(Process process) {
    try {
      String stat = Files.readString(Path.of("/proc", String.valueOf(process.pid()), "stat"));
      String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      // utime and stime are fields 14 and 15 of the line, 12 and 13 after the command's name
      return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / 100.0;
    } catch (IOException e) {
      return Double.NaN;
    }
  }

  private static void stop(Process server) throws InterruptedException {
    server.destroy();
    server.waitFor();
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static String loadAverage() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).strip();
    } catch (IOException e) {
      return "unknown";
    }
  }
}
