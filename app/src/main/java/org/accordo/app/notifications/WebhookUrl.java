package org.accordo.app.notifications;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;
import org.accordo.app.egress.EgressPolicy;
import org.accordo.app.egress.UrlCredentials;
import org.accordo.app.refusal.Excerpt;
import org.accordo.app.refusal.InvalidField;

/**
 * A webhook receiver's URL as an admin may register it: absolute {@code http} or {@code https} with
 * a host, a port of 1 to 65535 if any, no fragment, and a host the egress policy does not refuse as
 * written (a literal address in any form, {@code localhost}); a name is checked on the addresses it
 * resolves to at each delivery.
 */
final class WebhookUrl {

  private WebhookUrl() {}

  /**
   * @throws InvalidField naming {@code url} for a URL that breaks one of these rules
   */
  static URI parse(String text, EgressPolicy egress) {
    String shown = Excerpt.of(UrlCredentials.masked(text));
    URI uri;
    try {
      uri = new URI(text);
    } catch (URISyntaxException e) {
      throw new InvalidField("url", "is not a URL: '" + shown + "'");
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!uri.isAbsolute()
        || uri.getHost() == null
        || !(scheme.equals("http") || scheme.equals("https"))) {
      throw new InvalidField(
          "url", "must be an absolute http or https URL with a host name, was '" + shown + "'");
    }
    if (uri.getPort() != -1 && (uri.getPort() < 1 || uri.getPort() > 65_535)) {
      throw new InvalidField("url", "port must be 1 to 65535, was " + uri.getPort());
    }
    if (uri.getRawFragment() != null) {
      throw new InvalidField("url", "must not have a fragment ('#...'), was '" + shown + "'");
    }
    refusal(uri.getHost(), egress)
        .ifPresent(
            reason -> {
              throw new InvalidField("url", reason);
            });
    return uri;
  }

  private static Optional<String> refusal(String host, EgressPolicy egress) {
    try {
      return egress.refusalOfLiteral(host);
    } catch (UnknownHostException e) {
      return Optional.of(e.getMessage());
    }
  }
}
