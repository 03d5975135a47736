package org.accordo.bench.simulation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The end-to-end timing of {@code accordo simulate}: writes {@link SimulationWorkload} ({@code
 * TICKETS} tickets over 2026, {@code OUTAGES} outages, the reference contract and a proposal) into
 * {@code DIR}, then runs the real command line ({@code java -jar accordo.jar simulate ... -o
 * simulation.json}) {@code RUNS} times and prints each wall time, JVM start included. JVM options
 * come from {@code ACCORDO_JAVA_OPTS}, as for the {@code accordo} launcher script.
 *
 * <p>Usage: {@code java -cp bench/target/benchmarks.jar
 * org.accordo.bench.simulation.SimulateCommandDriver DIR [TICKETS=100000] [OUTAGES=1000] [RUNS=3]
 * [JAR=app/target/accordo.jar]}.
 */
public final class SimulateCommandDriver {

  private SimulateCommandDriver() {}

  public static void main(String[] args) throws IOException, InterruptedException {
    Path dir = Path.of(args[0]);
    int tickets = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
    int outages = args.length > 2 ? Integer.parseInt(args[2]) : 1_000;
    int runs = args.length > 3 ? Integer.parseInt(args[3]) : 3;
    Path jar = Path.of(args.length > 4 ? args[4] : "app/target/accordo.jar");
    SimulationWorkload workload = new SimulationWorkload(tickets, outages);
    workload.write(dir);
    long events = workload.tickets.stream().mapToLong(t -> t.events().size()).sum();
    System.out.printf(
        "%d tickets, %d events (%d bytes), %d outages%n",
        tickets, events, Files.size(dir.resolve("events.jsonl")), outages);
    List<Long> millis = new ArrayList<>();
    for (int run = 1; run <= runs; run++) {
      long elapsed = run(dir, jar);
      millis.add(elapsed);
      System.out.printf("run %d: %d ms%n", run, elapsed);
    }
    Collections.sort(millis);
    System.out.printf(
        "min %d ms, median %d ms, max %d ms; output %d bytes%n",
        millis.get(0),
        millis.get(millis.size() / 2),
        millis.get(millis.size() - 1),
        Files.size(dir.resolve("simulation.json")));
  }

  private static long run(Path dir, Path jar) throws IOException, InterruptedException {
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
            "simulate",
            "--events",
            dir.resolve("events.jsonl").toString(),
            "--contract",
            dir.resolve("current.yaml").toString(),
            "--proposed",
            dir.resolve("proposed.yaml").toString(),
            "--outages",
            dir.resolve("outages.csv").toString(),
            "--today",
            "2026-06-01",
            "-o",
            dir.resolve("simulation.json").toString()));
    long start = System.nanoTime();
    Process process = new ProcessBuilder(command).inheritIO().start();
    int exit = process.waitFor();
    if (exit != 0) {
      throw new IllegalStateException("accordo simulate exited " + exit);
    }
    return Duration.ofNanos(System.nanoTime() - start).toMillis();
  }
}
