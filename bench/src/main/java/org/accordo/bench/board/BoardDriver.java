package org.accordo.bench.board;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.CookieManager;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The SLA board with many open tickets on PostgreSQL (issue 14; not a timed test: numbers go to
 * BENCHMARKS.md). Starts an embedded PostgreSQL and {@code java -jar app/target/accordo.jar serve}
 * on it with {@code ACCORDO_ADMIN_EMAIL}, waits for its schema, then writes {@code --tickets} open
 * tickets straight into the tables (50 customers; each ticket with a running first-response and
 * resolution clock due between two hours ago and three days ahead; a breach recorded this month for
 * one ticket in twenty) — the rows the clocks module writes, much faster than the API would. It
 * sets the admin's password through the printed one-time link, signs in, and asks {@code /board}
 * and {@code /board/live} ({@code --requests} times each after {@code --warmup}), printing the
 * latency percentiles as the client measured them on the loopback (an upper bound of the server's
 * time) and the bytes of the page.
 *
 * <p>With {@code --portal-tickets N} it also writes one more customer ({@code bench-portal}) with
 * {@code N} open tickets (their two clocks as above) and {@code N / 20} tickets resolved this
 * month, and that customer's user (an {@code app_user} row and a one-time link whose token the
 * driver chose, as an admin's invitation would make), signs that user in with a second client and
 * asks the portal's home {@code /portal} and its live fragment {@code /portal/live}. {@code --board
 * false} skips the board's pages.
 *
 * <p>Usage: {@code java -cp bench/target/benchmarks.jar org.accordo.bench.board.BoardDriver
 * [--tickets 100000] [--portal-tickets 0] [--board true] [--requests 300] [--warmup 50] [--jar
 * app/target/accordo.jar] [--log board-server.log] [--jvm "SERVER JVM OPTIONS"] [--statements N]}.
 * {@code --jvm} passes options to the server's JVM (a flight recording, to see where a page's time
 * goes); {@code --statements N} prints, after each measured page, the N statements PostgreSQL spent
 * most time on during its requests ({@code pg_stat_statements}).
 */
public final class BoardDriver {

  private static final Pattern LINK = Pattern.compile("(http://\\S+/password\\?token=\\S+)");
  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
  private static final String ADMIN = "bench-admin@example.com";
  private static final String PORTAL_USER = "bench-portal@example.com";
  private static final String PORTAL_CUSTOMER = "bench-portal";
  private static final String PORTAL_TOKEN = "bench-portal-link-token-0123456789abcdefghijklm";
  private static final String SMALL_USER = "bench-small@example.com";
  private static final String SMALL_CUSTOMER = "bench-7";
  private static final String SMALL_TOKEN = "bench-small-link-token-0123456789abcdefghijklmn";
  private static final String PASSWORD = "a password for the bench";
  private static final int CUSTOMERS = 50;
  private static final String TOKEN = "accordo_bench-admin-token-0123456789abcdefghijklmnop";
  private static final Pattern QUANTILE = Pattern.compile("quantile=\"([0-9.]+)\"");

  private final HttpClient http =
      HttpClient.newBuilder()
          .cookieHandler(new CookieManager())
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();
  private final String base;
  private final String statementsOf;
  private final int statements;

  /**
   * @param statementsOf the database's JDBC URL when the statements of each page are printed, else
   *     null
   * @param statements how many of them (the costliest first)
   */
  private BoardDriver(String base, String statementsOf, int statements) {
    this.base = base;
    this.statementsOf = statementsOf;
    this.statements = statements;
  }

