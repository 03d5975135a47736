package org.accordo.app.egress;

import java.net.URI;
import java.util.Map;
import java.util.Objects;

/**
 * One HTTP {@code POST} to make: the URL (its user info, if any, is sent as HTTP Basic
 * credentials), extra headers, the body and the deadlines.
 */
public record HttpPost(
    URI url, String contentType, Map<String, String> headers, byte[] body, Deadlines deadlines) {

  public HttpPost {
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(contentType, "contentType");
    headers = Map.copyOf(headers);
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(deadlines, "deadlines");
    for (Map.Entry<String, String> header : headers.entrySet()) {
      if (!header.getKey().matches("[A-Za-z0-9-]+")
          || header.getValue().chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
        throw new IllegalArgumentException("header " + header.getKey() + " cannot be sent as is");
      }
    }
  }
}
