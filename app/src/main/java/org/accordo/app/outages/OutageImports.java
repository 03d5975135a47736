package org.accordo.app.outages;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.accordo.app.audit.AuditLog;
import org.accordo.app.contracts.ContractLibrary;
import org.accordo.app.customers.Customer;
import org.accordo.app.customers.CustomerService;
import org.accordo.app.refusal.InvalidField;
import org.accordo.app.reports.OutagesCsv;
import org.accordo.app.security.Caller;
import org.accordo.app.security.Role;
import org.accordo.core.availability.Outage;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Outages uploaded as CSV, the columns of {@code accordo report --outages}: read streaming, line by
 * line, each checked as the API checks one outage (the service one of the contract in force on its
 * first day, in the customer's time zone), stored in batches in one transaction. Every bad line is
 * reported with its number; by default the upload is all or nothing. Each record is stored with the
 * SHA-256 of its values, so uploading the same file again (or a file repeating a line) creates
 * nothing twice.
 */
@Service
class OutageImports {

  /** Outages inserted per JDBC batch. */
  static final int BATCH = 500;

  private final OutageRepository outages;
  private final CustomerService customers;
  private final ContractLibrary contracts;
  private final AuditLog audit;
  private final ApplicationEventPublisher publisher;
  private final Clock clock;

  OutageImports(
      OutageRepository outages,
      CustomerService customers,
      ContractLibrary contracts,
      AuditLog audit,
      ApplicationEventPublisher publisher,
      Clock clock) {
    this.outages = outages;
    this.customers = customers;
    this.contracts = contracts;
    this.audit = audit;
    this.publisher = publisher;
    this.clock = clock;
  }

  /** Whether bad lines refuse the whole upload or only themselves. */
  enum Mode {
    /** The default: one bad line and nothing is stored. */
    ALL,
    /** The good lines are stored, the bad ones reported. */
    VALID
  }

  /**
   * What an upload did.
   *
   * @param created the outages it recorded
   * @param alreadyRecorded lines recorded by an earlier upload (or earlier in the file)
   * @param refused the bad lines, at most {@link OutagesRefused#LISTED}
   * @param refusedLines how many lines were bad
   */
  record Imported(
      int created, int alreadyRecorded, List<OutagesCsv.Line.Refused> refused, long refusedLines) {}

  /**
   * @throws OutagesRefused in mode {@link Mode#ALL} when a line is bad: nothing is stored
   * @throws InvalidField naming {@code body} when it is not UTF-8 text
   */
  @Transactional
  Imported upload(Caller caller, String customerId, InputStream csv, Mode mode) {
    Customer customer = customers.visible(caller, customerId);
    caller.requireRole(Role.ADMIN, Role.AGENT);
    Upload upload =
        new Upload(
            caller,
            customer,
            new ContractServices(contracts, customer.id(), customer.timeZone()),
            mode,
            clock.instant());
    try {
      OutagesCsv.forEach(utf8(csv), upload.services::refusal, upload::take);
    } catch (UncheckedIOException e) {
      if (e.getCause() instanceof CharacterCodingException) {
        throw new InvalidField("body", "is not UTF-8 text");
      }
      throw e;
    }
    upload.flush();
    if (mode == Mode.ALL && upload.refusedLines > 0) {
      throw new OutagesRefused(upload.refused, upload.refusedLines);
    }
    if (upload.created > 0) {
      audit.record(
          caller,
          "outages.imported",
          "customer",
          customer.id(),
          customer.id(),
          upload.created + " outages recorded, " + upload.already + " already recorded");
      publisher.publishEvent(
          new OutagesChanged(
              customer.id(),
              upload.earliest,
              upload.created + " outages uploaded, the first from " + upload.earliest));
    }
    return new Imported(upload.created, upload.already, upload.refused, upload.refusedLines);
  }

  private static InputStreamReader utf8(InputStream in) {
    return new InputStreamReader(
        in,
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT));
  }

  /** One upload in progress: the lines waiting for a batch, and the counts so far. */
  private final class Upload {
    final Caller caller;
    final Customer customer;
    final ContractServices services;
    final Mode mode;
    final Instant now;
    final Set<String> seen = new HashSet<>();
    final List<OutageRepository.NewRow> pending = new ArrayList<>();
    final List<OutagesCsv.Line.Refused> refused = new ArrayList<>();
    long refusedLines;
    int created;
    int already;
    Instant earliest;

    Upload(Caller caller, Customer customer, ContractServices services, Mode mode, Instant now) {
      this.caller = caller;
      this.customer = customer;
      this.services = services;
      this.mode = mode;
      this.now = now;
    }

    void take(OutagesCsv.Line line) {
      if (line instanceof OutagesCsv.Line.Refused bad) {
        refusedLines++;
        if (refused.size() < OutagesRefused.LISTED) {
          refused.add(bad);
        }
        return;
      }
      Outage outage = ((OutagesCsv.Line.Read) line).outage();
      String key = key(outage);
      if (!seen.add(key)) {
        already++;
        return;
      }
      pending.add(row(outage, key));
      if (pending.size() >= BATCH) {
        flush();
      }
    }

    /** Stores the lines waiting, but those stored before; nothing once a line refused them all. */
    void flush() {
      if (mode == Mode.ALL && refusedLines > 0) {
        pending.clear();
        return;
      }
      Set<String> stored =
          outages.importedKeys(
              customer.id(), pending.stream().map(OutageRepository.NewRow::importKey).toList());
      List<OutageRepository.NewRow> fresh =
          pending.stream().filter(r -> !stored.contains(r.importKey())).toList();
      outages.insertAll(fresh);
      for (OutageRepository.NewRow row : fresh) {
        Instant from = row.outage().from();
        earliest = earliest == null || from.isBefore(earliest) ? from : earliest;
      }
      created += fresh.size();
      already += pending.size() - fresh.size();
      pending.clear();
    }

    private OutageRepository.NewRow row(Outage outage, String key) {
      RecordedOutage recorded =
          new RecordedOutage(
              UUID.randomUUID().toString(),
              customer.id(),
              outage.service(),
              outage.from(),
              outage.to(),
              outage.cause(),
              outage.note(),
              outage.announcedAt().orElse(null),
              OutageKind.OUTAGE,
              now,
              caller.tokenId(),
              now);
      return new OutageRepository.NewRow(
          recorded,
          key,
          new OutageChange(
              1,
              OutageChange.Kind.RECORDED,
              now,
              caller.tokenId(),
              outage.cause(),
              null,
              outage.to(),
              null,
              "uploaded as CSV"));
    }
  }

  /** The SHA-256 of an outage's values: the same record in any file has the same key. */
  static String key(Outage outage) {
    String record =
        String.join(
            "\n",
            outage.service(),
            outage.from().toString(),
            outage.to().toString(),
            outage.cause().id(),
            outage.note(),
            outage.announcedAt().map(Instant::toString).orElse(""));
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(record.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
