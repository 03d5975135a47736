package org.accordo.core.credit;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.accordo.core.yaml.YamlNodes;
import org.accordo.core.yaml.YamlProblems;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads amounts of money written {@code { amount: 2400.00, currency: EUR }}. The amount is read
 * from the YAML text, never through a {@code double}, so {@code 0.10} stays exact.
 */
public final class MoneyYaml {

  private static final Pattern DECIMAL = Pattern.compile("\\d+(?:\\.\\d+)?");
  private static final Pattern CODE = Pattern.compile("[A-Z]{3}");

  private MoneyYaml() {}

  /**
   * A mapping holding exactly {@code amount} and {@code currency}; empty after reporting problems.
   *
   * @param what the value's place in messages, e.g. {@code credits.monthly_fee}
   */
  public static Optional<Money> parse(Node node, YamlProblems problems, String what) {
    Map<String, Node> entries =
        YamlNodes.mapping(node, problems, what, Set.of("amount", "currency"));
    return fromEntries(entries, node, problems, what);
  }

  /**
   * The {@code amount} and {@code currency} of a mapping already read (e.g. a fee that also has
   * {@code item} and {@code per}); reports either missing at {@code mapping}.
   */
  public static Optional<Money> fromEntries(
      Map<String, Node> entries, Node mapping, YamlProblems problems, String what) {
    if (entries.isEmpty()) {
      return Optional.empty();
    }
    YamlNodes.require(entries, mapping, problems, what, "amount", "currency");
    Optional<BigDecimal> amount =
        Optional.ofNullable(entries.get("amount"))
            .flatMap(n -> amount(n, problems, what + ".amount"));
    Optional<String> currency =
        Optional.ofNullable(entries.get("currency"))
            .flatMap(n -> currency(n, problems, what + ".currency"));
    if (amount.isEmpty() || currency.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Money(amount.get(), currency.get()));
  }

  /** A non-negative decimal such as {@code 2400.00}, exact. */
  public static Optional<BigDecimal> amount(Node node, YamlProblems problems, String what) {
    return YamlNodes.string(node, problems, what)
        .flatMap(
            text -> {
              if (!DECIMAL.matcher(text).matches()) {
                problems.add(
                    node,
                    what + " " + YamlNodes.quote(text) + " is not an amount; write e.g. 2400.00");
                return Optional.empty();
              }
              return Optional.of(new BigDecimal(text));
            });
  }

  private static Optional<String> currency(Node node, YamlProblems problems, String what) {
    return YamlNodes.string(node, problems, what)
        .flatMap(
            text -> {
              if (!CODE.matcher(text).matches()) {
                problems.add(
                    node,
                    what
                        + " "
                        + YamlNodes.quote(text)
                        + " is not a currency; write an ISO 4217 code such as EUR");
                return Optional.empty();
              }
              return Optional.of(text);
            });
  }
}
