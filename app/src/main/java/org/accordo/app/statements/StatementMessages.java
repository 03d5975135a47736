package org.accordo.app.statements;

import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.accordo.app.notifications.Audience;
import org.accordo.app.notifications.CustomerMessage;
import org.accordo.app.reports.StatementStatus;
import org.accordo.core.contract.Contract;
import org.accordo.core.contract.Reporting;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the customer's people and systems are told of a statement: at its close (or amendment) a
 * webhook ({@code statement.closed}, {@code statement.amended}); once its PDF is printed an e-mail
 * with the PDF in the contract's language, to the contract's reporting recipients (and, for an
 * amendment, to the customer's contact too).
 */
final class StatementMessages {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private StatementMessages() {}

  /** The webhook of a statement just closed or amended. */
  static CustomerMessage webhook(StoredStatement s) {
    return new CustomerMessage(
        s.customerId(),
        type(s),
        subject(s, null),
        fields(s),
        List.of(),
        Optional.empty(),
        Set.of(Audience.SYSTEMS));
  }

  /** The e-mail of a statement whose PDF is stored, with that PDF. */
  static CustomerMessage email(StoredStatement s, Contract contract) {
    List<String> to =
        new ArrayList<>(contract.reporting().map(Reporting::recipients).orElse(List.of()));
    if (s.status() == StatementStatus.AMENDED) {
      contract
          .header()
          .customer()
          .contact()
          .flatMap(contact -> contact.email())
          .filter(address -> !to.contains(address))
          .ifPresent(to::add);
    }
    return new CustomerMessage(
        s.customerId(),
        type(s),
        subject(s, contract),
        fields(s),
        to,
        Optional.of(StatementAttachments.reference(s, s.contractLanguage().code())),
        Set.of(Audience.PEOPLE));
  }

  private static String type(StoredStatement s) {
    return s.status() == StatementStatus.AMENDED ? "statement.amended" : "statement.closed";
  }

  /** Such as {@code [Accordo] Statement for March 2026 (version 1, final): Managed IT ...}. */
  private static String subject(StoredStatement s, Contract contract) {
    String month =
        s.month().getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH)
            + " "
            + s.month().getYear();
    return "[Accordo] Statement for "
        + month
        + " (version "
        + s.version()
        + ", "
        + s.status().id()
        + ")"
        + (contract == null
            ? ": " + s.customerId()
            : ": " + contract.header().title() + ", " + contract.header().customer().name());
  }

  private static Map<String, Object> fields(StoredStatement s) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("statement_id", s.id());
    fields.put("month", s.month().toString());
    fields.put("version", s.version());
    fields.put("status", s.status().id());
    fields.put("as_of", s.asOf().toString());
    fields.put(
        "credits_total",
        s.creditsTotal() == null ? null : Amounts.text(s.creditsTotal(), s.currency()));
    fields.put("currency", s.currency());
    fields.put("json_sha256", s.jsonSha256());
    fields.put("inputs_digest", s.inputsDigest());
    if (s.reason() != null) {
      fields.put("reason", s.reason());
      fields.put("changes", JSON.readTree(s.changes()));
    }
    fields.put(
        "url",
        "/api/v1/customers/"
            + s.customerId()
            + "/statements/"
            + s.month()
            + "?version="
            + s.version());
    return fields;
  }
}
