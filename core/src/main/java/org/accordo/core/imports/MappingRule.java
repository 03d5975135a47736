package org.accordo.core.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.accordo.core.contract.Contract;
import org.accordo.core.contract.ContractSla;
import org.accordo.core.contract.SourceLocation;
import org.accordo.core.contract.lint.Finding;
import org.accordo.core.contract.lint.Severity;
import org.accordo.core.policy.Metric;
import org.accordo.core.policy.TicketStatus;

/**
 * The rules of {@link MappingLinter}, each named for the mistake it finds. The rules that compare
 * the mapping with a contract (pauses, priorities, services) say nothing without one.
 */
enum MappingRule {

  /** A PSA status the mapping lists but maps to nothing: its rows are refused. */
  STATUS_UNMAPPED(
      "status-unmapped",
      Severity.ERROR,
      "Map it to one of " + StatusTarget.ids() + ", or drop it if the PSA never uses it.") {
    @Override
    void check(ImportMapping m, Optional<Contract> c, List<Finding> out) {
      for (MappedValue<StatusTarget> s : m.statuses().values()) {
        if (s.target().isEmpty()) {
          out.add(finding(s.location(), "PSA status '" + s.name() + "' is mapped to nothing"));
        }
      }
    }
  },

  /** A PSA priority the mapping lists but maps to nothing. */
  PRIORITY_UNMAPPED(
      "priority-unmapped", Severity.ERROR, "Map it to a priority id of the contract (P1, P2...).") {
    @Override
    void check(ImportMapping m, Optional<Contract> c, List<Finding> out) {
      for (MappedValue<String> p : m.priorities().values()) {
        if (p.target().isEmpty()) {
          out.add(finding(p.location(), "PSA priority '" + p.name() + "' is mapped to nothing"));
        }
      }
    }
  },

  /** Nothing the mapping reads ever resolves a ticket: resolution clocks never stop. */
  NOTHING_RESOLVES(
      "nothing-resolves",
      Severity.ERROR,
      "Name the ticket list's resolved or closed column, or map a PSA status to resolved or"
          + " closed and read the status history.") {
    @Override
    void check(ImportMapping m, Optional<Contract> c, List<Finding> out) {
      TicketColumns t = m.tickets();
      boolean statusRule = m.history().map(h -> h.records(HistoryAction.STATUS)).orElse(false);
      boolean resolving =
          m.statuses().values().stream()
              .anyMatch(
                  s ->
                      s.target()
                          .flatMap(StatusTarget::status)
                          .filter(TicketStatus::isResolved)
                          .isPresent());
      if (t.resolved().isEmpty() && t.closed().isEmpty() && !(statusRule && resolving)) {
        out.add(finding(m.location(), "no column or status of the mapping resolves a ticket"));
      }
    }
  },

  /** A status whose name says the ticket waits is mapped to a status that counts as work. */
  WAITING_NAME_COUNTS(
      "waiting-status-counts",
      Severity.WARNING,
      "Map it to waiting_customer, waiting_third_party or on_hold if the provider waits in it.") {
    private final Pattern waiting =
        Pattern.compile(
            "\\b(wait\\w*|pending|on.?hold|hold|await\\w*|paused?|suspended)\\b",
            Pattern.CASE_INSENSITIVE);

    @Override
    void check(ImportMapping m, Optional<Contract> c, List<Finding> out) {
      for (MappedValue<StatusTarget> s : m.statuses().values()) {
        Optional<StatusTarget> t = s.target();
        if (t.isPresent()
            && t.get().status().filter(st -> !st.isResolved()).isPresent()
            && !t.get().isWaiting()
            && waiting.matcher(s.name()).find()) {
          out.add(
              finding(
                  s.location(),
                  "PSA status '"
                      + s.name()
                      + "' sounds like a wait but maps to "
                      + t.get().id()
                      + ", which no contract pauses on: time in it counts against the provider"));
        }
      }
    }
  },

