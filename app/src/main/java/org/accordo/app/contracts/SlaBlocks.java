package org.accordo.app.contracts;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.accordo.app.render.Block;
import org.accordo.app.render.Labels;
import org.accordo.core.availability.AvailabilityPolicy;
import org.accordo.core.availability.MaintenanceWindow;
import org.accordo.core.contract.Contract;
import org.accordo.core.contract.ContractSla;
import org.accordo.core.contract.DowntimeAllowance;
import org.accordo.core.contract.EscalationLevel;
import org.accordo.core.contract.Service;
import org.accordo.core.policy.EscalationThreshold;
import org.accordo.core.policy.Metric;
import org.accordo.core.policy.MetricTarget;
import org.accordo.core.policy.SlaPolicy;

/**
 * The "service levels" section: per SLA its services, target table, clock rules and availability.
 */
final class SlaBlocks {

  private final Contract contract;
  private final Formats formats;
  private final Labels labels;

  SlaBlocks(Contract contract, Formats formats) {
    this.contract = contract;
    this.formats = formats;
    this.labels = formats.labels();
  }

  List<Block> blocks() {
    List<Block> blocks = new ArrayList<>();
    blocks.add(new Block.Heading(2, labels.get("section.slas")));
    for (ContractSla sla : contract.slas()) {
      blocks.add(new Block.Heading(3, labels.get("sla.title", sla.id())));
      List<String> services =
          sla.policy().services().stream()
              .map(id -> contract.service(id).map(Service::name).orElse(id))
              .toList();
      blocks.add(
          new Block.Facts(
              List.of(new Block.Fact(labels.get("sla.services"), String.join(", ", services)))));
      if (sla.policy().measuresTickets()) {
        ticketBlocks(sla.policy(), blocks);
      }
      sla.availability().ifPresent(a -> availabilityBlocks(a, blocks));
    }
    return blocks;
  }

  private void ticketBlocks(SlaPolicy policy, List<Block> blocks) {
    List<Metric> metrics =
        java.util.Arrays.stream(Metric.values())
            .filter(m -> !policy.targets().getOrDefault(m, Map.of()).isEmpty())
            .toList();
    List<String> headers = new ArrayList<>();
    headers.add(labels.get("priority.id"));
    metrics.forEach(m -> headers.add(labels.get("metric." + m.id())));
    List<List<String>> rows = new ArrayList<>();
    for (String priority : contract.priorityIds()) {
      List<String> row = new ArrayList<>();
      row.add(priority + " " + contract.priority(priority).map(p -> p.name()).orElse(""));
      boolean any = false;
      for (Metric m : metrics) {
        Optional<MetricTarget> target = policy.target(m, priority);
        any |= target.isPresent();
        row.add(
            target
                .map(t -> formats.businessTime(t.target(), t.calendar()))
                .orElse(labels.get("value.none")));
      }
      if (any) {
        rows.add(row);
      }
    }
    blocks.add(new Block.Heading(4, labels.get("sla.targets")));
    blocks.add(new Block.Table(headers, rows, List.of()));
    List<String> pauses = new ArrayList<>();
    for (Metric m : metrics) {
      List<String> statuses =
          policy.pausesFor(m).stream().sorted().map(s -> labels.get("status." + s.id())).toList();
      pauses.add(
          statuses.isEmpty()
              ? labels.get("sla.pauses.none", labels.get("metric." + m.id()))
              : labels.get(
                  "sla.pauses.item", labels.get("metric." + m.id()), String.join(", ", statuses)));
    }
    blocks.add(new Block.Items(labels.get("sla.pauses"), pauses));
    String change = policy.onPriorityChange().name().toLowerCase(java.util.Locale.ROOT);
    String reopen = policy.onReopen().name().toLowerCase(java.util.Locale.ROOT);
    blocks.add(
        new Block.Facts(
            List.of(
                new Block.Fact(
                    labels.get("sla.priority_change"), labels.get("sla.priority_change." + change)),
                new Block.Fact(labels.get("sla.reopen"), labels.get("sla.reopen." + reopen)))));
    if (!policy.escalation().isEmpty()) {
      List<String> thresholds = new ArrayList<>();
      for (EscalationThreshold t : policy.escalation()) {
        String who =
            contract
                .escalation()
                .flatMap(e -> e.level(t.level()))
                .map(EscalationLevel::who)
                .orElse("");
        thresholds.add(
            labels.get(
                "sla.escalation.item",
                formats.percent(java.math.BigDecimal.valueOf(t.atFraction())),
                t.level(),
                who));
      }
      blocks.add(new Block.Items(labels.get("sla.escalation"), thresholds));
    }
  }

  private void availabilityBlocks(AvailabilityPolicy a, List<Block> blocks) {
    DowntimeAllowance allowance = DowntimeAllowance.of(a.target());
    blocks.add(new Block.Heading(4, labels.get("sla.availability")));
    blocks.add(
        new Block.Table(
            List.of(
                labels.get("sla.availability.target"),
                labels.get("sla.availability.calendar"),
                labels.get("sla.availability.period"),
                labels.get("sla.availability.month"),
                labels.get("sla.availability.year")),
            List.of(
                List.of(
                    formats.percent(a.target()),
                    a.calendar(),
                    labels.get("sla.availability.period." + a.period().id()),
                    formats.duration(allowance.perMonth()),
                    formats.duration(allowance.perYear()))),
            List.of(0, 3, 4)));
    if (a.maintenance().windows().isEmpty()) {
      blocks.add(new Block.Paragraph(labels.get("sla.maintenance.none")));
    } else {
      List<String> windows = a.maintenance().windows().stream().map(this::window).toList();
      String caption =
          labels.get("sla.maintenance")
              + (a.maintenance().notice().isZero()
                  ? ""
                  : " ("
                      + labels.get(
                          "sla.maintenance.notice", formats.duration(a.maintenance().notice()))
                      + ")");
      blocks.add(new Block.Items(caption, windows));
    }
  }

  private String window(MaintenanceWindow w) {
    String days = String.join(", ", w.days().stream().sorted().map(formats::day).toList());
    return days + " " + w.start() + "–" + w.end() + " (" + w.zone().getId() + ")";
  }
}
