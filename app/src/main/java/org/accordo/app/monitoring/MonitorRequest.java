package org.accordo.app.monitoring;

import io.swagger.v3.oas.annotations.media.Schema;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.accordo.app.refusal.InvalidField;
import org.accordo.app.web.Require;

/**
 * A monitor as the API receives it (create and replace), checked field by field: a bad value is a
 * {@code 400} naming its field, and nothing is stored. Rules that need the server (the shortest
 * interval, the egress policy, the contract's services) are checked by {@link Monitors}.
 *
 * @param intervalSeconds 60 by default
 * @param timeoutSeconds 10 by default (or half the interval when that is shorter), below the
 *     interval
 * @param confirmAfter 2 by default; {@code recoverAfter} 1
 */
record MonitorRequest(
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String service,
    String name,
    @Schema(
            requiredMode = Schema.RequiredMode.REQUIRED,
            allowableValues = {"http", "tcp", "tls"})
        String kind,
    String url,
    String method,
    List<Integer> expectedStatuses,
    String keyword,
    String keywordRule,
    String host,
    Integer port,
    Integer warnDays,
    Integer intervalSeconds,
    Integer timeoutSeconds,
    Integer confirmAfter,
    Integer recoverAfter,
    Boolean active) {

  static final int MAX_SECONDS = 86_400;

  MonitorRequest {
    service = Require.text(service, "service", 100);
    name = Require.optionalText(name, "name", 200);
    Require.present(kind, "kind");
    if (MonitorKind.of(kind).isEmpty()) {
      throw new InvalidField(
          "kind", "'" + kind + "' is not a kind of monitor; use http, tcp or tls");
    }
    keyword = Require.optionalText(keyword, "keyword", 200);
    between(intervalSeconds, "interval_seconds", 1, MAX_SECONDS);
    between(timeoutSeconds, "timeout_seconds", 1, MAX_SECONDS);
    between(confirmAfter, "confirm_after", 1, 100);
    between(recoverAfter, "recover_after", 1, 100);
    between(warnDays, "warn_days", 0, 365);
  }

  /** What to check, by kind; every field another kind would use is refused, so none is ignored. */
  Probe probe() {
    MonitorKind k = MonitorKind.of(kind).orElseThrow();
    return switch (k) {
      case HTTP -> http();
      case TCP -> {
        unused("tcp", "url", url, "method", method, "keyword", keyword, "warn_days", warnDays);
        unused("tcp", "expected_statuses", expectedStatuses, "keyword_rule", keywordRule);
        yield new Probe.Tcp(checkedHost(), port("tcp"));
      }
      case TLS -> {
        unused("tls", "url", url, "method", method, "keyword", keyword);
        unused("tls", "expected_statuses", expectedStatuses, "keyword_rule", keywordRule);
        yield new Probe.Tls(checkedHost(), port("tls"), warnDays == null ? 14 : warnDays);
      }
    };
  }

  /** The schedule; the timeout defaults to 10 s, or half the interval when that is shorter. */
  Cadence cadence() {
    Duration interval = Duration.ofSeconds(intervalSeconds == null ? 60 : intervalSeconds);
    Duration timeout =
        timeoutSeconds != null
            ? Duration.ofSeconds(timeoutSeconds)
            : min(Duration.ofSeconds(10), interval.dividedBy(2));
    if (timeout.compareTo(interval) >= 0) {
      throw new InvalidField(
          "timeout_seconds",
          "must be below the interval ("
              + interval.toSeconds()
              + " s), was "
              + timeout.toSeconds());
    }
    return new Cadence(
        interval,
        timeout,
        confirmAfter == null ? 2 : confirmAfter,
        recoverAfter == null ? 1 : recoverAfter);
  }

  private Probe http() {
    unused("http", "host", host, "port", port, "warn_days", warnDays);
    URI uri = url(url);
    CheckMethod m =
        method == null
            ? CheckMethod.GET
            : CheckMethod.of(method.toUpperCase(Locale.ROOT))
                .orElseThrow(
                    () -> new InvalidField("method", "'" + method + "' is not GET or HEAD"));
    List<Integer> expected = expectedStatuses == null ? List.of(200) : expectedStatuses;
    if (expected.isEmpty() || expected.size() > 20) {
      throw new InvalidField("expected_statuses", "give 1 to 20 status codes");
    }
    for (Integer status : expected) {
      if (status == null || status < 100 || status > 599) {
        throw new InvalidField("expected_statuses", status + " is not a status code (100 to 599)");
      }
    }
    KeywordRule rule =
        keywordRule == null
            ? KeywordRule.PRESENT
            : KeywordRule.of(keywordRule)
                .orElseThrow(
                    () ->
                        new InvalidField(
                            "keyword_rule", "'" + keywordRule + "' is not present or absent"));
    if (keyword == null && keywordRule != null) {
      throw new InvalidField("keyword_rule", "applies only with a keyword");
    }
    if (keyword != null && m == CheckMethod.HEAD) {
      throw new InvalidField("keyword", "needs method GET: a HEAD answer has no body");
    }
    return new Probe.Http(
        uri, m, expected.stream().distinct().sorted().toList(), Optional.ofNullable(keyword), rule);
  }

  private static URI url(String value) {
    String text = Require.text(value, "url", 2048);
    URI uri;
    try {
      uri = new URI(text);
    } catch (URISyntaxException e) {
      throw new InvalidField("url", "is not a valid URL: " + e.getReason());
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!uri.isAbsolute() || !(scheme.equals("http") || scheme.equals("https"))) {
      throw new InvalidField("url", "must be an absolute URL with scheme http or https");
    }
    if (uri.getHost() == null || uri.getHost().isEmpty()) {
      throw new InvalidField("url", "has no host (write e.g. https://www.example.com/health)");
    }
    if (uri.getRawUserInfo() != null) {
      throw new InvalidField("url", "must not carry credentials");
    }
    if (uri.getPort() != -1 && (uri.getPort() < 1 || uri.getPort() > 65_535)) {
      throw new InvalidField("url", "port " + uri.getPort() + " is out of range (1 to 65535)");
    }
    if (uri.getRawFragment() != null) {
      throw new InvalidField("url", "must not have a fragment (#...)");
    }
    return uri;
  }

  private String checkedHost() {
    String h = Require.text(host, "host", 255);
    if (h.startsWith("[") && h.endsWith("]")) {
      h = h.substring(1, h.length() - 1);
    }
    if (!h.matches("[A-Za-z0-9.:_-]+")) {
      throw new InvalidField("host", "'" + h + "' is not a host name or address");
    }
    return h;
  }

  private int port(String forKind) {
    if (port == null) {
      throw new InvalidField("port", "is required for a " + forKind + " monitor");
    }
    if (port < 1 || port > 65_535) {
      throw new InvalidField("port", port + " is out of range (1 to 65535)");
    }
    return port;
  }

  private static void unused(String kind, Object... namesAndValues) {
    for (int i = 0; i < namesAndValues.length; i += 2) {
      if (namesAndValues[i + 1] != null) {
        throw new InvalidField(
            (String) namesAndValues[i], "does not apply to a " + kind + " monitor");
      }
    }
  }

  private static void between(Integer value, String field, int min, int max) {
    if (value != null && (value < min || value > max)) {
      throw new InvalidField(field, "must be " + min + " to " + max + ", was " + value);
    }
  }

  private static Duration min(Duration a, Duration b) {
    return a.compareTo(b) <= 0 ? a : b;
  }
}
