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
 * command runs with the same options. Not a test: numbers in BENCHMARKS.md.
 *
 * <p>{@code java -cp bench/target/benchmarks.jar org.accordo.bench.imports.ImportDriver DIR
 * [TICKETS] [JAR] [JVM OPTIONS]}
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
    Files.createDirectories(dir);
    Path mapping = dir.resolve("mapping.yaml");
    Files.writeString(mapping, MAPPING);
    Path list = dir.resolve("tickets.csv");
    Path history = dir.resolve("history.csv");
    long events = write(tickets, list, history);
    System.out.printf(
        "%d tickets, %d events; %s %.1f MB, %s %.1f MB%n",
        tickets, events, list, Files.size(list) / 1e6, history, Files.size(history) / 1e6);
    try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
      int port = freePort();
      String url = "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres";
      Process server =
          java(
              jvm,
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
                dir.resolve("import.log"));
        int exit = cli.waitFor();
        double seconds = (System.nanoTime() - started) / 1e9;
        try (Connection db = DriverManager.getConnection(url, "postgres", "postgres");
            ResultSet rs =
                db.createStatement()
                    .executeQuery(
                        "SELECT (SELECT COUNT(*) FROM ticket), (SELECT COUNT(*) FROM ticket_event),"
                            + " (SELECT COUNT(*) FROM clock)")) {
          rs.next();
          System.out.printf(
              "import exit %d in %.1f s: %d tickets, %d events, %d clock rows stored (%s)%n",
              exit,
              seconds,
              rs.getLong(1),
              rs.getLong(2),
              rs.getLong(3),
              dir.resolve("import.log"));
        }
      } finally {
        server.destroy();
        server.waitFor();
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
    ProcessBuilder builder =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
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
