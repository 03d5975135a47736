package org.accordo.core.credit;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.accordo.core.availability.OutageCause;
import org.accordo.core.policy.Metric;
import org.accordo.core.yaml.YamlNodes;
import org.accordo.core.yaml.YamlProblems;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Reads the contract's {@code credits:} section:
 *
 * <pre>
 * credits:
 *   monthly_fee: { amount: 2400.00, currency: EUR }
 *   rules:
 *     - { availability_below: 99.9%, credit: 5% }
 *     - { breach: resolution, priority: P1, credit: 2% }   # priority optional: every priority
 *     - { breach: rca, credit: 1% }     # each root cause analysis delivered late
 *   cap: 30%                         # optional
 *   exclusions: [customer_caused, outside_provider_control, announced_maintenance]
 *   claim_within: P30D               # optional
 *   applied_as: discount on the next month's invoice    # optional
 *   stack: false                     # optional; true lets availability tiers add up
 * </pre>
 *
 * Whether a rule's priority exists in the contract is the contract loader's check.
 */
public final class CreditsYaml {

  private static final Set<String> KEYS =
      Set.of("monthly_fee", "rules", "cap", "exclusions", "claim_within", "applied_as", "stack");
  private static final Set<String> RULE_KEYS =
      Set.of("availability_below", "breach", "priority", "credit");

  private CreditsYaml() {}

  /**
   * The credit terms in {@code node}, or empty when they have problems, each reported.
   *
   * @param what the section's place in messages, e.g. {@code credits}
   */
  public static Optional<CreditPolicy> parse(Node node, YamlProblems problems, String what) {
    int before = problems.all().size();
    Map<String, Node> entries = YamlNodes.mapping(node, problems, what, KEYS);
    if (entries.isEmpty()) {
      return Optional.empty();
    }
    YamlNodes.require(entries, node, problems, what, "monthly_fee", "rules");
    Optional<Money> fee =
        read(entries.get("monthly_fee"), n -> MoneyYaml.parse(n, problems, what + ".monthly_fee"));
    List<CreditRule> rules =
        entries.containsKey("rules")
            ? rules(entries.get("rules"), problems, what + ".rules")
            : List.of();
    Optional<BigDecimal> cap =
        read(entries.get("cap"), n -> YamlNodes.percent(n, problems, what + ".cap"));
    Set<OutageCause> exclusions =
        entries.containsKey("exclusions")
            ? exclusions(entries.get("exclusions"), problems, what + ".exclusions")
            : Set.of();
    Optional<Duration> claimWithin =
        read(
            entries.get("claim_within"),
            n -> YamlNodes.duration(n, problems, what + ".claim_within"));
    Optional<String> appliedAs =
        read(entries.get("applied_as"), n -> YamlNodes.string(n, problems, what + ".applied_as"));
    TierStacking stacking =
        entries.containsKey("stack")
            ? stacking(entries.get("stack"), problems, what + ".stack")
            : TierStacking.LOWEST_TIER_ONLY;
    if (problems.all().size() > before || fee.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new CreditPolicy(fee.get(), rules, cap, exclusions, claimWithin, appliedAs, stacking));
  }

  private static List<CreditRule> rules(Node node, YamlProblems problems, String what) {
    List<CreditRule> rules = new ArrayList<>();
    List<Node> items = YamlNodes.sequence(node, problems, what);
    for (int i = 0; i < items.size(); i++) {
      rule(items.get(i), problems, what + "[" + i + "]").ifPresent(rules::add);
    }
    return rules;
  }

  private static Optional<CreditRule> rule(Node node, YamlProblems problems, String what) {
    Map<String, Node> entries = YamlNodes.mapping(node, problems, what, RULE_KEYS);
    if (entries.isEmpty()) {
      return Optional.empty();
    }
    YamlNodes.require(entries, node, problems, what, "credit");
    Optional<BigDecimal> credit =
        read(entries.get("credit"), n -> YamlNodes.percent(n, problems, what + ".credit"));
    boolean tier = entries.containsKey("availability_below");
    boolean breach = entries.containsKey("breach");
    if (tier == breach) {
      problems.add(node, what + " needs exactly one of 'availability_below' or 'breach'");
      return Optional.empty();
    }
    if (tier) {
      if (entries.containsKey("priority")) {
        problems.add(entries.get("priority"), what + ".priority applies to breach rules only");
      }
      Optional<BigDecimal> below =
          YamlNodes.percent(
              entries.get("availability_below"), problems, what + ".availability_below");
      if (below.isPresent() && below.get().signum() == 0) {
        problems.add(
            entries.get("availability_below"), what + ".availability_below must be above 0%");
        return Optional.empty();
      }
      return below.flatMap(b -> credit.map(c -> new AvailabilityTier(b, c)));
    }
    Optional<String> priority =
        read(entries.get("priority"), n -> YamlNodes.string(n, problems, what + ".priority"));
    if (entries.containsKey("priority") && priority.isEmpty()) {
      return Optional.empty();
    }
    if (entries.get("breach") instanceof ScalarNode scalar
        && RcaCredit.METRIC.equals(scalar.getValue())) {
      return credit.map(c -> new RcaCredit(priority, c));
    }
    Optional<Metric> metric = metric(entries.get("breach"), problems, what + ".breach");
    return metric.flatMap(m -> credit.map(c -> new BreachCredit(m, priority, c)));
  }

  private static Optional<Metric> metric(Node node, YamlProblems problems, String what) {
    return YamlNodes.string(node, problems, what)
        .flatMap(
            text -> {
              Optional<Metric> metric = Metric.fromId(text);
              if (metric.isEmpty()) {
                List<String> ids = new java.util.ArrayList<>();
                java.util.Arrays.stream(Metric.values()).map(Metric::id).forEach(ids::add);
                ids.add(RcaCredit.METRIC);
                problems.add(
                    node,
                    what
                        + " "
                        + YamlNodes.quote(text)
                        + " is not a metric; expected one of "
                        + ids);
              }
              return metric;
            });
  }

  private static Set<OutageCause> exclusions(Node node, YamlProblems problems, String what) {
    EnumSet<OutageCause> causes = EnumSet.noneOf(OutageCause.class);
    List<Node> items = YamlNodes.sequence(node, problems, what);
    for (int i = 0; i < items.size(); i++) {
      Node item = items.get(i);
      String where = what + "[" + i + "]";
      YamlNodes.string(item, problems, where)
          .ifPresent(
              text ->
                  OutageCause.fromId(text)
                      .ifPresentOrElse(
                          causes::add,
                          () ->
                              problems.add(
                                  item,
                                  where
                                      + " "
                                      + YamlNodes.quote(text)
                                      + " is not an outage cause; expected one of "
                                      + OutageCause.ids())));
    }
    return causes;
  }

  private static TierStacking stacking(Node node, YamlProblems problems, String what) {
    Optional<String> text = YamlNodes.string(node, problems, what);
    if (text.isEmpty()) {
      return TierStacking.LOWEST_TIER_ONLY;
    }
    switch (text.get()) {
      case "true":
        return TierStacking.ALL_TIERS;
      case "false":
        return TierStacking.LOWEST_TIER_ONLY;
      default:
        problems.add(node, what + " " + YamlNodes.quote(text.get()) + " must be true or false");
        return TierStacking.LOWEST_TIER_ONLY;
    }
  }

  private static <T> Optional<T> read(Node node, Function<Node, Optional<T>> reader) {
    return node == null ? Optional.empty() : reader.apply(node);
  }
}
