package org.accordo.app.monitoring;

import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** What one monitor checks, by kind; validated by {@link MonitorRequest} before it is built. */
public sealed interface Probe {

  /** The kind of check. */
  MonitorKind kind();

  /** The host connected to, as written (a name or a literal address). */
  String host();

  /**
   * An HTTP(S) request whose answer must have one of {@code expectedStatuses} and, with a keyword,
   * contain it (or not). Redirects are not followed: a 3xx is the answer.
   *
   * @param method GET or HEAD (a keyword needs GET)
   * @param keyword the text looked for in the body's first bytes, or empty
   */
  record Http(
      URI url,
      CheckMethod method,
      List<Integer> expectedStatuses,
      Optional<String> keyword,
      KeywordRule keywordRule)
      implements Probe {

    public Http {
      Objects.requireNonNull(url, "url");
      Objects.requireNonNull(method, "method");
      expectedStatuses = List.copyOf(expectedStatuses);
      Objects.requireNonNull(keyword, "keyword");
      Objects.requireNonNull(keywordRule, "keywordRule");
    }

    @Override
    public MonitorKind kind() {
      return MonitorKind.HTTP;
    }

    @Override
    public String host() {
      String host = url.getHost();
      return host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
    }

    /** True for https. */
    boolean tls() {
      return "https".equalsIgnoreCase(url.getScheme());
    }

    /** The port connected to: the URL's, else 443 or 80. */
    int port() {
      return url.getPort() != -1 ? url.getPort() : tls() ? 443 : 80;
    }
  }

  /** A TCP connection accepted within the timeout. */
  record Tcp(String host, int port) implements Probe {
    public Tcp {
      Objects.requireNonNull(host, "host");
    }

    @Override
    public MonitorKind kind() {
      return MonitorKind.TCP;
    }
  }

  /**
   * A TLS handshake whose certificate is trusted, names the host and is valid: down once expired, a
   * warning from {@code warnDays} before.
   */
  record Tls(String host, int port, int warnDays) implements Probe {
    public Tls {
      Objects.requireNonNull(host, "host");
    }

    @Override
    public MonitorKind kind() {
      return MonitorKind.TLS;
    }
  }
}
