package org.accordo.core.simulation;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.accordo.core.policy.Metric;

/**
 * Contracts written as YAML from a table of targets, for properties that vary the targets: the
 * scenario's calendars and services, the priorities and targets given, a 99.5% availability SLA and
 * credits per P1/P2 resolution breach.
 */
final class ContractTemplate {

  /** Targets in seconds on {@code office}, or on {@code always} for P1. */
  private final Map<Metric, Map<String, Long>> seconds = new TreeMap<>();

  private final List<String> priorities;

  ContractTemplate(String... priorities) {
    this.priorities = List.of(priorities);
  }

  ContractTemplate target(Metric metric, String priority, long targetSeconds) {
    seconds.computeIfAbsent(metric, m -> new TreeMap<>()).put(priority, targetSeconds);
    return this;
  }

  /** The same priorities with every target times {@code factor}, floored to whole seconds, >= 1. */
  ContractTemplate scaled(double factor) {
    ContractTemplate scaled = new ContractTemplate(priorities.toArray(String[]::new));
    seconds.forEach(
        (metric, byPriority) ->
            byPriority.forEach(
                (p, s) -> scaled.target(metric, p, Math.max(1, (long) Math.floor(s * factor)))));
    return scaled;
  }

  String yaml() {
    StringBuilder metrics = new StringBuilder();
    seconds.forEach(
        (metric, byPriority) -> {
          metrics.append("      ").append(metric.id()).append(":\n");
          byPriority.forEach(
              (p, target) ->
                  metrics
                      .append("        ")
                      .append(p)
                      .append(": { target: ")
                      .append(TargetGrammar.write(Duration.ofSeconds(target)))
                      .append(", calendar: ")
                      .append(p.equals("P1") ? "always" : "office")
                      .append(" }\n"));
        });
    StringBuilder priorityLines = new StringBuilder();
    for (String p : priorities) {
      priorityLines.append("  ").append(p).append(": { name: ").append(p);
      priorityLines.append(", definition: ").append(p).append(". }\n");
    }
    String credits =
        priorities.contains("P1")
            ? "    - { breach: resolution, priority: P1, credit: 5% }\n"
            : "    - { breach: resolution, priority: P2, credit: 2% }\n";
    return """
        contract:
          id: template
          title: Template agreement
          effective: { from: 2026-01-01 }
          review: { every: P6M, next: 2026-12-01 }
          provider: { name: Provider Srl, contact: { name: Anna } }
          customer: { name: Customer Srl, contact: { name: Bruno } }
          timezone: Europe/Rome
        calendars:
          office:
            timezone: Europe/Rome
            hours:
              mon-fri: ["09:00-13:00", "14:00-18:00"]
          always: 24x7
        services:
          - { id: desk, name: Service desk, description: Remote support., hours: office }
          - { id: servers, name: Servers, description: Server management., hours: always }
        priorities:
        %s
        slas:
          - id: desk
            services: [desk, servers]
            metrics:
        %s
          - id: uptime
            services: [servers]
            availability: { target: 99.5%%, calendar: always }
        credits:
          monthly_fee: { amount: 1000.00, currency: EUR }
          rules:
            - { availability_below: 99.5%%, credit: 10%% }
        %s  cap: 50%%
        """
        .formatted(
            priorityLines.toString().stripTrailing(), metrics.toString().stripTrailing(), credits);
  }
}
