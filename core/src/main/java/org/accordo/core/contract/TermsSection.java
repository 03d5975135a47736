package org.accordo.core.contract;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.accordo.core.yaml.YamlNodes;
import org.accordo.core.yaml.YamlProblems;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads the prose-like sections: responsibilities, escalation, problem management, reporting,
 * security and termination.
 */
final class TermsSection {

  private TermsSection() {}

  static Responsibilities responsibilities(Node node, YamlProblems problems) {
    Fields f =
        Fields.of(
            node, problems, "responsibilities", "provider", "customer", "outside_provider_control");
    return new Responsibilities(
        f.texts("provider"), f.texts("customer"), f.texts("outside_provider_control"));
  }

  static EscalationMatrix escalation(Node node, YamlProblems problems) {
    Fields f = Fields.of(node, problems, "escalation", "levels", "emergencies").require("levels");
    List<EscalationLevel> levels = new ArrayList<>();
    f.get("levels")
        .ifPresent(
            levelsNode -> {
              Map<String, Node> entries =
                  YamlNodes.mapping(levelsNode, problems, "escalation.levels", Set.of());
              entries.forEach(
                  (id, value) -> {
                    Fields level =
                        Fields.of(
                                value,
                                problems,
                                "escalation.levels." + id,
                                "who",
                                "email",
                                "phone",
                                "hours")
                            .require("who");
                    Optional<String> email = level.email("email");
                    Optional<String> phone = level.text("phone");
                    Optional<String> hours = level.text("hours");
                    level
                        .text("who")
                        .ifPresent(
                            who -> levels.add(new EscalationLevel(id, who, email, phone, hours)));
                  });
            });
    List<Emergency> emergencies = new ArrayList<>();
    List<Node> items =
        f.get("emergencies")
            .map(n -> YamlNodes.sequence(n, problems, "escalation.emergencies"))
            .orElse(List.of());
    for (int i = 0; i < items.size(); i++) {
      Fields e =
          Fields.of(
                  items.get(i),
                  problems,
                  "escalation.emergencies[" + i + "]",
                  "type",
                  "start_at",
                  "notify_customer_within")
              .require("type", "start_at", "notify_customer_within");
      Optional<String> type = e.text("type");
      Optional<String> startAt = e.text("start_at");
      Optional<Duration> within = e.positiveDuration("notify_customer_within");
      if (type.isPresent() && startAt.isPresent() && within.isPresent()) {
        emergencies.add(new Emergency(type.get(), startAt.get(), within.get()));
      }
    }
    return new EscalationMatrix(levels, emergencies);
  }

  static ProblemManagement problemManagement(Node node, YamlProblems problems) {
    Fields f =
        Fields.of(
            node,
            problems,
            "problem_management",
            "definition",
            "how_to_report",
            "root_cause_analysis");
    Optional<RootCauseAnalysis> rca =
        f.fields("root_cause_analysis", "required_for", "also_after_breach", "within")
            .map(
                r ->
                    new RootCauseAnalysis(
                        r.texts("required_for"),
                        r.bool("also_after_breach").orElse(false),
                        within(r, "within")));
    return new ProblemManagement(f.text("definition"), f.text("how_to_report"), rca);
  }

  static Optional<Reporting> reporting(Node node, YamlProblems problems) {
    Fields f =
        Fields.of(
                node,
                problems,
                "reporting",
                "frequency",
                "delivered_within",
                "recipients",
                "contents")
            .require("frequency");
    Optional<BusinessDuration> within = within(f, "delivered_within");
    List<String> recipients = f.texts("recipients");
    List<String> contents = f.texts("contents");
    return f.text("frequency")
        .map(frequency -> new Reporting(frequency, within, recipients, contents));
  }

  /** A {@code { duration: 5d, calendar: office }} mapping. */
  static Optional<BusinessDuration> within(Fields parent, String key) {
    return parent
        .fields(key, "duration", "calendar")
        .flatMap(
            f -> {
              f.require("duration", "calendar");
              Optional<Duration> duration = f.positiveDuration("duration");
              Optional<String> calendar = f.text("calendar");
              if (duration.isEmpty() || calendar.isEmpty()) {
                return Optional.empty();
              }
              return Optional.of(new BusinessDuration(duration.get(), calendar.get()));
            });
  }

  static Security security(Node node, YamlProblems problems) {
    Fields f =
        Fields.of(
            node,
            problems,
            "security",
            "measures",
            "backup",
            "disaster_recovery",
            "data_protection");
    Optional<Backup> backup =
        f.fields("backup", "frequency", "retention", "offsite", "restore_test")
            .flatMap(
                b -> {
                  b.require("frequency");
                  Optional<Duration> retention = b.positiveDuration("retention");
                  Optional<Boolean> offsite = b.bool("offsite");
                  Optional<String> restoreTest = b.text("restore_test");
                  return b.text("frequency")
                      .map(frequency -> new Backup(frequency, retention, offsite, restoreTest));
                });
    Optional<DisasterRecovery> recovery =
        f.fields("disaster_recovery", "rpo", "rto")
            .flatMap(
                d -> {
                  d.require("rpo", "rto");
                  Optional<Duration> rpo = d.duration("rpo");
                  Optional<Duration> rto = d.positiveDuration("rto");
                  return rpo.isPresent() && rto.isPresent()
                      ? Optional.of(new DisasterRecovery(rpo.get(), rto.get()))
                      : Optional.empty();
                });
    return new Security(f.texts("measures"), backup, recovery, f.text("data_protection"));
  }

  static Termination termination(Node node, YamlProblems problems) {
    Fields f = Fields.of(node, problems, "termination", "notice", "for_cause", "exit_assistance");
    return new Termination(f.period("notice"), f.texts("for_cause"), f.text("exit_assistance"));
  }
}
