package org.accordo.bench.report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * The end-to-end timing of {@code accordo report}: writes a month (March 2026) of the reference
 * contract with {@code TICKETS} tickets (JSON Lines, 4 to 8 events each) and {@code OUTAGES}
 * outages (CSV), then runs the real command line ({@code java -jar accordo.jar report ... -o
 * report.json}) {@code RUNS} times and prints each wall time, JVM start included. JVM options come
 * from {@code ACCORDO_JAVA_OPTS}, as for the {@code accordo} launcher script.
 *
 * <p>Usage: {@code java -cp bench/target/benchmarks.jar org.accordo.bench.report.PeriodCloseDriver
 * DIR [TICKETS=100000] [OUTAGES=1000] [RUNS=5] [JAR=app/target/accordo.jar]}.
 */
public final class PeriodCloseDriver {

  private static final Instant MARCH = Instant.parse("2026-02-28T23:00:00Z");
  private static final long MARCH_SECONDS = 743L * 3600;
  private static final String[] SERVICES = {"service-desk", "servers", ""};
  private static final String[] CAUSES = {
    "provider", "provider", "customer_caused", "outside_provider_control", "announced_maintenance"
  };

  // Wall-clock seconds within which replies and resolutions come, per priority P1..P4: most clocks
  // are met, as in a real month, and some of the office-hours ones breach over nights and weekends.
  private static final int[] REPLY_WITHIN = {30 * 60, 3 * 3600, 6 * 3600, 12 * 3600};
  private static final int[] RESOLVE_WITHIN = {4 * 3600, 24 * 3600, 3 * 86_400, 6 * 86_400};
  private static final int[] UPDATE_EVERY = {20 * 60, 90 * 60};

  private PeriodCloseDriver() {}

  public static void main(String[] args) throws IOException, InterruptedException {
    Path dir = Path.of(args[0]);
    int tickets = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
    int outages = args.length > 2 ? Integer.parseInt(args[2]) : 1_000;
    int runs = args.length > 3 ? Integer.parseInt(args[3]) : 5;
    Path jar = Path.of(args.length > 4 ? args[4] : "app/target/accordo.jar");
    Files.createDirectories(dir);
    try (InputStream contract =
        PeriodCloseDriver.class.getResourceAsStream("/bench/contract-bianchi.yaml")) {
      Files.write(dir.resolve("contract.yaml"), contract.readAllBytes());
    }
    Random random = new Random(20260301L);
    writeEvents(dir.resolve("events.jsonl"), tickets, random);
    writeOutages(dir.resolve("outages.csv"), outages, random);
    System.out.printf(
        "%d tickets (%d bytes of events), %d outages%n",
        tickets, Files.size(dir.resolve("events.jsonl")), outages);
    List<Long> millis = new ArrayList<>();
    for (int run = 1; run <= runs; run++) {
      List<String> command =
          new ArrayList<>(
              List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
      String options = System.getenv().getOrDefault("ACCORDO_JAVA_OPTS", "").strip();
      if (!options.isEmpty()) {
        command.addAll(List.of(options.split("\\s+")));
      }
      command.addAll(
          List.of(
              "-jar",
              jar.toString(),
              "report",
              "--contract",
              dir.resolve("contract.yaml").toString(),
              "--period",
              "2026-03",
              "--events",
              dir.resolve("events.jsonl").toString(),
              "--outages",
              dir.resolve("outages.csv").toString(),
              "--now",
              "2026-05-01T00:00:00Z",
              "-o",
              dir.resolve("report.json").toString()));
      long start = System.nanoTime();
      Process process = new ProcessBuilder(command).inheritIO().start();
      int exit = process.waitFor();
      long elapsed = Duration.ofNanos(System.nanoTime() - start).toMillis();
      if (exit != 0) {
        throw new IllegalStateException("accordo report exited " + exit);
      }
      millis.add(elapsed);
      System.out.printf("run %d: %d ms%n", run, elapsed);
    }
    Collections.sort(millis);
    System.out.printf(
        "min %d ms, median %d ms, max %d ms%n",
        millis.get(0), millis.get(millis.size() / 2), millis.get(millis.size() - 1));
  }

  private static void writeEvents(Path file, int tickets, Random random) throws IOException {
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (int i = 0; i < tickets; i++) {
        String id = String.format("T%07d", i);
        Instant created = MARCH.plusSeconds(random.nextLong(MARCH_SECONDS - 3600));
        String priority = "P" + (1 + random.nextInt(4));
        String service = SERVICES[random.nextInt(SERVICES.length)];
        out.write(
            event(
                id,
                1,
                "created",
                created,
                ",\"priority\":\""
                    + priority
                    + "\""
                    + (service.isEmpty() ? "" : ",\"service\":\"" + service + "\"")));
        int p = priority.charAt(1) - '1';
        Instant t = created.plusSeconds(60 + random.nextInt(REPLY_WITHIN[p]));
        if (random.nextInt(50) == 0) {
          out.write(event(id, 2, "cancelled", t, ""));
          continue;
        }
        out.write(event(id, 2, "agent_replied", t, ",\"public\":true"));
        int n = 3;
        if (random.nextInt(3) == 0) {
          t = t.plusSeconds(600 + random.nextInt(7200));
          out.write(event(id, n++, "status_changed", t, ",\"status\":\"waiting_customer\""));
          t = t.plusSeconds(600 + random.nextInt(86_400));
          out.write(event(id, n++, "customer_replied", t, ""));
          out.write(event(id, n++, "status_changed", t, ",\"status\":\"open\""));
        }
        Instant resolved = t.plusSeconds(600 + random.nextInt(RESOLVE_WITHIN[p]));
        // P1 and P2 have periodic-update targets (1 h, 4 h of office time): the agent writes to the
        // customer every 20-55 min (P1) or 1.5-3.5 h (P2) of wall time until the resolution
        int every = p < 2 ? UPDATE_EVERY[p] : Integer.MAX_VALUE / 4;
        for (Instant u = t.plusSeconds(every + random.nextInt(every * 3 / 2));
            u.isBefore(resolved);
            u = u.plusSeconds(every + random.nextInt(every * 3 / 2))) {
          out.write(event(id, n++, "agent_replied", u, ",\"public\":true"));
        }
        out.write(event(id, n, "status_changed", resolved, ",\"status\":\"resolved\""));
      }
    }
  }

  private static String event(String ticket, int n, String type, Instant at, String payload) {
    return "{\"ticket\":\""
        + ticket
        + "\",\"id\":\""
        + ticket
        + "-"
        + n
        + "\",\"type\":\""
        + type
        + "\",\"at\":\""
        + at
        + "\""
        + payload
        + "}\n";
  }

  private static void writeOutages(Path file, int outages, Random random) throws IOException {
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write("service,from,to,cause,note\n");
      for (int i = 0; i < outages; i++) {
        Instant from =
            MARCH.minusSeconds(86_400).plusSeconds(random.nextLong(MARCH_SECONDS + 2 * 86_400));
        Instant to = from.plusSeconds(30 + random.nextInt(3600));
        String service = random.nextInt(10) == 0 ? "backup" : "servers";
        out.write(
            service
                + ","
                + from
                + ","
                + to
                + ","
                + CAUSES[random.nextInt(CAUSES.length)]
                + ",\"generated, #"
                + i
                + "\"\n");
      }
    }
  }
}
