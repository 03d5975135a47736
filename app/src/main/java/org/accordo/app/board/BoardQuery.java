package org.accordo.app.board;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.accordo.app.clocks.OpenClocks;
import org.accordo.app.rca.OpenRca;
import org.accordo.app.refusal.InvalidField;
import org.accordo.core.policy.Metric;
import org.springframework.web.util.UriUtils;

/**
 * The board's filters and page, as asked in its query string: {@code customer}, {@code priority},
 * {@code metric}, {@code within} (hours: only clocks due that soon) and {@code page} (from 0). A
 * blank value does not filter.
 *
 * @param customer a customer id, or null
 * @param priority a priority as the contracts name it (e.g. {@code P1}), or null
 * @param metric a metric, or null
 * @param withinHours one of {@link #WITHIN_HOURS}, or null
 * @param page the page, 0 or more
 */
public record BoardQuery(
    String customer, String priority, Metric metric, Integer withinHours, int page) {

  /** The "due within" choices, in hours. */
  public static final List<Integer> WITHIN_HOURS = List.of(1, 4, 8, 24, 72);

  /** Clocks per page. */
  static final int PAGE_SIZE = 50;

  /** Open RCAs shown at most; the rest are a link away. */
  static final int RCAS_SHOWN = 20;

  private static final int MAX_PAGE = 10_000;

  public BoardQuery {
    if (page < 0 || page > MAX_PAGE) {
      throw new InvalidField("page", "must be between 0 and " + MAX_PAGE + ", was " + page);
    }
  }

  /**
   * The query of the board's parameters.
   *
   * @throws InvalidField naming the parameter that is not one the board knows
   */
  public static BoardQuery of(
      String customer, String priority, String metric, String within, String page) {
    return new BoardQuery(
        text(customer, "customer", 64),
        text(priority, "priority", 32),
        metric(metric),
        within(within),
        page == null || page.isBlank() ? 0 : number(page, "page"));
  }

  /** The clocks' filter at {@code now}. */
  OpenClocks.Filter filter(Instant now) {
    return new OpenClocks.Filter(
        customer,
        priority,
        metric,
        withinHours == null ? null : now.plus(Duration.ofHours(withinHours)));
  }

  /**
   * The open RCAs' filter at {@code now}, or empty when they are not shown: on a page after the
   * first, or when a metric is asked (an RCA is no ticket metric).
   */
  Optional<OpenRca.Filter> rcaFilter(Instant now) {
    if (page > 0 || metric != null) {
      return Optional.empty();
    }
    return Optional.of(
        new OpenRca.Filter(
            customer,
            priority,
            withinHours == null ? null : now.plus(Duration.ofHours(withinHours)),
            RCAS_SHOWN + 1));
  }

  /** The slice of this page, one clock more than shown to know whether another page follows. */
  OpenClocks.Slice slice() {
    return new OpenClocks.Slice((long) page * PAGE_SIZE, PAGE_SIZE + 1);
  }

  /** The same filters on another page. */
  public BoardQuery onPage(int other) {
    return new BoardQuery(customer, priority, metric, withinHours, other);
  }

  /** The query string of these filters and page ({@code customer=acme&page=2}), or empty. */
  public String queryString() {
    Map<String, String> parameters = new LinkedHashMap<>();
    if (customer != null) {
      parameters.put("customer", customer);
    }
    if (priority != null) {
      parameters.put("priority", priority);
    }
    if (metric != null) {
      parameters.put("metric", metric.id());
    }
    if (withinHours != null) {
      parameters.put("within", withinHours.toString());
    }
    if (page > 0) {
      parameters.put("page", Integer.toString(page));
    }
    return parameters.entrySet().stream()
        .map(e -> e.getKey() + "=" + UriUtils.encodeQueryParam(e.getValue(), "UTF-8"))
        .collect(Collectors.joining("&"));
  }

  private static String text(String value, String field, int maxLength) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String stripped = value.strip();
    if (stripped.length() > maxLength) {
      throw new InvalidField(field, "must be at most " + maxLength + " characters");
    }
    return stripped;
  }

  private static Metric metric(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    return Metric.fromId(value.strip())
        .orElseThrow(() -> new InvalidField("metric", "is not a metric: '" + value.strip() + "'"));
  }

  private static Integer within(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    int hours = number(value, "within");
    if (!WITHIN_HOURS.contains(hours)) {
      throw new InvalidField("within", "must be one of " + WITHIN_HOURS + " hours, was " + hours);
    }
    return hours;
  }

  private static int number(String value, String field) {
    try {
      return Integer.parseInt(value.strip());
    } catch (NumberFormatException e) {
      throw new InvalidField(field, "must be a whole number");
    }
  }
}
