package org.accordo.app.tickets;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.accordo.app.audit.AuditLog;
import org.accordo.app.jdbc.LockWaits;
import org.accordo.app.refusal.InvalidField;
import org.accordo.app.refusal.Refusal;
import org.accordo.app.security.Caller;
import org.accordo.app.security.Role;
import org.accordo.core.clock.EventType;
import org.accordo.core.policy.TicketStatus;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Appends events to tickets. An {@code Idempotency-Key} makes a retry harmless: the same key with
 * the same request answers the event stored the first time; the same key with another request is
 * refused with {@code 422}, since the client has mixed up two requests.
 */
@Service
public class EventService {

  private final TicketService tickets;
  private final TicketRepository ticketRows;
  private final TicketEventRepository events;
  private final EventIdempotencyRepository idempotency;
  private final TicketMeasurement measurement;
  private final AuditLog audit;
  private final JsonMapper json;
  private final LockWaits locks;
  private final ApplicationEventPublisher publisher;
  private final Clock clock;

  EventService(
      TicketService tickets,
      TicketRepository ticketRows,
      TicketEventRepository events,
      EventIdempotencyRepository idempotency,
      TicketMeasurement measurement,
      AuditLog audit,
      JsonMapper json,
      LockWaits locks,
      ApplicationEventPublisher publisher,
      Clock clock) {
    this.measurement = measurement;
    this.tickets = tickets;
    this.ticketRows = ticketRows;
    this.events = events;
    this.idempotency = idempotency;
    this.audit = audit;
    this.json = json;
    this.locks = locks;
    this.publisher = publisher;
    this.clock = clock;
  }

  /** An appended event, and whether it was stored by an earlier request with the same key. */
  public record Appended(StoredEvent event, boolean replayed) {}

  /**
   * An event as posted, before it is appended.
   *
   * @param eventId the id the event is stored with, chosen when it is posted: an event appended
   *     again after its group failed is looked up by it first, in case the group's commit did
   *     happen
   * @param key the Idempotency-Key header, or null
   * @param hash the hash of the request, with a key; else null
   */
  record Posted(
      String eventId, Caller caller, String ticketId, String key, String hash, NewEvent request) {}

  /** What became of a posted event in its group. */
  sealed interface Outcome {

    /** The appended event, or the refusal thrown. */
    Appended answer();

    /** Appended, or answered from an earlier request with its key. */
    record Stored(Appended appended) implements Outcome {
      @Override
      public Appended answer() {
        return appended;
      }
    }

    /** Refused for itself; the error is its answer. */
    record Refused(RuntimeException error) implements Outcome {
      @Override
      public Appended answer() {
        throw error;
      }
    }

    /**
     * Not appended: its ticket was held by another transaction, which the group did not wait for;
     * it is to be appended alone ({@link #appendAlone}), waiting for the ticket.
     */
    record Held() implements Outcome {
      @Override
      public Appended answer() {
        throw new IllegalStateException(
            "an event whose ticket was held has no answer yet: append it alone");
      }
    }
  }

  /** A posted event for {@link #appendAll}, with its id, and its request hashed if it has a key. */
  Posted posted(Caller caller, String ticketId, String key, NewEvent request) {
    return new Posted(
        UUID.randomUUID().toString(),
        caller,
        ticketId,
        key,
        key == null ? null : hash(request, json),
        request);
  }

  /**
   * Appends an event to a ticket, folds the ticket's current priority, status and cancellation, and
   * has it measured again ({@link TicketMeasurement#changed}), all in one transaction.
   *
   * @param key the Idempotency-Key header, or null
   * @throws TicketNotVisible when the caller may not see the ticket
   * @throws StaffOnlyField when a customer token posts anything but its reply, or dates it
   * @throws InvalidField naming {@code at} when the event is dated before the ticket's creation or
   *     more than 5 minutes after the server's clock; naming the field the measurement refuses
   *     ({@link TicketMeasurement#check}), e.g. a priority the ticket's contract does not define
   * @throws IdempotencyKeyReused when {@code key} was used for another request on this ticket
   */
  @Transactional
  public Appended append(Caller caller, String ticketId, String key, NewEvent request) {
    return appendAll(List.of(posted(caller, ticketId, key, request))).get(0).answer();
  }

  /**
   * Appends a posted event alone, after its group failed: the event as stored if the group's commit
   * happened after all (its outcome is unknown when the connection is lost during it), else as
   * {@link #append} does.
   */
  @Transactional
  Appended appendAlone(Posted posted) {
    Optional<StoredEvent> stored = events.find(posted.eventId());
    if (stored.isPresent()) {
      return new Appended(stored.get(), false);
    }
    return appendAll(List.of(posted)).get(0).answer();
  }

