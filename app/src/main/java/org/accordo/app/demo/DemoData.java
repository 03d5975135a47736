package org.accordo.app.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.accordo.app.clocks.StoredClock;
import org.accordo.app.clocks.TicketClocks;
import org.accordo.app.contracts.ContractService;
import org.accordo.app.customers.CustomerNotVisible;
import org.accordo.app.customers.CustomerService;
import org.accordo.app.notifications.HistoryLoads;
import org.accordo.app.security.Caller;
import org.accordo.app.security.Role;
import org.accordo.app.tickets.EventService;
import org.accordo.app.tickets.NewEvent;
import org.accordo.app.tickets.Ticket;
import org.accordo.app.tickets.TicketService;
import org.accordo.app.users.People;
import org.accordo.core.clock.ClockState;
import org.accordo.core.contract.DocumentLanguage;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Loads demo data on start ({@code accordo serve --demo}): the example contract (in force from 90
 * days ago) for the customer {@value #CUSTOMER}, and {@value #TICKETS} tickets opened over the last
 * 60 days with replies, waits for the customer, resolutions and a few cancellations, drawn from a
 * fixed seed. Late replies and slow resolutions breach; one ticket in 30, a P1 opened in the last
 * three hours and still open, is at risk. Everything goes through the services, so clocks,
 * escalations and the audit log are those of real use, but the load is history ({@link
 * HistoryLoads}): escalations that crossed before it started are not notified, only the crossings
 * still to come of the open tickets are. A database that already has the customer is left as it is.
 */
@Component
@ConditionalOnProperty(name = "accordo.demo", havingValue = "on")
class DemoData implements ApplicationRunner {

  static final String CUSTOMER = "demo-bianchi";
  static final String ADMIN_EMAIL = "admin@demo.accordo";
  static final String CUSTOMER_EMAIL = "cliente@demo.accordo";
  static final int TICKETS = 300;
  private static final long SEED = 20260301L;
  private static final String[] SUBJECTS = {
    "VPN down", "Printer offline", "Cannot open shared folder",
        "Outlook keeps asking for the password",
    "New employee account", "Server disk almost full", "Firewall blocks the supplier portal",
        "Slow Wi-Fi upstairs",
    "Backup job failed", "Laptop does not boot", "Phone extension not ringing", "Licence expired"
  };

  private final CustomerService customers;
  private final ContractService contracts;
  private final TicketService tickets;
  private final EventService events;
  private final TicketClocks clocks;
  private final HistoryLoads historyLoads;
  private final People people;
  private final Clock clock;

  DemoData(
      CustomerService customers,
      ContractService contracts,
      TicketService tickets,
      EventService events,
      TicketClocks clocks,
      HistoryLoads historyLoads,
      People people,
      Clock clock) {
    this.customers = customers;
    this.contracts = contracts;
    this.tickets = tickets;
    this.events = events;
    this.clocks = clocks;
    this.historyLoads = historyLoads;
    this.people = people;
    this.clock = clock;
  }

  @Override
  public void run(ApplicationArguments args) {
    load(TICKETS)
        .ifPresent(
            loaded ->
                System.out.printf(
                    "Demo data: customer %s with the example contract and %d tickets (%d breached, %d due within 4 h)%n",
                    CUSTOMER, loaded.tickets(), loaded.breached(), loaded.atRisk()));
    printSignIn();
  }

  /** The demo's two people, with passwords new at every start, and how to sign in. */
  private void printSignIn() {
    String admin =
        people.demoAccount(
            new People.Invitation(
                ADMIN_EMAIL, "Demo Admin", Role.ADMIN, null, null, ZoneId.of("Europe/Rome")));
    String customer =
        people.demoAccount(
            new People.Invitation(
                CUSTOMER_EMAIL,
                "Demo Customer",
                Role.CUSTOMER,
                CUSTOMER,
                DocumentLanguage.IT,
                ZoneId.of("Europe/Rome")));
    System.out.println("Demo sign-in at /login (new passwords at every start of --demo):");
    System.out.println("    staff (admin):   " + ADMIN_EMAIL + "  " + admin);
    System.out.println("    customer user:   " + CUSTOMER_EMAIL + "  " + customer);
  }

  /**
   * What was loaded.
   *
   * @param breached tickets with a breached clock
   * @param atRisk tickets with a running clock due within 4 hours
   */
  record Loaded(int tickets, int breached, int atRisk) {}

  /**
   * Loads the demo customer with {@code count} tickets; empty when the customer was already there.
   */
  Optional<Loaded> load(int count) {
    try {
      customers.get(Caller.SYSTEM, CUSTOMER);
      System.out.println("Demo data: customer " + CUSTOMER + " is already there; nothing loaded.");
      return Optional.empty();
    } catch (CustomerNotVisible absent) {
      // load it below
    }
    Instant now = clock.instant();
    customers.create(
        Caller.SYSTEM, CUSTOMER, "Ferramenta Bianchi Srl (demo)", ZoneId.of("Europe/Rome"));
    // the demo's past is history: its escalations are recorded, not e-mailed
    historyLoads.started(Caller.SYSTEM, CUSTOMER, now);
    contracts.upload(
        Caller.SYSTEM, CUSTOMER, contract(now.atZone(ZoneOffset.UTC).toLocalDate().minusDays(90)));
    Random random = new Random(SEED);
    int breached = 0;
    int atRisk = 0;
    int recent = Math.max(1, count / 30);
    for (int i = 0; i < count; i++) {
      Ticket ticket = ticket(random, i, i >= count - recent, now);
      List<StoredClock> stored = clocks.clocks(ticket.id());
      breached += stored.stream().anyMatch(c -> c.state() == ClockState.BREACHED) ? 1 : 0;
      atRisk +=
          stored.stream()
                  .anyMatch(
                      c ->
                          c.state() == ClockState.RUNNING
                              && c.dueAt() != null
                              && !c.dueAt().isAfter(now.plus(Duration.ofHours(4))))
              ? 1
              : 0;
    }
    return Optional.of(new Loaded(count, breached, atRisk));
  }

  /**
   * The demo's contract ({@code demo/contract-bianchi.yaml}, a copy of the example that lints
   * clean), in force from {@code from} with no end and its next review six months after it.
   */
  static String contract(LocalDate from) {
    try (InputStream in = DemoData.class.getResourceAsStream("/demo/contract-bianchi.yaml")) {
      String reference = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return reference
          .replace("  id: bianchi-2026\n", "  id: demo-bianchi\n")
          .replace(
              "  effective: { from: 2026-01-01, to: 2027-12-31 }\n",
              "  effective: { from: " + from + " }\n")
          .replace("next: 2026-07-01,", "next: " + from.plusMonths(6) + ",");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One ticket with a plausible history, every event dated before now. */
  private Ticket ticket(Random random, int n, boolean recent, Instant now) {
    double p = random.nextDouble();
    String priority = recent ? "P1" : p < 0.06 ? "P1" : p < 0.26 ? "P2" : p < 0.75 ? "P3" : "P4";
    String service =
        priority.equals("P1") || random.nextDouble() < 0.3 ? "servers" : "service-desk";
    Duration back = recent ? Duration.ofHours(3) : Duration.ofDays(60);
    Instant opened = now.minusSeconds((long) (random.nextDouble() * back.toSeconds()));
    Ticket ticket =
        tickets.create(
            Caller.SYSTEM,
            new TicketService.Opening(
                CUSTOMER,
                "DEMO-" + (1000 + n),
                SUBJECTS[random.nextInt(SUBJECTS.length)],
                priority,
                service,
                opened));
    long response = minutes(priority, 30, 120, 240, 480);
    long resolution = minutes(priority, 240, 480 * 3, 1440 * 3, 2400 * 3);
    List<NewEvent> history = new ArrayList<>();
    Instant replied =
        opened.plus(Duration.ofMinutes(5 + (long) (random.nextDouble() * 1.6 * response)));
    history.add(event("agent_replied", replied, null, Boolean.TRUE));
    history.add(event("status_changed", replied, "in_progress", null));
    Instant at = replied;
    if (!recent && random.nextDouble() < 0.2) {
      at = at.plus(Duration.ofMinutes(30));
      history.add(event("status_changed", at, "waiting_customer", null));
      at = at.plus(Duration.ofHours(2 + random.nextInt(20)));
      history.add(event("customer_replied", at, null, null));
      history.add(event("status_changed", at, "in_progress", null));
    }
    // a recent ticket is still being worked on: it is neither cancelled nor resolved
    if (!recent && random.nextDouble() < 0.03) {
      history.add(event("cancelled", at.plus(Duration.ofHours(1)), null, null));
    } else if (!recent) {
      Instant resolved =
          opened.plus(Duration.ofMinutes((long) ((0.3 + random.nextDouble() * 1.3) * resolution)));
      history.add(
          event(
              "status_changed",
              resolved.isAfter(at) ? resolved : at.plusSeconds(60),
              "resolved",
              null));
    }
    for (NewEvent e : history) {
      if (Instant.parse(e.at()).isAfter(now)) {
        break;
      }
      events.append(Caller.SYSTEM, ticket.id(), null, e);
    }
    return ticket;
  }

  private static long minutes(String priority, long p1, long p2, long p3, long p4) {
    return switch (priority) {
      case "P1" -> p1;
      case "P2" -> p2;
      case "P3" -> p3;
      default -> p4;
    };
  }

  private static NewEvent event(String type, Instant at, String status, Boolean isPublic) {
    return new NewEvent(type, at.toString(), null, status, isPublic, null, null, null, null);
  }
}
