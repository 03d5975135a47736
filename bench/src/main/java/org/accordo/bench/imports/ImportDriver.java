package org.accordo.bench.imports;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.BufferedWriter;
import java.io.IOException;
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
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Imports N tickets with ten events each (four from the ticket list: created, first response,
 * resolved, closed; six from the history: replies, a wait for the customer, status changes) from
 * CSV into PostgreSQL through the command line ({@code accordo import --server}), and times it from
 * the command's start to its end (the import completed, clocks rebuilt). Starts an embedded
 * PostgreSQL and {@code accordo serve} with the JVM options given (e.g. {@code -Xmx256m}); the
 * command runs with the same options. Prints when each phase the command reports began, the CPU
 * seconds the command, the server and PostgreSQL spent during the import (Linux's {@code /proc}),
 * and the load average before and after, since the machine may be shared. Not a test: numbers in
 * BENCHMARKS.md.
 *
 * <p>{@code java [-Dimport.serverJvm=OPTIONS] [-Dimport.statements=N] -cp
 * bench/target/benchmarks.jar org.accordo.bench.imports.ImportDriver DIR [TICKETS] [JAR] [JVM
 * OPTIONS]}: {@code import.serverJvm} adds options to the server's JVM only (a flight recording),
 * {@code import.statements} has PostgreSQL count its statements ({@code pg_stat_statements}) and
 * prints the N that took it the longest, {@code import.postgres} sets PostgreSQL's settings ({@code
 * name=value;name=value}, e.g. to log slow plans with {@code auto_explain}).
 */
public final class ImportDriver {

  private static final String TOKEN = "accordo_bench-admin-token-0123456789abcdefghijklmnop";
  private static final Instant START = Instant.parse("2025-01-06T08:00:00Z");

