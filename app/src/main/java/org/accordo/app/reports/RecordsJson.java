package org.accordo.app.reports;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.accordo.core.credit.RcaBreach;
import org.accordo.core.report.PeriodReport;
import org.accordo.core.report.RcaFact;
import org.accordo.core.report.ServiceCoverage;
import org.accordo.core.report.TicketReference;
import tools.jackson.core.JsonGenerator;

/**
 * The JSON of the server's records of a period, written only when there is something to say (so
 * that a report from files, with no monitors and no RCAs, and the server's statement of the same
 * inputs are the same bytes): {@code coverage[]} per service ({@code monitored}, {@code
 * covered_seconds}, {@code up_seconds}, {@code down_seconds}, {@code uncovered_seconds}; the
 * seconds {@code null} for a service measured from recorded outages only) when a monitor measured
 * any, and {@code root_cause_analyses} ({@code open[]} at the period's end, {@code delivered[]} in
 * it) when there are any.
 */
final class RecordsJson {

  private final JsonGenerator json;
  private final PeriodReport report;

  RecordsJson(JsonGenerator json, PeriodReport report) {
    this.json = json;
    this.report = report;
  }

  /** The {@code coverage} array, when a monitor measured a service in the period. */
  void coverage() {
    List<String> services = PeriodRecordsView.coverageServices(report);
    if (services.isEmpty()) {
      return;
    }
    json.writeArrayPropertyStart("coverage");
    for (String service : services) {
      json.writeStartObject();
      json.writeStringProperty("service", service);
      Optional<ServiceCoverage> measured = report.coverageOf(service);
      json.writeBooleanProperty("monitored", measured.isPresent());
      if (measured.isPresent()) {
        ServiceCoverage c = measured.get();
        json.writeNumberProperty("covered_seconds", Numbers.seconds(c.covered()));
        json.writeNumberProperty("up_seconds", Numbers.seconds(c.up()));
        json.writeNumberProperty("down_seconds", Numbers.seconds(c.down()));
        json.writeNumberProperty("uncovered_seconds", Numbers.seconds(c.uncovered()));
      } else {
        // no monitor measured it: its availability comes from the recorded outages only
        for (String name :
            List.of("covered_seconds", "up_seconds", "down_seconds", "uncovered_seconds")) {
          json.writeNullProperty(name);
        }
      }
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  /** The {@code root_cause_analyses} object, when one is open at the end or delivered in it. */
  void rcas() {
    if (report.rcas().isEmpty()) {
      return;
    }
    Instant standing = PeriodRecordsView.standing(report);
    json.writeObjectPropertyStart("root_cause_analyses");
    json.writeArrayPropertyStart("open");
    report.rcas().open().forEach(r -> rca(r, standing));
    json.writeEndArray();
    json.writeArrayPropertyStart("delivered");
    report.rcas().delivered().forEach(r -> rca(r, standing));
    json.writeEndArray();
    json.writeEndObject();
  }

  /** A credit line's late RCAs, when it has any. */
  void lateRcas(List<RcaBreach> rcas) {
    if (rcas.isEmpty()) {
      return;
    }
    json.writeArrayPropertyStart("rcas");
    for (RcaBreach r : rcas) {
      json.writeStartObject();
      json.writeStringProperty("rca", r.rca());
      json.writeStringProperty("priority", r.priority());
      tickets(r.tickets());
      json.writeStringProperty("breached_at", r.breachedAt().toString());
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  private void rca(RcaFact rca, Instant standing) {
    json.writeStartObject();
    json.writeStringProperty("rca", rca.rca());
    json.writeStringProperty("priority", rca.priority());
    tickets(rca.tickets());
    json.writeStringProperty("opened_at", rca.openedAt().toString());
    json.writeStringProperty("due_at", rca.dueAt().toString());
    json.writeStringProperty("delivered_at", rca.deliveredAt().map(Instant::toString).orElse(null));
    json.writeBooleanProperty("late", rca.isLateAt(standing));
    json.writeEndObject();
  }

  private void tickets(List<String> ids) {
    json.writeArrayPropertyStart("tickets");
    for (String id : ids) {
      TicketReference ticket = report.ticket(id);
      json.writeStartObject();
      json.writeStringProperty("ticket", ticket.id());
      json.writeStringProperty("number", ticket.number());
      json.writeStringProperty("subject", ticket.subject().orElse(null));
      json.writeEndObject();
    }
    json.writeEndArray();
  }
}
