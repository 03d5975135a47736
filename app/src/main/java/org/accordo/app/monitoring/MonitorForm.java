package org.accordo.app.monitoring;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.accordo.app.refusal.InvalidField;

/**
 * The new-monitor form as typed (every value a string, kept to show the form again), the contract
 * services to choose from, and the field a refusal named. One form serves the three kinds: only the
 * chosen kind's fields are sent on (the URL section for {@code http}, host and port for {@code tcp}
 * and {@code tls}), the others are ignored as a form's hidden sections are.
 *
 * @param values the typed values by the API's field names ({@code url}, {@code interval_seconds})
 * @param services the services of the customer's contract in force
 * @param field the refused field's name, or null
 * @param reason why it was refused, or null
 */
public record MonitorForm(
    Map<String, String> values, List<String> services, String field, String reason) {

  /** The form's fields, by the API's names. */
  static final List<String> FIELDS =
      List.of(
          "service",
          "name",
          "kind",
          "url",
          "method",
          "expected_statuses",
          "keyword",
          "keyword_rule",
          "host",
          "port",
          "warn_days",
          "interval_seconds",
          "timeout_seconds",
          "confirm_after",
          "recover_after");

  public MonitorForm {
    values = Map.copyOf(values);
    services = List.copyOf(services);
  }

  /** An empty form with the defaults a new monitor gets. */
  static MonitorForm blank(List<String> services) {
    return new MonitorForm(
        Map.of(
            "kind", "http",
            "method", "GET",
            "expected_statuses", "200",
            "interval_seconds", "60",
            "timeout_seconds", "10",
            "confirm_after", "2",
            "recover_after", "1",
            "warn_days", "14"),
        services,
        null,
        null);
  }

  /** The value typed in {@code name}, or the empty string. */
  public String value(String name) {
    return values.getOrDefault(name, "");
  }

  /** True when the form comes back refused. */
  public boolean refused() {
    return reason != null;
  }

  /** True when the refusal named {@code name}: the field shows the reason beside it. */
  public boolean refuses(String name) {
    return name.equals(field);
  }

  /** This form refused at {@code invalid}'s field. */
  MonitorForm refusedBy(InvalidField invalid) {
    return new MonitorForm(values, services, invalid.field(), invalid.reason());
  }

  /**
   * The API's request from what was typed.
   *
   * @throws InvalidField naming the field whose value is not what it must be
   */
  MonitorRequest request() {
    String kind = blankToNull("kind");
    boolean http = "http".equals(kind);
    boolean hostAndPort = "tcp".equals(kind) || "tls".equals(kind);
    return new MonitorRequest(
        blankToNull("service"),
        blankToNull("name"),
        kind,
        http ? blankToNull("url") : null,
        http ? blankToNull("method") : null,
        http ? statuses() : null,
        http ? blankToNull("keyword") : null,
        http && blankToNull("keyword") != null ? blankToNull("keyword_rule") : null,
        hostAndPort ? blankToNull("host") : null,
        hostAndPort ? number("port") : null,
        "tls".equals(kind) ? number("warn_days") : null,
        number("interval_seconds"),
        number("timeout_seconds"),
        number("confirm_after"),
        number("recover_after"),
        Boolean.TRUE);
  }

  private String blankToNull(String name) {
    String value = value(name).strip();
    return value.isEmpty() ? null : value;
  }

  private Integer number(String name) {
    String value = blankToNull(name);
    if (value == null) {
      return null;
    }
    try {
      return Integer.valueOf(value);
    } catch (NumberFormatException e) {
      throw new InvalidField(name, "'" + value + "' is not a whole number");
    }
  }

  private List<Integer> statuses() {
    String value = blankToNull("expected_statuses");
    if (value == null) {
      return null;
    }
    try {
      return Arrays.stream(value.split("[,\\s]+"))
          .filter(s -> !s.isEmpty())
          .map(Integer::valueOf)
          .toList();
    } catch (NumberFormatException e) {
      throw new InvalidField(
          "expected_statuses", "'" + value + "' is not a list of status codes such as 200, 204");
    }
  }

  /** Keeps the typed values of the form's fields only. */
  static Map<String, String> typed(Map<String, String> parameters) {
    return parameters.entrySet().stream()
        .filter(e -> FIELDS.contains(e.getKey()))
        .collect(
            java.util.stream.Collectors.toMap(
                Map.Entry::getKey, e -> Objects.requireNonNullElse(e.getValue(), "")));
  }
}