  /**
   * {@link #appendAll} for a group of {@link EventIntake}, which waits for no ticket another
   * transaction holds: the SLA rows of the others are locked first and those events are {@link
   * Outcome.Held held} back, to be appended alone. Other waits for a row lock (rare: a ticket
   * without an SLA, a key recorded at the same moment by another node) last at most {@code
   * lockTimeout} each (on PostgreSQL; H2 serves one node), after which the group fails.
   *
   * @return the outcome of each event, in the group's order
   */
  @Transactional
  List<Outcome> appendGroup(List<Posted> group, Duration lockTimeout) {
    locks.limit(lockTimeout);
    Set<String> held = measurement.lockUnlessHeld(group.stream().map(Posted::ticketId).toList());
    if (held.isEmpty()) {
      return appendAll(group);
    }
    Iterator<Outcome> appended =
        appendAll(group.stream().filter(p -> !held.contains(p.ticketId())).toList()).iterator();
    return group.stream()
        .map(p -> held.contains(p.ticketId()) ? new Outcome.Held() : appended.next())
        .toList();
  }

  /** The event stored with this id, as an append answers it. */
  @Transactional(readOnly = true)
  Optional<Appended> stored(String eventId) {
    return events.find(eventId).map(event -> new Appended(event, false));
  }

  /**
   * Appends events posted together, each as {@link #append} would, in one transaction with one
   * statement (or JDBC batch) for each step across them all. An event refused for itself (a ticket
   * the caller may not see, a date before the ticket, a reused key...) is refused alone and the
   * others are appended; a failure of the database fails them all, and nothing is stored.
   *
   * @param group at most one event per ticket: the events of one ticket are computed one after the
   *     other
   * @return the outcome of each event, in the group's order
   * @throws IllegalArgumentException when two events of the group are of one ticket
   */
  @Transactional
  List<Outcome> appendAll(List<Posted> group) {
    if (group.isEmpty()) {
      return List.of();
    }
    List<String> ticketIds = group.stream().map(Posted::ticketId).toList();
    if (Set.copyOf(ticketIds).size() < ticketIds.size()) {
      throw new IllegalArgumentException(
          "a group holds at most one event per ticket: " + ticketIds);
    }
    Instant now = clock.instant();
    Map<String, Ticket> found = ticketRows.findAll(ticketIds);
    Outcome[] outcomes = new Outcome[group.size()];
    List<Integer> accepted = new ArrayList<>();
    List<StoredEvent> fresh = new ArrayList<>();
    for (int i = 0; i < group.size(); i++) {
      Posted posted = group.get(i);
      try {
        Ticket ticket = visible(posted, found.get(posted.ticketId()));
        Optional<Appended> earlier =
            posted.key() == null
                ? Optional.empty()
                : earlier(posted.ticketId(), posted.key(), posted.hash());
        if (earlier.isPresent()) {
          outcomes[i] = new Outcome.Stored(earlier.get());
          continue;
        }
        StoredEvent event = newEvent(posted, ticket, now);
        measurement.check(posted.ticketId(), event);
        accepted.add(i);
        fresh.add(event);
      } catch (Refusal refused) {
        outcomes[i] = new Outcome.Refused(refused);
      }
    }
    if (!fresh.isEmpty()) {
      List<StoredEvent> stored = store(group, accepted, fresh, now);
      for (int j = 0; j < accepted.size(); j++) {
        outcomes[accepted.get(j)] = new Outcome.Stored(new Appended(stored.get(j), false));
      }
      publisher.publishEvent(
          new TicketsChanged(
              fresh.stream().map(e -> changed(e, found.get(e.ticketId()))).toList()));
    }
    return List.of(outcomes);
  }

  /**
   * The ticket if the caller may see it and post this event to it. A customer only replies, dated
   * by the server: status, priority, exclusions, cancellation and the instant of an event decide
   * SLA outcomes, and are staff's.
   *
   * @throws TicketNotVisible when the ticket is missing or another customer's
   * @throws StaffOnlyField naming {@code type} when a customer token posts anything but its reply,
   *     naming {@code at} when it dates its reply
   */
  private static Ticket visible(Posted posted, Ticket ticket) {
    if (ticket == null || !posted.caller().sees(ticket.customerId())) {
      throw TicketNotVisible.withId(posted.ticketId());
    }
    if (posted.caller().role() == Role.CUSTOMER) {
      if (posted.request().eventType() != EventType.CUSTOMER_REPLIED) {
        throw StaffOnlyField.type(posted.request().type());
      }
      if (posted.request().at() != null) {
        throw StaffOnlyField.at();
      }
    }
    return ticket;
  }

