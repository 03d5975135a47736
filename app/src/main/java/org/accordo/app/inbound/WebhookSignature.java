package org.accordo.app.inbound;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signature header of a webhook, {@code X-Accordo-Signature: t=<unix seconds>,v1=<hex>}, where
 * {@code v1} is the lowercase hex HMAC-SHA256, keyed with the source's secret, of {@code t + "." +
 * body} (the body's exact bytes). Several {@code v1} may be given (a secret being rotated); one
 * matching is enough.
 *
 * @param timestamp the {@code t} value, Unix seconds
 * @param signatures the {@code v1} values, lowercase hex
 */
public record WebhookSignature(long timestamp, List<String> signatures) {

  public WebhookSignature {
    signatures = List.copyOf(signatures);
  }

  /** Parses the header; empty when it is not of the form above. */
  public static Optional<WebhookSignature> parse(String header) {
    if (header == null || header.length() > 1000) {
      return Optional.empty();
    }
    Long timestamp = null;
    List<String> signatures = new ArrayList<>();
    for (String part : header.split(",")) {
      String[] pair = part.strip().split("=", 2);
      if (pair.length != 2) {
        return Optional.empty();
      }
      if (pair[0].equals("t") && pair[1].matches("\\d{1,12}")) {
        timestamp = Long.parseLong(pair[1]);
      } else if (pair[0].equals("v1") && pair[1].matches("[0-9a-fA-F]{64}")) {
        signatures.add(pair[1].toLowerCase(Locale.ROOT));
      }
    }
    return timestamp == null || signatures.isEmpty()
        ? Optional.empty()
        : Optional.of(new WebhookSignature(timestamp, signatures));
  }

  /** The {@code v1} value for a timestamp and body under a secret. */
  public static String sign(String secret, long timestamp, byte[] body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      mac.update((timestamp + ".").getBytes(StandardCharsets.US_ASCII));
      return HexFormat.of().formatHex(mac.doFinal(body));
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("every Java runtime has HmacSHA256", e);
    }
  }

  /**
   * The matching {@code v1} value, if one of them signs {@code body} under {@code secret}; compared
   * in constant time.
   */
  public Optional<String> matching(String secret, byte[] body) {
    byte[] expected = sign(secret, timestamp, body).getBytes(StandardCharsets.US_ASCII);
    return signatures.stream()
        .filter(s -> MessageDigest.isEqual(expected, s.getBytes(StandardCharsets.US_ASCII)))
        .findFirst();
  }
}
