package org.accordo.app.contracts;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.accordo.app.render.Labels;
import org.accordo.core.calendar.BusinessCalendar;
import org.accordo.core.calendar.OpeningHours;
import org.accordo.core.contract.Calendars;
import org.accordo.core.contract.Durations;
import org.accordo.core.credit.Money;

/** Values written for readers of one language: dates, durations, percentages, money, calendars. */
final class Formats {

  private final Labels labels;
  private final DateTimeFormatter dates;

  Formats(Labels labels) {
    this.labels = labels;
    this.dates = DateTimeFormatter.ofPattern("d MMMM yyyy", labels.locale());
  }

  Labels labels() {
    return labels;
  }

  String date(LocalDate date) {
    return dates.format(date);
  }

  /** Wall-clock time: hours under two days (an RPO of 24 h), days and hours from two days on. */
  String duration(Duration duration) {
    if (duration.compareTo(Duration.ofDays(2)) < 0) {
      return Durations.describeHours(duration);
    }
    return Durations.describe(duration, labels.get("unit.day"));
  }

  /** Business time on a calendar: in hours, never days. */
  String businessTime(Duration duration, String calendar) {
    return Durations.describeHours(duration) + " (" + calendar + ")";
  }

  String period(Period period) {
    List<String> parts = new ArrayList<>();
    if (period.getYears() != 0) {
      parts.add(labels.get("period.years", period.getYears()));
    }
    if (period.getMonths() != 0) {
      parts.add(labels.get("period.months", period.getMonths()));
    }
    if (period.getDays() != 0 || parts.isEmpty()) {
      parts.add(labels.get("period.days", period.getDays()));
    }
    return String.join(" ", parts);
  }

  /** A fraction as a percentage with as many decimals as it needs: 0.999 is 99.9%. */
  String percent(BigDecimal fraction) {
    BigDecimal percent = fraction.movePointRight(2).stripTrailingZeros();
    NumberFormat format = NumberFormat.getNumberInstance(labels.locale());
    format.setMaximumFractionDigits(Math.max(percent.scale(), 0));
    format.setMinimumFractionDigits(Math.max(percent.scale(), 0));
    return format.format(percent) + "%";
  }

  /** An amount with two decimals (or more if written so) and its currency code: 2,400.00 EUR. */
  String money(Money money) {
    NumberFormat format = NumberFormat.getNumberInstance(labels.locale());
    int scale = Math.max(2, money.amount().stripTrailingZeros().scale());
    format.setMinimumFractionDigits(scale);
    format.setMaximumFractionDigits(scale);
    return format.format(money.amount()) + " " + money.currency();
  }

  String yesNo(boolean value) {
    return labels.get(value ? "value.yes" : "value.no");
  }

  /** The calendar's hours in a sentence: zone, days with their hours, holidays, exceptions. */
  String calendar(BusinessCalendar calendar) {
    if (Calendars.isAlwaysOpen(calendar)) {
      return labels.get("hours.always");
    }
    List<String> parts = new ArrayList<>();
    parts.add(weekly(calendar.weeklyHours()));
    parts.add(labels.get("hours.zone", calendar.zone().getId()));
    calendar.holidays().ifPresent(h -> parts.add(labels.get("hours.holidays", h.toString())));
    calendar.closedDates().stream()
        .sorted()
        .forEach(d -> parts.add(labels.get("hours.closed", date(d))));
    calendar.exceptions().entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(
            e ->
                parts.add(
                    e.getValue().isEmpty()
                        ? labels.get("hours.exception.closed", date(e.getKey()))
                        : labels.get("hours.exception", date(e.getKey()), hours(e.getValue()))));
    return String.join("; ", parts);
  }

  private String weekly(Map<DayOfWeek, List<OpeningHours>> weekly) {
    List<String> runs = new ArrayList<>();
    DayOfWeek[] days = DayOfWeek.values();
    int i = 0;
    while (i < days.length) {
      List<OpeningHours> hours = weekly.getOrDefault(days[i], List.of());
      int j = i;
      while (j + 1 < days.length && weekly.getOrDefault(days[j + 1], List.of()).equals(hours)) {
        j++;
      }
      if (!hours.isEmpty()) {
        String span = i == j ? day(days[i]) : day(days[i]) + "–" + day(days[j]);
        runs.add(span + " " + hours(hours));
      }
      i = j + 1;
    }
    return String.join(", ", runs);
  }

  String day(DayOfWeek day) {
    return day.getDisplayName(TextStyle.SHORT, labels.locale());
  }

  static String hours(List<OpeningHours> hours) {
    return String.join(", ", hours.stream().map(h -> h.toString().replace("-", "–")).toList());
  }
}
