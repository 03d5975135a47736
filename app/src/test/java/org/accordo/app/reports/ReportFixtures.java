package org.accordo.app.reports;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.accordo.app.cli.EventsJsonl;
import org.accordo.core.availability.Outage;
import org.accordo.core.clock.TicketEvent;
import org.accordo.core.contract.Contract;
import org.accordo.core.contract.ContractLoader;
import org.accordo.core.contract.Service;
import org.accordo.core.report.ContractClose;
import org.accordo.core.report.PeriodRecords;
import org.accordo.core.report.PeriodReport;
import org.accordo.core.report.RcaFact;
import org.accordo.core.report.ServiceCoverage;
import org.accordo.core.report.TicketHistory;
import org.accordo.core.report.TicketReference;

/**
 * March 2026 of the reference contract with the golden ticket histories, closed on 20 November, as
 * a PSA would name the tickets: numbers and subjects, among them the hard cases for a page (a
 * subject of two lines, markup characters, a ticket whose number is a 36-character UUID and that
 * has no subject) and an outage note of a paragraph with a word of 64 characters.
 */
public final class ReportFixtures {

  static final Instant NOW = Instant.parse("2026-11-20T10:17:00Z");

  /** The ticket named by a UUID: it has breaches, an exclusion and an open clock in March. */
  static final String UUID_TICKET = "T00100";

  static final String UUID_NUMBER = "3f9c2d1e-8b7a-4c65-9e21-0d4f6a8b7c13";

  static final String LONG_SUBJECT =
      "Mail to the accounting department's shared mailbox bounces with 550 5.7.1 since the"
          + " firewall firmware update of the weekend, and the scanner on the second floor cannot"
          + " deliver to it either";

  private static final List<String> SUBJECTS =
      List.of(
          "VPN refuses logins",
          LONG_SUBJECT,
          "Printer <HP-4> & scanner \"jammed\"",
          "New starter: laptop and accounts",
          "Backup job failed twice");

  private ReportFixtures() {}

  public static Contract contract() {
    return ContractLoader.load(read("examples/contract-bianchi.yaml"), "contract-bianchi.yaml")
        .orThrow();
  }

  /** The month's report, closed at {@link #NOW}. */
  public static PeriodReport march() {
    Contract contract = contract();
    return ContractClose.close(
        contract,
        ContractClose.period(contract, YearMonth.of(2026, 3)),
        tickets(),
        outages(contract),
        NOW);
  }

  /**
   * The month's report with the server's records, closed at {@link #NOW}: {@code service-desk}
   * measured by monitors for 700 h (2 h down), {@code servers} by recorded outages only; an RCA of
   * the UUID-numbered ticket and the one with a long subject open at the end and late, and one
   * delivered on time.
   */
  public static PeriodReport marchWithRecords() {
    Contract contract = contract();
    List<RcaFact> rcas =
        List.of(
            new RcaFact(
                "rca-open",
                List.of(UUID_TICKET, "T00026"),
                "P1",
                Instant.parse("2026-03-03T10:00:00Z"),
                Instant.parse("2026-03-10T10:00:00Z"),
                Optional.empty()),
            new RcaFact(
                "rca-delivered",
                List.of("T00012"),
                "P2",
                Instant.parse("2026-03-12T10:00:00Z"),
                Instant.parse("2026-03-19T10:00:00Z"),
                Optional.of(Instant.parse("2026-03-18T16:30:00Z"))));
    ServiceCoverage desk =
        new ServiceCoverage(
            "service-desk", Duration.ofHours(700), Duration.ofHours(2), Duration.ofHours(43));
    return ContractClose.close(
        contract,
        ContractClose.period(contract, YearMonth.of(2026, 3)),
        tickets(),
        outages(contract),
        new PeriodRecords(List.of(desk), rcas),
        NOW);
  }

  /** How the fixtures name a ticket of the golden file. */
  static TicketReference reference(String id) {
    if (id.equals(UUID_TICKET)) {
      return new TicketReference(id, UUID_NUMBER, Optional.empty());
    }
    int n = Integer.parseInt(id.substring(1));
    return new TicketReference(
        id, "INC-2026-" + (40_000 + n), Optional.of(SUBJECTS.get(n % SUBJECTS.size())));
  }

  private static List<TicketHistory> tickets() {
    Map<String, List<TicketEvent>> byTicket = new LinkedHashMap<>();
    try (Reader reader = new StringReader(read("golden/clocks-bianchi.events.jsonl"))) {
      EventsJsonl.forEach(
          reader, e -> byTicket.computeIfAbsent(e.ticket(), t -> new ArrayList<>()).add(e));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<TicketHistory> tickets = new ArrayList<>();
    byTicket.forEach(
        (id, events) -> tickets.add(new TicketHistory(reference(id), Optional.empty(), events)));
    return tickets;
  }

  private static List<Outage> outages(Contract contract) {
    Set<String> services =
        contract.services().stream().map(Service::id).collect(Collectors.toSet());
    String csv =
        read("reports/outages-march.csv")
            + "servers,2026-03-20T08:00:00Z,2026-03-20T08:20:00Z,outside_provider_control,"
            + "\"The customer's internet provider cut the fibre line in the street while laying"
            + " new ducts; the provider's monitoring saw it and opened ticket INC-2026-40077, log"
            + " 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08\"\n";
    return OutagesCsv.read(new StringReader(csv), services);
  }

  static String read(String resource) {
    try {
      return Files.readString(
          Path.of(ReportFixtures.class.getResource("/" + resource).toURI()),
          StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
