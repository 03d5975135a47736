package org.accordo.core.calendar;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.HolidayType;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.time.LocalDate;
import java.time.Year;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.accordo.core.yaml.YamlNodes;

/**
 * The public holidays of a country, optionally of one of its subdivisions, as jollyday knows them
 * ({@code IT}; {@code US} with {@code ny}; {@code DE} with {@code by}). Only days of type public
 * holiday close a calendar (observances such as Lincoln's Birthday do not); a holiday moved to an
 * observed day (US Independence Day on a Saturday is observed on the Friday) closes the observed
 * day.
 *
 * @param country the ISO 3166 country code as jollyday names it, upper case, e.g. {@code IT}
 * @param subdivision the jollyday subdivision code, lower case, e.g. {@code ny}; empty for the
 *     national holidays only
 */
public record HolidayRegion(String country, Optional<String> subdivision) {

  /**
   * @throws IllegalArgumentException when jollyday does not know the country or its subdivision
   */
  public HolidayRegion {
    Objects.requireNonNull(country, "country");
    Objects.requireNonNull(subdivision, "subdivision");
    country = country.strip().toUpperCase(Locale.ROOT);
    subdivision = subdivision.map(s -> s.strip().toLowerCase(Locale.ROOT));
    HolidayManager manager = manager(country);
    if (subdivision.isPresent()
        && !manager.getCalendarHierarchy().getChildren().containsKey(subdivision.get())) {
      throw new IllegalArgumentException(
          "holiday country "
              + country
              + " has no subdivision "
              + YamlNodes.quote(subdivision.get())
              + "; known: "
              + new TreeSet<>(manager.getCalendarHierarchy().getChildren().keySet()));
    }
  }

  /** The national holidays of {@code country}. */
  public static HolidayRegion of(String country) {
    return new HolidayRegion(country, Optional.empty());
  }

  /** The holidays of one subdivision of {@code country}, national ones included. */
  public static HolidayRegion of(String country, String subdivision) {
    return new HolidayRegion(country, Optional.of(subdivision));
  }

  /** The closed days of {@code year}, each with its English name, in date order. */
  public Map<LocalDate, String> holidays(int year) {
    String[] path = subdivision.map(s -> new String[] {s}).orElse(new String[0]);
    Map<LocalDate, String> days = new TreeMap<>();
    for (Holiday holiday : manager(country).getHolidays(Year.of(year), path)) {
      if (holiday.getType() == HolidayType.PUBLIC_HOLIDAY) {
        days.merge(
            holiday.getDate(), holiday.getDescription(Locale.ENGLISH), (a, b) -> a + ", " + b);
      }
    }
    return days;
  }

  private static HolidayManager manager(String country) {
    try {
      return HolidayManager.getInstance(ManagerParameters.create(country));
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(
          "jollyday knows no holiday country " + YamlNodes.quote(country), e);
    }
  }

  /** {@code IT} or {@code US/ny}. */
  @Override
  public String toString() {
    return subdivision.map(s -> country + "/" + s).orElse(country);
  }
}
