package org.accordo.app.statements;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.accordo.app.audit.AuditLog;
import org.accordo.app.contracts.ContractLibrary.LoadedContract;
import org.accordo.app.notifications.CustomerMessages;
import org.accordo.app.operations.NodeId;
import org.accordo.app.reports.ReportJson;
import org.accordo.app.reports.StatementMark;
import org.accordo.app.reports.StatementStatus;
import org.accordo.app.security.Caller;
import org.accordo.core.report.PeriodReport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Closes a claimed month once (version 1, final, computed as of the month's end plus its grace) and
 * amends a closed one after a late change (version 2, 3, ..., computed at now, only when what the
 * statement says changed). Each writes, in the claim's transaction, the statement, its JSON and its
 * HTML and Markdown documents with their SHA-256, the digest of its inputs, its credit lines, its
 * webhook, the job of printing its PDFs and e-mailing them, and an audit entry by {@code system}.
 */
@Component
class StatementCloser {

  private static final Logger LOG = LoggerFactory.getLogger(StatementCloser.class);
  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** Reads one value of a document and stops there (the rest of the document is not read). */
  private static final JsonMapper ONE_VALUE =
      JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

  private final StatementComputation computation;
  private final StatementRepository statements;
  private final CreditRepository credits;
  private final RenderingRepository renderings;
  private final CustomerMessages messages;
  private final AuditLog audit;
  private final NodeId node;
  private final Clock clock;
  private final StatementSettings settings;

  StatementCloser(
      StatementComputation computation,
      StatementRepository statements,
      CreditRepository credits,
      RenderingRepository renderings,
      CustomerMessages messages,
      AuditLog audit,
      NodeId node,
      Clock clock,
      StatementSettings settings) {
    this.computation = computation;
    this.statements = statements;
    this.credits = credits;
    this.renderings = renderings;
    this.messages = messages;
    this.audit = audit;
    this.node = node;
    this.clock = clock;
    this.settings = settings;
  }

  /**
   * Closes the month as its final statement, as of its end plus the grace: the same inputs give
   * byte-identical JSON whenever (and however often) it is computed.
   *
   * @return the statement stored
   * @throws IllegalStateException when no contract is in force in the month any more
   */
  @Transactional(propagation = Propagation.MANDATORY)
  StoredStatement closeFinal(StatementKey key) {
    LoadedContract contract = contractOf(key);
    Instant asOf =
        StatementComputation.period(contract, key.month()).endExclusive().plus(settings.grace());
    StatementComputation.Computed computed = computation.compute(key, contract, asOf);
    StoredStatement statement =
        store(key, computed, computed.marked(StatementMark.closed(1)), null, null);
    audit.record(
        Caller.SYSTEM,
        "statement.closed",
        "statement",
        statement.id(),
        key.customerId(),
        key.month() + " version 1" + credited(statement));
    return statement;
  }

  /**
   * Computes a closed month again at now and stores an amended version when what its statement says
   * (compared with the latest version's JSON, as of that version's instant) changed.
   *
   * @param reasons the late changes that asked for it, in words
   * @return true when an amended version was stored
   */
  @Transactional(propagation = Propagation.MANDATORY)
  boolean amendIfChanged(StatementKey key, String reasons) {
    StoredStatement latest =
        statements.latest(key).orElseThrow(() -> new IllegalStateException("no statement " + key));
    LoadedContract contract = contractOf(key);
    StatementComputation.Computed computed = computation.compute(key, contract, clock.instant());
    byte[] before =
        statements
            .document(latest, DocumentFormat.JSON, StoredDocument.NO_LANGUAGE)
            .orElseThrow()
            .content();
    byte[] unchanged =
        ReportJson.write(
            computed.document(),
            asOf(computed.report(), latest.asOf()),
            latest.status(),
            computed.disputesAsOf(latest.asOf()),
            computation.reviewOverdue(key, latest.asOf(), computed.report().period()));
    if (Arrays.equals(before, unchanged)) {
      LOG.info("{}: a late change left the statement as version {} says", key, latest.version());
      return false;
    }
    int version = latest.version() + 1;
    String reason = reasons == null || reasons.isBlank() ? "a late change" : reasons;
    StatementMark mark = computed.marked(StatementMark.amended(version, reason));
    JsonNode after =
        JSON.readTree(
            ReportJson.write(
                computed.document(),
                computed.report(),
                StatementStatus.AMENDED,
                mark.disputes(),
                mark.reviewOverdueSince()));
    String changes = StatementChanges.between(JSON.readTree(before), after).toString();
    StoredStatement statement = store(key, computed, mark, reason, changes);
    audit.record(
        Caller.SYSTEM,
        "statement.amended",
        "statement",
        statement.id(),
        key.customerId(),
        key.month() + " version " + version + credited(statement) + ": " + reason);
    return true;
  }

  private LoadedContract contractOf(StatementKey key) {
    return computation
        .contractOf(key)
        .orElseThrow(() -> new IllegalStateException("no contract in force in " + key));
  }

  /** Stores a version: the statement, its documents, its credit lines, its webhook, its job. */
  private StoredStatement store(
      StatementKey key,
      StatementComputation.Computed computed,
      StatementMark mark,
      String reason,
      String changes) {
    Instant now = clock.instant();
    long start = System.nanoTime();
    List<StoredDocument> documents =
        StatementDocuments.render(computed.document(), computed.report(), mark);
    long rendered = System.nanoTime();
    StoredDocument json = documents.get(0);
    JsonNode tree = creditsOf(json.content());
    JsonNode total = tree.path("credits").path("total");
    StoredStatement statement =
        new StoredStatement(
            UUID.randomUUID().toString(),
            key,
            mark.version().orElseThrow(),
            mark.status(),
            computed.report().period().startInclusive(),
            computed.report().period().endExclusive(),
            computed.report().asOf(),
            computed.contract().version(),
            computed.document().header().language(),
            computed.digest(),
            json.sha256(),
            computed.inputs(),
            total.isString() ? new BigDecimal(total.asString()) : null,
            total.isString() ? tree.path("credits").path("currency").asString() : null,
            reason,
            changes,
            now,
            node.value());
    statements.insert(statement);
    statements.insertDocuments(statement, documents, now);
    credits.insertAll(
        CreditLedger.lines(
            statement, tree, statement.version() == 1 ? List.of() : credits.ofMonth(key), now));
    messages.send(StatementMessages.webhook(statement));
    renderings.insert(statement, now);
    LOG.info(
        "{} version {}: documents rendered in {} ms ({} bytes), stored in {} ms",
        key,
        statement.version(),
        (rendered - start) / 1_000_000,
        documents.stream().mapToInt(d -> d.content().length).sum(),
        (System.nanoTime() - rendered) / 1_000_000);
    return statement;
  }

  /**
   * The statement's JSON with only its {@code credits}: what the statement row and the credit lines
   * are written from, read without building the tree of a large month's clocks.
   */
  static ObjectNode creditsOf(byte[] json) {
    ObjectNode credits = JSON.createObjectNode();
    try (JsonParser parser = ONE_VALUE.createParser(json)) {
      parser.nextToken();
      while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
        String name = parser.currentName();
        parser.nextToken();
        if (name.equals("credits")) {
          credits.set(name, ONE_VALUE.readTree(parser));
          return credits;
        }
        parser.skipChildren();
      }
    }
    return credits;
  }

  private static String credited(StoredStatement s) {
    return s.creditsTotal() == null
        ? ""
        : ", credits " + Amounts.text(s.creditsTotal(), s.currency()) + " " + s.currency();
  }

  /** The report as of another instant: how the same findings read in an earlier version. */
  static PeriodReport asOf(PeriodReport r, Instant asOf) {
    return new PeriodReport(
        r.period(),
        asOf,
        r.closed(),
        r.summary(),
        r.compliance(),
        r.breaches(),
        r.open(),
        r.cancelled(),
        r.withExclusions(),
        r.availability(),
        r.credits(),
        r.contents(),
        r.tickets(),
        r.coverage(),
        r.rcas());
  }
}
