package org.accordo.app.contracts;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.accordo.app.render.Block;
import org.accordo.app.render.Block.Fact;
import org.accordo.app.render.Labels;
import org.accordo.core.contract.Backup;
import org.accordo.core.contract.Communication;
import org.accordo.core.contract.Contract;
import org.accordo.core.contract.EscalationLevel;
import org.accordo.core.contract.EscalationMatrix;
import org.accordo.core.contract.ProblemManagement;
import org.accordo.core.contract.Reporting;
import org.accordo.core.contract.Security;
import org.accordo.core.contract.Termination;
import org.accordo.core.credit.AvailabilityTier;
import org.accordo.core.credit.BreachCredit;
import org.accordo.core.credit.CreditPolicy;
import org.accordo.core.credit.CreditRule;
import org.accordo.core.credit.RcaCredit;
import org.accordo.core.credit.TierStacking;

/**
 * The body of each section after the service levels; headings are added by {@link
 * ContractDocument}.
 */
final class TermsBlocks {

  private final Contract contract;
  private final Formats formats;
  private final Labels labels;

  TermsBlocks(Contract contract, Formats formats) {
    this.contract = contract;
    this.formats = formats;
    this.labels = formats.labels();
  }

  List<Block> communication(Communication c) {
    List<Block> blocks = new ArrayList<>();
    List<List<String>> rows =
        c.channels().stream()
            .map(
                ch ->
                    List.of(
                        ch.type(),
                        ch.address(),
                        ch.hours().orElse(labels.get("communication.hours.any"))))
            .toList();
    if (!rows.isEmpty()) {
      blocks.add(
          new Block.Table(
              List.of(
                  labels.get("communication.type"),
                  labels.get("communication.address"),
                  labels.get("communication.hours")),
              rows,
              List.of()));
    }
    c.afterHours()
        .ifPresent(
            a -> {
              blocks.add(new Block.Heading(4, labels.get("communication.after_hours")));
              blocks.add(
                  new Block.Facts(
                      List.of(
                          new Fact(
                              labels.get("communication.after_hours.for"),
                              String.join(", ", a.availableFor())),
                          new Fact(
                              labels.get("communication.after_hours.rate"),
                              a.rate()
                                  .map(r -> formats.money(r.price()) + " / " + r.per())
                                  .orElse(labels.get("communication.after_hours.no_rate"))))));
            });
    return blocks;
  }

  List<Block> escalation(EscalationMatrix e) {
    List<Block> blocks = new ArrayList<>();
    blocks.add(new Block.Heading(4, labels.get("escalation.levels")));
    String none = labels.get("value.none");
    // the recipients' hours (quiet hours) get a column only when some level names them
    boolean withHours = e.levels().stream().anyMatch(l -> l.hours().isPresent());
    List<String> header =
        new ArrayList<>(
            List.of(
                labels.get("escalation.level"),
                labels.get("escalation.who"),
                labels.get("escalation.email"),
                labels.get("escalation.phone")));
    if (withHours) {
      header.add(labels.get("escalation.hours"));
    }
    List<List<String>> rows = new ArrayList<>();
    for (EscalationLevel l : e.levels()) {
      List<String> row =
          new ArrayList<>(List.of(l.id(), l.who(), l.email().orElse(none), l.phone().orElse(none)));
      if (withHours) {
        row.add(l.hours().orElse(labels.get("escalation.hours.any")));
      }
      rows.add(row);
    }
    blocks.add(new Block.Table(header, rows, List.of()));
    if (!e.emergencies().isEmpty()) {
      blocks.add(new Block.Heading(4, labels.get("escalation.emergencies")));
      blocks.add(
          new Block.Table(
              List.of(
                  labels.get("escalation.emergency.type"),
                  labels.get("escalation.emergency.start"),
                  labels.get("escalation.emergency.notify")),
              e.emergencies().stream()
                  .map(
                      m ->
                          List.of(
                              m.type(), m.startAt(), formats.duration(m.notifyCustomerWithin())))
                  .toList(),
              List.of()));
    }
    return blocks;
  }