  /** A waiting status that the contract does not pause resolution on. */
  WAITING_NOT_PAUSED(
      "waiting-status-not-paused",
      Severity.WARNING,
      "Add the status to the SLA's pause_on.resolution, or map the PSA status to one the SLA"
          + " pauses on, if the provider really waits in it.") {
    @Override
    void check(ImportMapping m, Optional<Contract> c, List<Finding> out) {
      if (c.isEmpty() || !m.history().map(h -> h.records(HistoryAction.STATUS)).orElse(false)) {
        return;
      }
      for (MappedValue<StatusTarget> s : m.statuses().values()) {
        Optional<TicketStatus> status =
            s.target().filter(StatusTarget::isWaiting).flatMap(StatusTarget::status);
        if (status.isEmpty()) {
          continue;
        }
        for (ContractSla sla : c.get().slas()) {
          boolean measured =
              !sla.policy().targets().getOrDefault(Metric.RESOLUTION, Map.of()).isEmpty();
          if (measured && !sla.policy().pausesFor(Metric.RESOLUTION).contains(status.get())) {
            out.add(
                finding(
                    s.location(),
                    "PSA status '"
                        + s.name()
                        + "' maps to "
                        + status.get().id()
                        + ", which SLA '"
                        + sla.id()
                        + "' does not pause resolution on: waiting in it counts against the"
                        + " provider"));
          }
        }
      }
    }
  },

  /** A priority the mapping maps to is not a priority of the contract. */
  PRIORITY_NOT_IN_CONTRACT(
      "priority-not-in-contract",
      Severity.ERROR,
      "Map the PSA priority to one of the contract's priority ids.") {
    @Override
    void check(ImportMapping m, Optional<Contract> c, List<Finding> out) {
      if (c.isEmpty()) {
        return;
      }
      for (MappedValue<String> p : m.priorities().values()) {
        p.target()
            .filter(id -> c.get().priority(id).isEmpty())
            .ifPresent(
                id ->
                    out.add(
                        finding(
                            p.location(),
                            "PSA priority '"
                                + p.name()
                                + "' maps to "
                                + id
                                + ", which the contract does not define (it has "
                                + c.get().priorityIds()
                                + ")")));
      }
    }
  },

  /** A service the mapping maps to is not a service of the contract. */
  SERVICE_NOT_IN_CONTRACT(
      "service-not-in-contract",
      Severity.ERROR,
      "Map the PSA value to one of the contract's service ids.") {
    @Override
    void check(ImportMapping m, Optional<Contract> c, List<Finding> out) {
      if (c.isEmpty()) {
        return;
      }
      List<MappedValue<String>> services = new ArrayList<>(m.services().values());
      m.defaultService()
          .ifPresent(
              d ->
                  services.add(new MappedValue<>("default_service", Optional.of(d), m.location())));
      for (MappedValue<String> s : services) {
        s.target()
            .filter(id -> c.get().service(id).isEmpty())
            .ifPresent(
                id ->
                    out.add(
                        finding(
                            s.location(),
                            "'"
                                + s.name()
                                + "' maps to service "
                                + id
                                + ", which the contract does not define")));
      }
    }
  },

  /** What the import cannot measure, metric by metric (not an error: the data says no more). */
  CLOCKS_NOT_MEASURED(
      "clocks-not-measured",
      Severity.INFO,
      "Export the status history (audit trail) with the ticket list, and map its status changes"
          + " and replies.") {
    @Override
    void check(ImportMapping m, Optional<Contract> c, List<Finding> out) {
      Coverage.of(m)
          .forEach(
              (metric, coverage) -> {
                if (coverage.measure() != Coverage.Measure.MEASURED) {
                  out.add(finding(m.location(), metric.id() + ": " + coverage.why()));
                }
              });
    }
  };

  private final String id;
  private final Severity severity;
  private final String hint;

  MappingRule(String id, Severity severity, String hint) {
    this.id = id;
    this.severity = severity;
    this.hint = hint;
  }

  String id() {
    return id;
  }

  abstract void check(ImportMapping mapping, Optional<Contract> contract, List<Finding> out);

  Finding finding(SourceLocation at, String message) {
    return new Finding(id, severity, at, message, hint);
  }
}