  public static void main(String[] args) throws Exception {
    Map<String, String> options = new HashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
    }
    int tickets = Integer.parseInt(options.getOrDefault("tickets", "100000"));
    int requests = Integer.parseInt(options.getOrDefault("requests", "300"));
    int warmup = Integer.parseInt(options.getOrDefault("warmup", "50"));
    int portalTickets = Integer.parseInt(options.getOrDefault("portal-tickets", "0"));
    boolean board = Boolean.parseBoolean(options.getOrDefault("board", "true"));
    System.out.printf("load average at start: %s%n", loadAverage());
    int statements = Integer.parseInt(options.getOrDefault("statements", "0"));
    EmbeddedPostgres.Builder postgresBuilder = EmbeddedPostgres.builder();
    if (statements > 0) {
      postgresBuilder.setServerConfig("shared_preload_libraries", "pg_stat_statements");
    }
    try (EmbeddedPostgres postgres = postgresBuilder.start()) {
      int port = freePort();
      Path log = Path.of(options.getOrDefault("log", "board-server.log"));
      String jdbc = "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres";
      List<String> command = new ArrayList<>();
      command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
      if (options.containsKey("jvm")) {
        // e.g. a flight recording of the server: -XX:StartFlightRecording=settings=profile,...
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
      builder.environment().put("ACCORDO_DB_URL", jdbc);
      builder.environment().put("ACCORDO_DB_USER", "postgres");
      builder.environment().put("ACCORDO_DB_PASSWORD", "postgres");
      builder.environment().put("ACCORDO_ADMIN_EMAIL", ADMIN);
      builder.environment().put("ACCORDO_ADMIN_TOKEN", TOKEN);
      // the server's own time of each request, as percentiles of its request metric
      builder
          .environment()
          .put("MANAGEMENT_METRICS_DISTRIBUTION_PERCENTILES_HTTP_SERVER_REQUESTS", "0.5,0.99");
      builder.environment().put("ACCORDO_BASE_URL", "http://localhost:" + port);
      Process server = builder.start();
      try {
        String link = awaitLink(server, log);
        try (Connection db = DriverManager.getConnection(jdbc, "postgres", "postgres")) {
          long started = System.nanoTime();
          Instant now = Instant.now();
          seed(db, tickets, portalTickets, now);
          if (statements > 0) {
            try (var extension = db.createStatement()) {
              extension.execute("CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
            }
          }
          System.out.printf(
              "seeded %d open tickets (%d clocks) in %.1f s%n",
              tickets + portalTickets,
              2L * (tickets + portalTickets),
              (System.nanoTime() - started) / 1e9);
          if (options.containsKey("explain")) {
            if (board) {
              explain(db);
            }
            if (portalTickets > 0) {
              explainPortal(db, now);
            }
          }
        }
        String base = "http://localhost:" + port;
        if (board) {
          BoardDriver driver = new BoardDriver(base, statements > 0 ? jdbc : null, statements);
          driver.signIn(link, ADMIN);
          driver.measure("/board", warmup, requests);
          driver.measure("/board?within=4", warmup, requests);
          driver.measure("/board?customer=bench-7&metric=resolution", warmup, requests);
          driver.measure("/board?page=100", warmup, requests);
          driver.measure("/board/live", warmup, requests);
          // the first page again: how much of the difference between runs is the machine's load
          driver.measure("/board", warmup, requests);
        }
        if (portalTickets > 0) {
          BoardDriver customer = new BoardDriver(base, statements > 0 ? jdbc : null, statements);
          customer.signIn(base + "/password?token=" + PORTAL_TOKEN, PORTAL_USER);
          customer.measure("/portal", warmup, requests);
          customer.measure("/portal/live", warmup, requests);
          customer.measure("/portal", warmup, requests);
          if (tickets > 0) {
            // one of the board's 50 customers: its clocks are few among everyone's
            BoardDriver small = new BoardDriver(base, statements > 0 ? jdbc : null, statements);
            small.signIn(base + "/password?token=" + SMALL_TOKEN, SMALL_USER);
            small.measure("/portal", warmup, requests);
            small.measure("/portal/live", warmup, requests);
          }
        }
      } finally {
        server.destroy();
        server.waitFor();
      }
    }
    System.out.printf("load average at end: %s%n", loadAverage());
  }

  /**
   * Writes customers, open tickets, their two running clocks and some breaches this month; then the
   * portal's customer, its open and resolved tickets and its user.
   */
  private static void seed(Connection db, int tickets, int portalTickets, Instant now)
      throws SQLException {
    db.setAutoCommit(false);
    Timestamp at = Timestamp.from(now);
    seedCustomers(db, at);
    seedOpen(db, tickets, "bench-t-", i -> "bench-" + (i % CUSTOMERS), now);
    if (portalTickets > 0) {
      seedPortal(db, portalTickets, now);
      if (tickets > 0) {
        seedUser(db, "u-bench-small", SMALL_USER, SMALL_CUSTOMER, SMALL_TOKEN, now);
      }
    }
    db.commit();
    // as a database that has lived with these rows: vacuumed (hint bits, visibility map) and
    // analyzed, not read for the first time by the measured requests
    db.setAutoCommit(true);
    try (var vacuum = db.createStatement()) {
      vacuum.execute("VACUUM ANALYZE");
    }
  }

  private static void seedCustomers(Connection db, Timestamp at) throws SQLException {
    try (PreparedStatement customer =
        db.prepareStatement(
            "INSERT INTO customer (id, name, created_at, time_zone) VALUES (?, ?, ?, 'Europe/Rome')")) {
      for (int c = 0; c < CUSTOMERS; c++) {
        customer.setString(1, "bench-" + c);
        customer.setString(2, "Customer " + c + " Srl");
        customer.setTimestamp(3, at);
        customer.addBatch();
      }
      customer.executeBatch();
    }
  }

  /** {@code count} open tickets with two running clocks each, one in twenty breached this month. */
  private static void seedOpen(
      Connection db,
      int count,
      String prefix,
      java.util.function.IntFunction<String> customerOf,
      Instant now)
      throws SQLException {
    Timestamp at = Timestamp.from(now);
    Random random = new Random(20261204L);
    try (PreparedStatement ticket =
            db.prepareStatement(
                """
                INSERT INTO ticket (id, customer_id, external_id, subject, priority, status, opened_at,
                                    created_at, created_by, updated_at)
                VALUES (?, ?, ?, ?, ?, 'open', ?, ?, 'bench', ?)""");
        PreparedStatement clock =
            db.prepareStatement(
                """
                INSERT INTO clock (ticket_id, metric, cycle, customer_id, priority, calendar, state,
                                   started_at, due_at, target_seconds, elapsed_seconds, paused_seconds,
                                   remaining_seconds, computed_at, escalations, timeline)
                VALUES (?, ?, 0, ?, ?, 'always', ?, ?, ?, ?, 0, 0, 0, ?, ?, '[]')""");
        PreparedStatement breach =
            db.prepareStatement(
                """
                INSERT INTO escalation (id, ticket_id, customer_id, metric, cycle, kind, at_fraction,
                                        priority, occurred_at, recorded_at)
                VALUES (?, ?, ?, 'first_response', 0, 'breach', 1, ?, ?, ?)""")) {
      for (int i = 0; i < count; i++) {
        String id = prefix + i;
        String customer = customerOf.apply(i);
        String priority = "P" + (1 + random.nextInt(4));
        Instant opened = now.minusSeconds(random.nextInt(3600 * 8));
        ticket.setString(1, id);
        ticket.setString(2, customer);
        ticket.setString(3, "INC-" + (100000 + i));
        ticket.setString(4, "Ticket " + i + ": printer offline on the second floor");
        ticket.setString(5, priority);
        ticket.setTimestamp(6, Timestamp.from(opened));
        ticket.setTimestamp(7, Timestamp.from(opened));
        ticket.setTimestamp(8, at);
        ticket.addBatch();
        for (String metric : List.of("first_response", "resolution")) {
          long target = metric.equals("first_response") ? 4 * 3600 : 40 * 3600;
          Instant due = now.plusSeconds(random.nextInt(3600 * 74) - 7200);
          Instant threshold = due.minusSeconds(target / 4);
          clock.setString(1, id);
          clock.setString(2, metric);
          clock.setString(3, customer);
          clock.setString(4, priority);
          clock.setString(5, due.isBefore(now) ? "breached" : "running");
          clock.setTimestamp(6, Timestamp.from(opened));
          clock.setTimestamp(7, Timestamp.from(due));
          clock.setLong(8, target);
          clock.setTimestamp(9, at);
          clock.setString(
              10,
              "[{\"at_fraction\":0.75,\"level\":\"L1\",\"crossed_at\":null,\"expected_at\":\""
                  + threshold
                  + "\"},{\"at_fraction\":1.0,\"level\":\"L2\",\"crossed_at\":null,\"expected_at\":\""
                  + due
                  + "\"}]");
          clock.addBatch();
        }
        if (i % 20 == 0) {
          breach.setString(1, prefix + "e-" + i);
          breach.setString(2, id);
          breach.setString(3, customer);
          breach.setString(4, priority);
          breach.setTimestamp(5, at);
          breach.setTimestamp(6, at);
          breach.addBatch();
        }
        if (i % 5000 == 4999) {
          ticket.executeBatch();
          clock.executeBatch();
          breach.executeBatch();
        }
      }
      ticket.executeBatch();
      clock.executeBatch();
      breach.executeBatch();
    }
  }

  /**
   * The portal's customer with {@code count} open tickets and {@code count / 20} resolved this
   * month (updated in the last days), and its user with a one-time link of a known token.
   */
  private static void seedPortal(Connection db, int count, Instant now) throws SQLException {
    Timestamp at = Timestamp.from(now);
    try (PreparedStatement customer =
        db.prepareStatement(
            "INSERT INTO customer (id, name, created_at, time_zone) VALUES (?, 'Portale Srl', ?, 'Europe/Rome')")) {
      customer.setString(1, PORTAL_CUSTOMER);
      customer.setTimestamp(2, at);
      customer.executeUpdate();
    }
    seedOpen(db, count, "bench-p-", i -> PORTAL_CUSTOMER, now);
    Instant monthStart =
        now.atZone(java.time.ZoneId.of("Europe/Rome"))
            .withDayOfMonth(1)
            .toLocalDate()
            .atStartOfDay(java.time.ZoneId.of("Europe/Rome"))
            .toInstant();
    long span = Math.max(1, Duration.between(monthStart, now).toSeconds());
    Random random = new Random(20261205L);
    try (PreparedStatement ticket =
        db.prepareStatement(
            """
            INSERT INTO ticket (id, customer_id, external_id, subject, priority, status, opened_at,
                                created_at, created_by, updated_at)
            VALUES (?, ?, ?, ?, 'P3', 'resolved', ?, ?, 'bench', ?)""")) {
      for (int i = 0; i < count / 20; i++) {
        Instant updated = monthStart.plusSeconds((long) (random.nextDouble() * span));
        Timestamp opened = Timestamp.from(updated.minusSeconds(3600 * 30));
        ticket.setString(1, "bench-r-" + i);
        ticket.setString(2, PORTAL_CUSTOMER);
        ticket.setString(3, "REQ-" + (100000 + i));
        ticket.setString(4, "Request " + i + ": a new mailbox for the accounts office");
        ticket.setTimestamp(5, opened);
        ticket.setTimestamp(6, opened);
        ticket.setTimestamp(7, Timestamp.from(updated));
        ticket.addBatch();
        if (i % 5000 == 4999) {
          ticket.executeBatch();
        }
      }
      ticket.executeBatch();
    }
    seedUser(db, "u-bench-portal", PORTAL_USER, PORTAL_CUSTOMER, PORTAL_TOKEN, now);
  }

  /** A customer's user without a password, and an invitation link of {@code token}. */
  private static void seedUser(
      Connection db, String id, String email, String customer, String token, Instant now)
      throws SQLException {
    Timestamp at = Timestamp.from(now);
    try (PreparedStatement user =
            db.prepareStatement(
                """
                INSERT INTO app_user (id, email, email_key, name, role, customer_id, language,
                                      time_zone, enabled, password_hash, password_changed_at,
                                      created_at, created_by, updated_at)
                VALUES (?, ?, ?, 'Portal bench', 'customer', ?, 'it',
                        'Europe/Rome', TRUE, NULL, NULL, ?, 'bench', ?)""");
        PreparedStatement link =
            db.prepareStatement(
                """
                INSERT INTO user_link (token_hash, user_id, purpose, created_at, expires_at, used_at)
                VALUES (?, ?, 'invitation', ?, ?, NULL)""")) {
      user.setString(1, id);
      user.setString(2, email);
      user.setString(3, email);
      user.setString(4, customer);
      user.setTimestamp(5, at);
      user.setTimestamp(6, at);
      user.executeUpdate();
      link.setString(1, sha256(token));
      link.setString(2, id);
      link.setTimestamp(3, at);
      link.setTimestamp(4, Timestamp.from(now.plus(Duration.ofDays(1))));
      link.executeUpdate();
    }
  }

  /** The hex SHA-256 of a link's token, as {@code user_link} stores it. */
  private static String sha256(String token) {
    try {
      return java.util.HexFormat.of()
          .formatHex(
              java.security.MessageDigest.getInstance("SHA-256")
                  .digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  /** The plans PostgreSQL chooses for the board's query, custom and generic (prepared). */
  private static void explain(Connection db) throws SQLException {
    try (var sql = db.createStatement()) {
      sql.execute(
          """
          PREPARE board(timestamptz, varchar, varchar, varchar, bigint, bigint) AS
          SELECT ticket_id, metric, cycle, customer_id, priority, state, due_at, escalations
            FROM clock
           WHERE stopped_at IS NULL AND due_at <= $1 AND state IN ('running', 'breached')
             AND (CAST($2 AS VARCHAR(64)) IS NULL OR customer_id = $2)
             AND (CAST($3 AS VARCHAR(32)) IS NULL OR priority = $3)
             AND (CAST($4 AS VARCHAR(32)) IS NULL OR metric = $4)
           ORDER BY stopped_at, due_at, ticket_id, metric, cycle
          OFFSET $5 ROWS FETCH FIRST $6 ROWS ONLY""");
      for (String mode : List.of("force_custom_plan", "force_generic_plan")) {
        sql.execute("SET plan_cache_mode = " + mode);
        System.out.println("-- " + mode);
        try (var plan =
            sql.executeQuery(
                "EXPLAIN ANALYZE EXECUTE board('9999-12-31', NULL, NULL, NULL, 0, 51)")) {
          while (plan.next()) {
            System.out.println(plan.getString(1));
          }
        }
      }
      sql.execute("RESET plan_cache_mode");
      sql.execute("DEALLOCATE board");
    }
    // the same query as the server sends it through JDBC (server-side prepared after 5 uses)
    String board =
        """
        SELECT ticket_id, metric, cycle, customer_id, priority, state, due_at, escalations
          FROM clock
         WHERE stopped_at IS NULL AND due_at <= ? AND state IN ('running', 'breached')
           AND (CAST(? AS VARCHAR(64)) IS NULL OR customer_id = ?)
           AND (CAST(? AS VARCHAR(32)) IS NULL OR priority = ?)
           AND (CAST(? AS VARCHAR(32)) IS NULL OR metric = ?)
         ORDER BY stopped_at, due_at, ticket_id, metric, cycle
        OFFSET ? ROWS FETCH FIRST ? ROWS ONLY""";
    for (String bound :
        List.of("9999-12-31T00:00:00Z", Instant.now().plusSeconds(4 * 3600).toString())) {
      try (PreparedStatement query = db.prepareStatement(board)) {
        long total = 0;
        for (int i = 0; i < 40; i++) {
          query.setObject(1, java.time.OffsetDateTime.parse(bound.replace("Z", "+00:00")));
          for (int p = 2; p <= 7; p++) {
            query.setNull(p, java.sql.Types.VARCHAR);
          }
          query.setLong(8, 0);
          query.setLong(9, 51);
          long start = System.nanoTime();
          try (var rows = query.executeQuery()) {
            while (rows.next()) {
              rows.getString(8);
            }
          }
          total += i >= 10 ? System.nanoTime() - start : 0;
        }
        System.out.printf(
            "board query, due bound %s: %.2f ms on average%n", bound, total / 30 / 1e6);
      }
    }
  }

  /**
   * The plans of the portal's two queries as the server sends them: a customer's counting clocks
   * (for the portal's big customer and for one of the board's 50 small ones, custom and generic
   * plans) and its tickets closed this month.
   */
  private static void explainPortal(Connection db, Instant now) throws SQLException {
    try (var sql = db.createStatement()) {
      sql.execute(
          """
          PREPARE portal(timestamptz, varchar, varchar, varchar, bigint, bigint) AS
          SELECT ticket_id, metric, cycle, customer_id, priority, state, due_at, escalations
            FROM clock
           WHERE customer_id = $2
             AND stopped_at IS NULL AND due_at <= $1 AND state IN ('running', 'breached')
             AND (CAST($3 AS VARCHAR(32)) IS NULL OR priority = $3)
             AND (CAST($4 AS VARCHAR(32)) IS NULL OR metric = $4)
           ORDER BY stopped_at, due_at, ticket_id, metric, cycle
          OFFSET $5 ROWS FETCH FIRST $6 ROWS ONLY""");
      for (String customer : List.of(PORTAL_CUSTOMER, "bench-7")) {
        for (String mode : List.of("force_custom_plan", "force_generic_plan")) {
          sql.execute("SET plan_cache_mode = " + mode);
          System.out.println("-- portal clocks of " + customer + ", " + mode);
          print(
              sql,
              "EXPLAIN ANALYZE EXECUTE portal('9999-12-31', '"
                  + customer
                  + "', NULL, NULL, 0, 101)");
        }
      }
      sql.execute("RESET plan_cache_mode");
      sql.execute("DEALLOCATE portal");
      // the server's statement (TicketRepository.CLOSED_BETWEEN), prepared as the server's driver
      // prepares it: custom and generic plans
      String columns =
          "id, customer_id, external_id, subject, service, priority, status, opened_at,"
              + " cancelled_at, created_at, created_by, updated_at";
      String branch =
          "SELECT "
              + columns
              + " FROM ticket WHERE customer_id = $1 AND status = '%s'"
              + " AND updated_at >= $2 AND updated_at < $3"
              + " ORDER BY updated_at DESC FETCH FIRST $4 ROWS WITH TIES";
      sql.execute(
          "PREPARE closed(varchar, timestamptz, timestamptz, bigint) AS SELECT "
              + columns
              + " FROM (("
              + branch.formatted("resolved")
              + ") UNION ALL ("
              + branch.formatted("closed")
              + ")) latest ORDER BY updated_at DESC, id FETCH FIRST $4 ROWS ONLY");
      for (String mode : List.of("force_custom_plan", "force_generic_plan")) {
        sql.execute("SET plan_cache_mode = " + mode);
        System.out.println("-- portal closed this month, " + mode);
        print(
            sql,
            "EXPLAIN ANALYZE EXECUTE closed('"
                + PORTAL_CUSTOMER
                + "', '"
                + now.minus(Duration.ofDays(31))
                + "', '"
                + now.plus(Duration.ofDays(1))
                + "', 100)");
      }
      sql.execute("RESET plan_cache_mode");
      sql.execute("DEALLOCATE closed");
    }
  }

  private static void print(java.sql.Statement sql, String query) throws SQLException {
    try (var plan = sql.executeQuery(query)) {
      while (plan.next()) {
        System.out.println(plan.getString(1));
      }
    }
  }

  private void signIn(String link, String email) throws Exception {
    String path = link.substring(link.indexOf("/password"));
    String token = path.substring(path.indexOf("token=") + 6);
    String form = get(path).body();
    post("/password", Map.of("token", token, "password", PASSWORD, "repeat", PASSWORD), form);
    String login = get("/login").body();
    HttpResponse<String> signedIn =
        post("/login", Map.of("email", email, "password", PASSWORD), login);
    String location = signedIn.headers().firstValue("Location").orElse("");
    if (location.contains("failed") || location.contains("throttled")) {
      throw new IllegalStateException("could not sign in: " + location);
    }
  }

  private void measure(String path, int warmup, int requests) throws Exception {
    for (int i = 0; i < warmup; i++) {
      check(get(path), path);
    }
    resetStatements();
    long[] nanos = new long[requests];
    long bytes = 0;
    for (int i = 0; i < requests; i++) {
      long start = System.nanoTime();
      HttpResponse<String> answer = get(path);
      nanos[i] = System.nanoTime() - start;
      check(answer, path);
      bytes = answer.body().getBytes(StandardCharsets.UTF_8).length;
    }
    Arrays.sort(nanos);
    if (!path.contains("?")) {
      // the metric is per handler, filters mixed: only the unfiltered pages are read from it
      System.out.printf("%-45s server: %s%n", path, serverPercentiles(path));
    }
    System.out.printf(
        "%-45s client: %d requests: p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms; %,d bytes%n",
        path,
        requests,
        percentile(nanos, 0.50),
        percentile(nanos, 0.90),
        percentile(nanos, 0.99),
        nanos[nanos.length - 1] / 1e6,
        bytes);
    printStatements(path);
  }

  private void resetStatements() throws SQLException {
    if (statementsOf == null) {
      return;
    }
    try (Connection db = DriverManager.getConnection(statementsOf, "postgres", "postgres");
        var reset = db.createStatement()) {
      reset.execute("SELECT pg_stat_statements_reset()");
    }
  }

  /**
   * PostgreSQL's own time of the statements the measured requests of {@code path} ran (the session
   * store's among them), the costliest first: calls, mean and total milliseconds.
   */
  private void printStatements(String path) throws SQLException {
    if (statementsOf == null) {
      return;
    }
    try (Connection db = DriverManager.getConnection(statementsOf, "postgres", "postgres");
        PreparedStatement top =
            db.prepareStatement(
                "SELECT calls, mean_exec_time, total_exec_time, query FROM pg_stat_statements"
                    + " WHERE query NOT LIKE '%pg_stat_statements%'"
                    + " ORDER BY total_exec_time DESC LIMIT ?")) {
      top.setInt(1, statements);
      try (var rows = top.executeQuery()) {
        System.out.printf("%s: statements by PostgreSQL's time (calls, mean ms, total ms)%n", path);
        while (rows.next()) {
          String query = rows.getString(4).replaceAll("\\s+", " ");
          System.out.printf(
              "  %6d %8.3f %9.1f %s%n",
              rows.getLong(1),
              rows.getDouble(2),
              rows.getDouble(3),
              query.length() > 140 ? query.substring(0, 140) : query);
        }
      }
    }
  }

  /**
   * The server's p50 and p99 of the requests of {@code path}'s handler (Micrometer's percentiles of
   * {@code http.server.requests} over its last two minutes, read from {@code
   * /actuator/prometheus}).
   */
  private String serverPercentiles(String path) throws Exception {
    String uri = path;
    String metrics =
        http.send(
                HttpRequest.newBuilder(URI.create(base + "/actuator/prometheus"))
                    .header("Authorization", "Bearer " + TOKEN)
                    .GET()
                    .build(),
                HttpResponse.BodyHandlers.ofString())
            .body();
    StringBuilder found = new StringBuilder();
    for (String line : metrics.lines().toList()) {
      Matcher quantile = QUANTILE.matcher(line);
      if (line.startsWith("http_server_requests_seconds{")
          && line.contains("uri=\"" + uri + "\"")
          && line.contains("status=\"200\"")
          && quantile.find()) {
        double seconds = Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
        found.append(
            String.format(
                "p%s %.1f ms ", quantile.group(1).equals("0.5") ? "50" : "99", seconds * 1000));
      }
    }
    return found.isEmpty() ? "(not found)" : found.toString().strip();
  }

  private static void check(HttpResponse<String> answer, String path) {
    if (answer.statusCode() != 200 || !answer.body().contains("data-ticket=")) {
      throw new IllegalStateException(path + " answered " + answer.statusCode());
    }
  }

  private static double percentile(long[] sorted, double p) {
    return sorted[(int) Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] / 1e6;
  }

  private HttpResponse<String> get(String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> post(String path, Map<String, String> fields, String formPage)
      throws Exception {
    Matcher csrf = CSRF.matcher(formPage);
    if (!csrf.find()) {
      throw new IllegalStateException("no CSRF token on the page before " + path);
    }
    Map<String, String> all = new HashMap<>(fields);
    all.put("_csrf", csrf.group(1));
    List<String> pairs = new ArrayList<>();
    all.forEach(
        (k, v) ->
            pairs.add(
                URLEncoder.encode(k, StandardCharsets.UTF_8)
                    + "="
                    + URLEncoder.encode(v, StandardCharsets.UTF_8)));
    return http.send(
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(String.join("&", pairs)))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** Waits for the server to print the first admin's one-time link (it is up then). */
  private static String awaitLink(Process server, Path log) throws Exception {
    long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
    while (System.nanoTime() < deadline) {
      if (!server.isAlive()) {
        throw new IllegalStateException("the server stopped; see " + log);
      }
      if (Files.exists(log)) {
        String text = Files.readString(log);
        Matcher link = LINK.matcher(text);
        if (link.find() && text.contains("Accordo is running")) {
          return link.group(1);
        }
      }
      Thread.sleep(500);
    }
    throw new IllegalStateException("the server did not start within 3 minutes; see " + log);
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
