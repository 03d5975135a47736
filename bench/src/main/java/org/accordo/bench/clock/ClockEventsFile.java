package org.accordo.bench.clock;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.accordo.core.clock.TicketEvent;

/**
 * Writes the input of the CLI throughput run: {@code N} tickets of ten events each as JSON Lines
 * (tickets interleaved in pairs, so the reader must group), and the contract next to it. Usage:
 * {@code java -cp benchmarks.jar org.accordo.bench.clock.ClockEventsFile DIR [TICKETS]}.
 */
public final class ClockEventsFile {

  private ClockEventsFile() {}

  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args[0]);
    int tickets = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
    Files.createDirectories(dir);
    Files.writeString(dir.resolve("contract.yaml"), ClockBenchFixtures.CONTRACT);
    Instant start = Instant.parse("2026-01-05T07:00:00Z");
    try (BufferedWriter out =
        Files.newBufferedWriter(dir.resolve("events.jsonl"), StandardCharsets.UTF_8)) {
      for (int i = 0; i < tickets; i += 2) {
        var a =
            ClockBenchFixtures.ticket(String.format("T%07d", i), start.plusSeconds(i * 131L), "P2");
        var b =
            ClockBenchFixtures.ticket(
                String.format("T%07d", i + 1),
                start.plusSeconds(i * 131L + 7),
                i % 10 == 0 ? "P1" : "P3");
        for (int k = 0; k < a.size(); k++) {
          out.write(json(a.get(k)));
          out.write(json(b.get(k)));
        }
      }
    }
  }

  private static String json(TicketEvent e) {
    StringBuilder s =
        new StringBuilder(120)
            .append("{\"ticket\":\"")
            .append(e.ticket())
            .append("\",\"id\":\"")
            .append(e.id())
            .append("\",\"type\":\"")
            .append(e.type().id())
            .append("\",\"at\":\"")
            .append(e.at())
            .append('"');
    if (e.priority() != null) {
      s.append(",\"priority\":\"").append(e.priority()).append('"');
    }
    if (e.status() != null) {
      s.append(",\"status\":\"").append(e.status().id()).append('"');
    }
    if (e.visibility() != null) {
      s.append(",\"public\":").append(e.isPublicReply());
    }
    return s.append("}\n").toString();
  }
}
