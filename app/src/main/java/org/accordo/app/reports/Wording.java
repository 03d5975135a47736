package org.accordo.app.reports;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.accordo.app.render.Labels;
import org.accordo.core.availability.OutageCause;
import org.accordo.core.clock.ClockState;
import org.accordo.core.clock.EventType;
import org.accordo.core.credit.AvailabilityTier;
import org.accordo.core.credit.BreachCredit;
import org.accordo.core.credit.CreditRule;
import org.accordo.core.credit.Money;
import org.accordo.core.credit.RcaCredit;
import org.accordo.core.policy.Metric;
import org.accordo.core.policy.TicketStatus;
import org.accordo.core.report.TicketReference;
import org.accordo.core.report.TimelineCause;

/**
 * How the printed report words its values in one language: local times in the contract's zone,
 * durations in hours and minutes, percentages, money, and the names of metrics, states, events and
 * causes. Everything a person reads goes through here; the JSON keeps the exact values.
 */
final class Wording {

  /** Keeps a number with its unit on one line. */
  static final String NBSP = "\u00a0";

  private final Labels labels;
  private final ZoneId zone;
  private final DateTimeFormatter minutes;
  private final DateTimeFormatter withZone;
  private final DateTimeFormatter months;

  /** The hours of durations: a document is worded on one thread, so one format serves it. */
  private final NumberFormat hoursFormat;

  Wording(Labels labels, ZoneId zone) {
    this.labels = labels;
    this.zone = zone;
    this.minutes = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", labels.locale()).withZone(zone);
    this.withZone =
        DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm z", labels.locale()).withZone(zone);
    this.months = DateTimeFormatter.ofPattern("MMMM yyyy", labels.locale());
    this.hoursFormat = NumberFormat.getIntegerInstance(labels.locale());
  }

  /** The label {@code key} with {@code args} filled in. */
  String l(String key, Object... args) {
    return labels.get(key, args);
  }

  Labels labels() {
    return labels;
  }

  ZoneId zone() {
    return zone;
  }

  /** Local time to the minute, {@code 3 Mar 2026 10:00}: what tables show. */
  String at(Instant instant) {
    return minutes.format(instant);
  }

  /** Local time or a dash. */
  String at(Optional<Instant> instant) {
    return instant.map(this::at).orElse(labels.get("value.none"));
  }

  /** Local time with the zone's abbreviation, {@code 1 March 2026 00:00 CET}: a period's bounds. */
  String exact(Instant instant) {
    return withZone.format(instant);
  }

  /** {@code March 2026}, {@code marzo 2026}. */
  String month(YearMonth month) {
    return months.format(month);
  }

  /**
   * A duration in hours and minutes, rounded to the nearest minute: {@code 2 h 5 min}, {@code 45
   * min}, {@code 743 h}, {@code 0 min}; a non-zero duration under half a minute is {@code < 1 min}.
   * Never seconds or milliseconds: the JSON has those. A number and its unit are joined by a
   * no-break space, so a narrow column never puts them on two lines.
   */
  String duration(Duration duration) {
    long totalMinutes = duration.abs().plusSeconds(30).toMinutes();
    if (totalMinutes == 0) {
      return duration.isZero() ? "0" + NBSP + "min" : labels.get("report.duration.under_a_minute");
    }
    String sign = duration.isNegative() ? "−" : "";
    long hours = totalMinutes / 60;
    String minutes = totalMinutes % 60 + NBSP + "min";
    if (hours == 0) {
      return sign + minutes;
    }
    String h = hoursFormat.format(hours) + NBSP + "h";
    return sign + (totalMinutes % 60 == 0 ? h : h + " " + minutes);
  }

  /**
   * A fraction as a percentage with {@code decimals} decimals: {@code 99.3607%}, {@code 99,3607%}.
   */
  String percent(BigDecimal fraction, int decimals) {
    NumberFormat format = NumberFormat.getNumberInstance(labels.locale());
    format.setMinimumFractionDigits(decimals);
    format.setMaximumFractionDigits(decimals);
    format.setRoundingMode(RoundingMode.HALF_EVEN);
    return format.format(fraction.movePointRight(2)) + "%";
  }

  /** A share as the contract writes it, with the decimals it needs: {@code 99.9%}, {@code 5%}. */
  String share(BigDecimal fraction) {
    BigDecimal percent = fraction.movePointRight(2).stripTrailingZeros();
    return percent(fraction, Math.max(percent.scale(), 0));
  }

  /** An amount with its currency's decimals, rounded half-even: {@code 2,400.00 EUR}. */
  String money(Money money) {
    Money rounded = money.rounded();
    NumberFormat format = NumberFormat.getNumberInstance(labels.locale());
    format.setMinimumFractionDigits(rounded.amount().scale());
    format.setMaximumFractionDigits(rounded.amount().scale());
    return format.format(rounded.amount()) + " " + money.currency();
  }

  /** A plain number in the language's notation, e.g. a burn rate: {@code 6.39}, {@code 6,39}. */
  String decimal(BigDecimal value, int decimals) {
    NumberFormat format = NumberFormat.getNumberInstance(labels.locale());
    format.setMinimumFractionDigits(decimals);
    format.setMaximumFractionDigits(decimals);
    format.setRoundingMode(RoundingMode.HALF_EVEN);
    return format.format(value);
  }

  String metric(Metric metric) {
    return labels.get("metric." + metric.id());
  }

  String state(ClockState state) {
    return labels.get("state." + state.id());
  }

  String status(TicketStatus status) {
    return labels.get("status." + status.id());
  }

  String event(EventType type) {
    return labels.get("event." + type.id());
  }

  String cause(OutageCause cause) {
    return labels.get("outage." + cause.id());
  }

  /** {@code INC-1001 · Mail server down}, or the number alone when the subject is unknown. */
  String ticket(TicketReference ticket) {
    return ticket.number() + ticket.subject().map(s -> " · " + s).orElse("");
  }

  /** A credit rule as the contract document words it. */
  String rule(CreditRule rule) {
    if (rule instanceof AvailabilityTier tier) {
      return labels.get("credits.tier", share(tier.below()));
    }
    if (rule instanceof RcaCredit rca) {
      String metric = labels.get("metric." + RcaCredit.METRIC);
      return rca.priority()
          .map(p -> labels.get("credits.breach.priority", metric, p))
          .orElse(labels.get("credits.breach", metric));
    }
    BreachCredit breach = (BreachCredit) rule;
    String metric = metric(breach.metric());
    return breach
        .priority()
        .map(p -> labels.get("credits.breach.priority", metric, p))
        .orElse(labels.get("credits.breach", metric));
  }

  /**
   * What opened a segment of a timeline, in words; the engine's line when it has no known shape.
   */
  String cause(TimelineCause cause, String why) {
    return switch (cause.kind()) {
      case EVENT ->
          labels.get(
              "report.timeline.event",
              event(cause.event().orElseThrow()),
              status(cause.status().orElseThrow()));
      case EXCLUSION -> labels.get("report.timeline.excluded", cause.reason().orElseThrow());
      case EXCLUSION_ENDED ->
          labels.get("report.timeline.exclusion_ended", status(cause.status().orElseThrow()));
      case OTHER -> why;
    };
  }
}