  List<Block> problemManagement(ProblemManagement p) {
    List<Fact> facts = new ArrayList<>();
    p.definition().ifPresent(d -> facts.add(new Fact(labels.get("problem.definition"), d)));
    p.howToReport().ifPresent(h -> facts.add(new Fact(labels.get("problem.how"), h)));
    p.rootCauseAnalysis()
        .ifPresent(
            r ->
                facts.add(
                    new Fact(
                        labels.get("problem.rca"),
                        labels.get("problem.rca.for", String.join(", ", r.requiredFor()))
                            + (r.alsoAfterBreach() ? labels.get("problem.rca.breach") : "")
                            + r.within()
                                .map(
                                    w ->
                                        labels.get(
                                            "problem.rca.within",
                                            formats.businessTime(w.duration(), w.calendar())))
                                .orElse(""))));
    return List.of(new Block.Facts(facts));
  }

  List<Block> responsibilities() {
    List<Block> blocks = new ArrayList<>();
    var r = contract.responsibilities();
    if (!r.provider().isEmpty()) {
      blocks.add(new Block.Items(labels.get("responsibilities.provider"), r.provider()));
    }
    if (!r.customer().isEmpty()) {
      blocks.add(new Block.Items(labels.get("responsibilities.customer"), r.customer()));
    }
    if (!r.outsideProviderControl().isEmpty()) {
      blocks.add(
          new Block.Items(labels.get("responsibilities.outside"), r.outsideProviderControl()));
    }
    return blocks;
  }

  List<Block> reporting(Reporting r) {
    List<Fact> facts = new ArrayList<>();
    facts.add(new Fact(labels.get("reporting.frequency"), r.frequency()));
    r.deliveredWithin()
        .ifPresent(
            w ->
                facts.add(
                    new Fact(
                        labels.get("reporting.within"),
                        formats.businessTime(w.duration(), w.calendar()))));
    if (!r.recipients().isEmpty()) {
      facts.add(new Fact(labels.get("reporting.recipients"), String.join(", ", r.recipients())));
    }
    List<Block> blocks = new ArrayList<>();
    blocks.add(new Block.Facts(facts));
    if (!r.contents().isEmpty()) {
      blocks.add(new Block.Items(labels.get("reporting.contents"), r.contents()));
    }
    return blocks;
  }

  List<Block> security(Security s) {
    List<Block> blocks = new ArrayList<>();
    if (!s.measures().isEmpty()) {
      blocks.add(new Block.Items(labels.get("security.measures"), s.measures()));
    }
    List<Fact> facts = new ArrayList<>();
    String none = labels.get("value.none");
    s.backup().ifPresent(b -> facts.add(new Fact(labels.get("security.backup"), backup(b, none))));
    s.disasterRecovery()
        .ifPresent(
            d ->
                facts.add(
                    new Fact(
                        labels.get("security.dr"),
                        labels.get(
                            "security.dr.value",
                            formats.duration(d.rpo()),
                            formats.duration(d.rto())))));
    s.dataProtection().ifPresent(d -> facts.add(new Fact(labels.get("security.data"), d)));
    if (!facts.isEmpty()) {
      blocks.add(new Block.Facts(facts));
    }
    return blocks;
  }

  private String backup(Backup b, String none) {
    return labels.get(
        "security.backup.value",
        b.frequency(),
        b.retention().map(formats::duration).orElse(none),
        b.offsite().map(formats::yesNo).orElse(none),
        b.restoreTest().orElse(none));
  }