  private ImportDriver() {}

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args.length > 0 ? args[0] : "/tmp/import-bench");
    int tickets = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
    String jar = args.length > 2 ? args[2] : "app/target/accordo.jar";
    String jvm = args.length > 3 ? args[3] : "-Xmx256m";
    String serverJvm = (jvm + " " + System.getProperty("import.serverJvm", "")).trim();
    int statements = Integer.getInteger("import.statements", 0);
    Files.createDirectories(dir);
    Path mapping = dir.resolve("mapping.yaml");
    Files.writeString(mapping, MAPPING);
    Path list = dir.resolve("tickets.csv");
    Path history = dir.resolve("history.csv");
    long events = write(tickets, list, history);
    System.out.printf(
        "%d tickets, %d events; %s %.1f MB, %s %.1f MB%n",
        tickets, events, list, Files.size(list) / 1e6, history, Files.size(history) / 1e6);
    EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
    if (statements > 0) {
      builder.setServerConfig("shared_preload_libraries", "pg_stat_statements");
    }
    for (String setting : System.getProperty("import.postgres", "").split(";")) {
      if (!setting.isBlank()) {
        builder.setServerConfig(
            setting.substring(0, setting.indexOf('=')).trim(),
            setting.substring(setting.indexOf('=') + 1).trim());
      }
    }
    try (EmbeddedPostgres postgres = builder.start()) {
      int port = freePort();
      String url = "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres";
      if (statements > 0) {
        sql(url, "CREATE EXTENSION pg_stat_statements");
      }
      Process server =
          java(
              serverJvm,
              jar,
              List.of("serve", "--port", String.valueOf(port)),
              url,
              dir.resolve("server.log"));
      try {
        String base = "http://localhost:" + port;
        awaitUp(base);
        post(
            base + "/api/v1/customers",
            "application/json",
            "{\"id\": \"bench\", \"name\": \"Bench\", \"time_zone\": \"Europe/Rome\"}");
        post(
            base + "/api/v1/customers/bench/contracts",
            "application/yaml",
            Files.readString(Path.of("examples/contract-bianchi.yaml"))
                .replace(
                    "effective: { from: 2026-01-01, to: 2027-12-31 }",
                    "effective: { from: 2024-01-01 }"));
        ProcessHandle postmaster = postmaster(url);
        if (statements > 0) {
          sql(url, "SELECT pg_stat_statements_reset()");
        }
        String loadBefore = loadAverage();
        Cpu cpuBefore = new Cpu(ownChildren(), cpu(server.toHandle()), cpuTree(postmaster));
        long started = System.nanoTime();
        Process cli =
            java(
                jvm,
                jar,
                List.of(
                    "import",
                    "--mapping",
                    mapping.toString(),
                    "--tickets",
                    list.toString(),
                    "--history",
                    history.toString(),
                    "--server",
                    base,
                    "--token",
                    TOKEN,
                    "--customer",
                    "bench"),
                url,
                null);
        List<String> phases = java.util.Collections.synchronizedList(new ArrayList<>());
        Thread output = follow(cli, dir.resolve("import.log"), started, phases);
        int exit = cli.waitFor();
        output.join();
        double seconds = (System.nanoTime() - started) / 1e9;
        Cpu cpuAfter = new Cpu(ownChildren(), cpu(server.toHandle()), cpuTree(postmaster));
        String loadAfter = loadAverage();
        try (Connection db = DriverManager.getConnection(url, "postgres", "postgres");
            ResultSet rs =
                db.createStatement()
                    .executeQuery(
                        "SELECT (SELECT COUNT(*) FROM ticket), (SELECT COUNT(*) FROM ticket_event),"
                            + " (SELECT COUNT(*) FROM clock), (SELECT COUNT(*) FROM escalation)")) {
          rs.next();
          System.out.printf(
              "import exit %d in %.1f s: %d tickets, %d events, %d clock rows, %d escalations"
                  + " stored (%s)%n",
              exit,
              seconds,
              rs.getLong(1),
              rs.getLong(2),
              rs.getLong(3),
              rs.getLong(4),
              dir.resolve("import.log"));
        }
        System.out.println(
            "phases (seconds from the command's start): " + String.join(", ", phases));
        System.out.printf(
            "CPU seconds: command %.1f, server %.1f, PostgreSQL %.1f; load average before %s,"
                + " after %s%n",
            cpuAfter.command() - cpuBefore.command(),
            cpuAfter.server() - cpuBefore.server(),
            cpuAfter.postgres() - cpuBefore.postgres(),
            loadBefore,
            loadAfter);
        if (statements > 0) {
          printStatements(url, statements);
        }
      } finally {
        server.destroy();
        server.waitFor();
      }
    }
  }

  /** CPU seconds (user and system) of the command, the server and PostgreSQL. */
  private record Cpu(double command, double server, double postgres) {}

  /**
   * Copies the command's output to {@code log} and adds to {@code phases} when each phase it prints
   * began ("name seconds").
   *
   * @return the thread copying, which ends with the output
   */
  private static Thread follow(Process cli, Path log, long started, List<String> phases) {
    java.util.regex.Pattern phase = java.util.regex.Pattern.compile("^import \\S+: (\\S+)$");
    Thread copy =
        new Thread(
            () -> {
              try (java.io.BufferedReader in = cli.inputReader(StandardCharsets.UTF_8);
                  BufferedWriter out = Files.newBufferedWriter(log, StandardCharsets.UTF_8)) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                  java.util.regex.Matcher m = phase.matcher(line);
                  if (m.matches()) {
                    phases.add(
                        String.format("%s %.1f", m.group(1), (System.nanoTime() - started) / 1e9));
                  }
                  out.write(line);
                  out.newLine();
                }
              } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
              }
            });
    copy.start();
    return copy;
  }

  /** The PostgreSQL server process: the parent of a connection's backend. */
  private static ProcessHandle postmaster(String url) throws Exception {
    try (Connection db = DriverManager.getConnection(url, "postgres", "postgres");
        ResultSet rs = db.createStatement().executeQuery("SELECT pg_backend_pid()")) {
      rs.next();
      return ProcessHandle.of(rs.getLong(1)).flatMap(ProcessHandle::parent).orElseThrow();
    }
  }

  /** CPU seconds of this JVM's children that ended and were waited for (Linux). */
  private static double ownChildren() throws IOException {
    long[] t = ticks(ProcessHandle.current().pid());
    return (t[2] + t[3]) / TICKS_PER_SECOND;
  }

  private static double cpu(ProcessHandle process) throws IOException {
    long[] t = ticks(process.pid());
    return (t[0] + t[1]) / TICKS_PER_SECOND;
  }

  /** A process's CPU seconds with those of its children, ended (and waited for) or running. */
  private static double cpuTree(ProcessHandle process) throws IOException {
    long[] t = ticks(process.pid());
    double seconds = (t[0] + t[1] + t[2] + t[3]) / TICKS_PER_SECOND;
    for (ProcessHandle child : process.children().toList()) {
      try {
        seconds += cpu(child);
      } catch (IOException ended) {
        // ended since it was listed: its time is in its parent's
      }
    }
    return seconds;
  }

  /** Linux's clock ticks per second for /proc (USER_HZ). */
  private static final double TICKS_PER_SECOND = 100.0;

  /** utime, stime, cutime, cstime of /proc/PID/stat, in clock ticks. */
  private static long[] ticks(long pid) throws IOException {
    String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
    String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
    return new long[] {
      Long.parseLong(f[11]), Long.parseLong(f[12]), Long.parseLong(f[13]), Long.parseLong(f[14])
    };
  }

  private static String loadAverage() throws IOException {
    String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split(" ");
    return f[0] + " " + f[1] + " " + f[2];
  }

  private static void sql(String url, String statement) throws Exception {
    try (Connection db = DriverManager.getConnection(url, "postgres", "postgres")) {
      db.createStatement().execute(statement);
    }
  }

  /** The statements that took PostgreSQL the longest, with their calls and rows. */
  private static void printStatements(String url, int n) throws Exception {
    try (Connection db = DriverManager.getConnection(url, "postgres", "postgres");
        java.sql.PreparedStatement top =
            db.prepareStatement(
                "SELECT calls, total_exec_time, rows, query FROM pg_stat_statements"
                    + " ORDER BY total_exec_time DESC LIMIT ?")) {
      top.setInt(1, n);
      ResultSet rs = top.executeQuery();
      System.out.println("statements by PostgreSQL's time (ms, calls, rows, statement):");
      while (rs.next()) {
        String query = rs.getString(4).replaceAll("\\s+", " ");
        System.out.printf(
            "%10.0f %8d %9d %s%n",
            rs.getDouble(2),
            rs.getLong(1),
            rs.getLong(3),
            query.length() > 160 ? query.substring(0, 160) : query);
      }
    }
  }

  static final String MAPPING =
      """
      mapping: { source: bench, time_zone: Europe/Rome }
      tickets: { id: id, subject: subject, priority: priority, created: created,
                 first_response: first_response, resolved: resolved, closed: closed }
      history:
        ticket: ticket
        at: at
        rows:
          - when: { kind: status }
            status: value
          - when: { kind: reply }
            event: agent_reply
          - when: { kind: customer }
            event: customer_reply
      statuses: { In Progress: in_progress, Waiting: waiting_customer, Open: open,
                  Resolved: resolved, Closed: closed }
      """;

  /** The two files; ten events a ticket. @return the events */
  private static long write(int tickets, Path list, Path history) throws IOException {
    try (BufferedWriter t = Files.newBufferedWriter(list, StandardCharsets.UTF_8);
        BufferedWriter h = Files.newBufferedWriter(history, StandardCharsets.UTF_8)) {
      t.write("id,subject,priority,created,first_response,resolved,closed\n");
      h.write("ticket,at,kind,value\n");
      for (int i = 0; i < tickets; i++) {
        Instant created = START.plusSeconds(i * 300L); // a ticket every 5 minutes: a year
        String id = "B" + i;
        t.write(
            id
                + ",\"Ticket "
                + i
                + ", bench\",P"
                + (1 + i % 4)
                + ","
                + created
                + ","
                + created.plusSeconds(1200)
                + ","
                + created.plusSeconds(30 * 3600)
                + ","
                + created.plusSeconds(72 * 3600)
                + "\n");
        h.write(id + "," + created.plusSeconds(1200) + ",status,In Progress\n");
        h.write(id + "," + created.plusSeconds(4 * 3600) + ",reply,\n");
        h.write(id + "," + created.plusSeconds(4 * 3600) + ",status,Waiting\n");
        h.write(id + "," + created.plusSeconds(20 * 3600) + ",customer,\n");
        h.write(id + "," + created.plusSeconds(20 * 3600) + ",status,Open\n");
        h.write(id + "," + created.plusSeconds(26 * 3600) + ",reply,\n");
      }
    }
    return tickets * 10L;
  }

  private static Process java(String jvm, String jar, List<String> args, String url, Path log)
      throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(List.of(jvm.trim().split("\\s+")));
    command.addAll(List.of("-jar", jar));
    command.addAll(args);
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    if (log != null) {
      builder.redirectOutput(log.toFile());
    }
    builder.environment().put("ACCORDO_DB_URL", url);
    builder.environment().put("ACCORDO_DB_USER", "postgres");
    builder.environment().put("ACCORDO_DB_PASSWORD", "postgres");
    builder.environment().put("ACCORDO_ADMIN_TOKEN", TOKEN);
    return builder.start();
  }

  private static void awaitUp(String base) throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
    while (Instant.now().isBefore(deadline)) {
      try {
        if (http.send(
                    HttpRequest.newBuilder(URI.create(base + "/actuator/health")).build(),
                    HttpResponse.BodyHandlers.discarding())
                .statusCode()
            == 200) {
          return;
        }
      } catch (IOException starting) {
        // not yet
      }
      Thread.sleep(500);
    }
    throw new IllegalStateException("the server did not start");
  }

  private static void post(String url, String type, String body) throws Exception {
    HttpResponse<String> r =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(url))
                    .header("Authorization", "Bearer " + TOKEN)
                    .header("Content-Type", type)
                    .POST(HttpRequest.BodyPublishers.ofString(body))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() / 100 != 2) {
      throw new IllegalStateException(url + ": " + r.statusCode() + " " + r.body());
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