  /**
   * Stores accepted events: the events and their keys, each ticket's clocks and fold, and an audit
   * entry each.
   *
   * @return the events as stored, in the order of {@code fresh}
   */
  private List<StoredEvent> store(
      List<Posted> group, List<Integer> accepted, List<StoredEvent> fresh, Instant now) {
    List<StoredEvent> stored = events.appendAll(fresh);
    List<EventIdempotencyRepository.Answer> answers = new ArrayList<>();
    List<AuditLog.Write> entries = new ArrayList<>();
    for (int j = 0; j < accepted.size(); j++) {
      Posted posted = group.get(accepted.get(j));
      StoredEvent event = stored.get(j);
      if (posted.key() != null) {
        answers.add(
            new EventIdempotencyRepository.Answer(
                posted.ticketId(), posted.key(), posted.hash(), event, now));
      }
      entries.add(
          new AuditLog.Write(
              posted.caller(),
              "ticket.event_added",
              "ticket",
              posted.ticketId(),
              event.customerId(),
              event.type().id() + " at " + event.at()));
    }
    idempotency.insertAll(answers);
    List<TicketRepository.Projection> projections = new ArrayList<>();
    Map<String, ClockSummary> clocks =
        measurement.changed(
            fresh.stream().map(StoredEvent::ticketId).toList(),
            now,
            (ticketId, history) -> projections.add(TicketFold.of(ticketId, history, now)));
    ticketRows.updateProjections(
        projections.stream()
            .map(p -> p.withClocks(clocks.getOrDefault(p.id(), ClockSummary.NONE)))
            .toList());
    audit.recordAll(entries);
    publishResolutions(stored, projections);
    return stored;
  }

  /** What an appended event changes, and how far back it reaches. */
  private static TicketsChanged.Change changed(StoredEvent event, Ticket ticket) {
    Instant reachesBack =
        event.from() != null && event.from().isBefore(event.at()) ? event.from() : event.at();
    return new TicketsChanged.Change(
        event.customerId(),
        event.ticketId(),
        reachesBack,
        event.type().id()
            + " at "
            + event.at()
            + " on ticket "
            + (ticket.externalId() == null ? ticket.id() : ticket.externalId()));
  }

  /**
   * Publishes a {@link TicketResolved} for each stored event that resolved or closed its ticket.
   */
  private void publishResolutions(
      List<StoredEvent> stored, List<TicketRepository.Projection> projections) {
    Map<String, String> priorities = new java.util.HashMap<>();
    projections.forEach(p -> priorities.put(p.id(), p.priority()));
    for (StoredEvent event : stored) {
      if (event.type() == EventType.STATUS_CHANGED
          && (event.status() == TicketStatus.RESOLVED || event.status() == TicketStatus.CLOSED)
          && priorities.containsKey(event.ticketId())) {
        publisher.publishEvent(
            new TicketResolved(
                event.ticketId(),
                event.customerId(),
                priorities.get(event.ticketId()),
                event.at()));
      }
    }
  }

  /**
   * The event a request stands for, dated and checked against the ticket's creation and the clock.
   * The server's instant is cut to the microseconds both databases store, so the event answered is
   * the event stored without reading it back.
   */
  private static StoredEvent newEvent(Posted posted, Ticket ticket, Instant serverNow) {
    NewEvent request = posted.request();
    Instant now = serverNow.truncatedTo(ChronoUnit.MICROS);
    Instant at = request.atInstant() == null ? now : request.atInstant();
    if (at.isBefore(ticket.openedAt())) {
      throw new InvalidField(
          "at", at + " is before the ticket was created (" + ticket.openedAt() + ")");
    }
    TicketService.requireNotInFuture(at, now, "at");
    return StoredEvent.of(
        0,
        posted.eventId(),
        ticket.id(),
        ticket.customerId(),
        request.eventType(),
        at,
        now,
        posted.caller().tokenId(),
        request.payload());
  }

  /**
   * The answer stored for a key by an earlier request, looked up again after a concurrent request
   * with the same key won the race to store it.
   */
  @Transactional(readOnly = true)
  public Optional<Appended> replay(Caller caller, String ticketId, String key, NewEvent request) {
    tickets.visible(caller, ticketId);
    return earlier(ticketId, key, hash(request, json));
  }

  private Optional<Appended> earlier(String ticketId, String key, String hash) {
    return idempotency
        .find(ticketId, key)
        .map(
            answered -> {
              if (!answered.requestHash().equals(hash)) {
                throw new IdempotencyKeyReused(key);
              }
              return new Appended(events.find(answered.eventId()).orElseThrow(), true);
            });
  }

  private static String hash(NewEvent request, JsonMapper json) {
    try {
      byte[] canonical = json.writeValueAsString(request).getBytes(StandardCharsets.UTF_8);
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
