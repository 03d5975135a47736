package org.accordo.core.contract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.accordo.core.credit.Money;
import org.accordo.core.credit.MoneyYaml;
import org.accordo.core.yaml.YamlNodes;
import org.accordo.core.yaml.YamlProblems;
import org.yaml.snakeyaml.nodes.Node;

/** Reads the sections that carry money: communication (after-hours rate) and pricing. */
final class CommercialSection {

  private CommercialSection() {}

  static Communication communication(Node node, YamlProblems problems) {
    Fields f = Fields.of(node, problems, "communication", "channels", "after_hours");
    List<Channel> channels = new ArrayList<>();
    List<Node> items =
        f.get("channels")
            .map(n -> YamlNodes.sequence(n, problems, "communication.channels"))
            .orElse(List.of());
    for (int i = 0; i < items.size(); i++) {
      Fields c =
          Fields.of(
                  items.get(i),
                  problems,
                  "communication.channels[" + i + "]",
                  "type",
                  "address",
                  "hours")
              .require("type", "address");
      Optional<String> type = c.text("type");
      Optional<String> address =
          type.filter("email"::equals).isPresent() ? c.email("address") : c.text("address");
      Optional<String> hours = c.text("hours");
      if (type.isPresent() && address.isPresent()) {
        channels.add(new Channel(type.get(), address.get(), hours));
      }
    }
    Optional<AfterHours> afterHours =
        f.fields("after_hours", "available_for", "rate")
            .map(
                a ->
                    new AfterHours(
                        a.texts("available_for"),
                        a.fields("rate", "amount", "currency", "per")
                            .flatMap(CommercialSection::rate)));
    return new Communication(channels, afterHours);
  }

  static Pricing pricing(Node node, YamlProblems problems) {
    Fields f =
        Fields.of(node, problems, "pricing", "structure", "fees", "payment_terms", "discounts");
    List<Fee> fees = new ArrayList<>();
    List<Node> items =
        f.get("fees").map(n -> YamlNodes.sequence(n, problems, "pricing.fees")).orElse(List.of());
    for (int i = 0; i < items.size(); i++) {
      Fields fee =
          Fields.of(
                  items.get(i),
                  problems,
                  "pricing.fees[" + i + "]",
                  "item",
                  "amount",
                  "currency",
                  "per")
              .require("item");
      Optional<String> item = fee.text("item");
      Optional<Rate> rate = rate(fee);
      if (item.isPresent() && rate.isPresent()) {
        fees.add(new Fee(item.get(), rate.get()));
      }
    }
    return new Pricing(f.text("structure"), fees, f.text("payment_terms"), f.text("discounts"));
  }

  private static Optional<Rate> rate(Fields f) {
    f.require("amount", "currency", "per");
    Optional<Money> money =
        MoneyYaml.fromEntries(f.entries(), f.node(), f.problems(), f.whatSelf());
    return f.text("per").flatMap(per -> money.map(m -> new Rate(m, per)));
  }
}
