package org.accordo.app.users;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The random parts of accounts: a link's token (256 random bits, URL-safe Base64), stored only as
 * its SHA-256, and user ids.
 */
final class LinkTokens {

  private static final SecureRandom RANDOM = new SecureRandom();

  private LinkTokens() {}

  static String newToken() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  static String newUserId() {
    byte[] bytes = new byte[8];
    RANDOM.nextBytes(bytes);
    return "u-" + HexFormat.of().formatHex(bytes);
  }

  /** The hex SHA-256 of {@code token}: what {@code user_link} stores and looks up. */
  static String hash(String token) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