  List<Block> credits(CreditPolicy c) {
    List<Block> blocks = new ArrayList<>();
    blocks.add(
        new Block.Facts(
            List.of(new Fact(labels.get("credits.fee"), formats.money(c.monthlyFee())))));
    blocks.add(new Block.Heading(4, labels.get("credits.schedule")));
    List<List<String>> rows = new ArrayList<>();
    for (CreditRule rule : c.rules()) {
      BigDecimal share = rule.credit();
      rows.add(
          List.of(
              condition(rule),
              formats.percent(share),
              formats.money(c.monthlyFee().times(share).rounded())));
    }
    blocks.add(
        new Block.Table(
            List.of(
                labels.get("credits.condition"),
                labels.get("credits.credit"),
                labels.get("credits.amount")),
            rows,
            List.of(1, 2)));
    String unspecified = labels.get("credits.unspecified");
    List<Fact> facts = new ArrayList<>();
    facts.add(
        new Fact(
            labels.get("credits.cap"),
            c.cap()
                .map(
                    cap ->
                        formats.percent(cap)
                            + " ("
                            + formats.money(c.monthlyFee().times(cap).rounded())
                            + ")")
                .orElse(unspecified)));
    facts.add(
        new Fact(
            labels.get("credits.exclusions"),
            c.exclusions().isEmpty()
                ? labels.get("value.none")
                : String.join(
                    ", ",
                    c.exclusions().stream()
                        .sorted()
                        .map(x -> labels.get("cause." + x.id()))
                        .toList())));
    facts.add(
        new Fact(
            labels.get("credits.claim"),
            c.claimWithin().map(formats::duration).orElse(unspecified)));
    facts.add(new Fact(labels.get("credits.applied"), c.appliedAs().orElse(unspecified)));
    blocks.add(new Block.Facts(facts));
    blocks.add(
        new Block.Paragraph(
            labels.get(
                c.stacking() == TierStacking.LOWEST_TIER_ONLY
                    ? "credits.stacking"
                    : "credits.stacking.stack")));
    return blocks;
  }

  private String condition(CreditRule rule) {
    if (rule instanceof AvailabilityTier t) {
      return labels.get("credits.tier", formats.percent(t.below()));
    }
    if (rule instanceof RcaCredit r) {
      String metric = labels.get("metric." + RcaCredit.METRIC);
      return r.priority()
          .map(p -> labels.get("credits.breach.priority", metric, p))
          .orElse(labels.get("credits.breach", metric));
    }
    BreachCredit b = (BreachCredit) rule;
    String metric = labels.get("metric." + b.metric().id());
    return b.priority()
        .map(p -> labels.get("credits.breach.priority", metric, p))
        .orElse(labels.get("credits.breach", metric));
  }

  List<Block> pricing(org.accordo.core.contract.Pricing p) {
    List<Block> blocks = new ArrayList<>();
    p.structure()
        .ifPresent(
            s ->
                blocks.add(new Block.Facts(List.of(new Fact(labels.get("pricing.structure"), s)))));
    if (!p.fees().isEmpty()) {
      blocks.add(
          new Block.Table(
              List.of(
                  labels.get("pricing.item"),
                  labels.get("pricing.price"),
                  labels.get("pricing.per")),
              p.fees().stream()
                  .map(f -> List.of(f.item(), formats.money(f.rate().price()), f.rate().per()))
                  .toList(),
              List.of(1)));
    }
    List<Fact> facts = new ArrayList<>();
    p.paymentTerms().ifPresent(t -> facts.add(new Fact(labels.get("pricing.payment"), t)));
    p.discounts().ifPresent(d -> facts.add(new Fact(labels.get("pricing.discounts"), d)));
    if (!facts.isEmpty()) {
      blocks.add(new Block.Facts(facts));
    }
    return blocks;
  }

  List<Block> termination(Termination t) {
    List<Block> blocks = new ArrayList<>();
    t.notice()
        .ifPresent(
            n ->
                blocks.add(
                    new Block.Facts(
                        List.of(new Fact(labels.get("termination.notice"), formats.period(n))))));
    if (!t.forCause().isEmpty()) {
      blocks.add(new Block.Items(labels.get("termination.cause"), t.forCause()));
    }
    t.exitAssistance()
        .ifPresent(
            e -> blocks.add(new Block.Facts(List.of(new Fact(labels.get("termination.exit"), e)))));
    return blocks;
  }
}
