package org.accordo.app.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * API token secrets: {@code accordo_} followed by 32 bytes (256 bits) from {@link SecureRandom},
 * base64url without padding. Only their SHA-256 is stored. A fast hash is right here, unlike for
 * passwords: a 256-bit random secret cannot be guessed or brute-forced from its hash, so a slow KDF
 * (bcrypt, Argon2) would only add latency to every request without adding security.
 */
final class TokenSecrets {

  static final String PREFIX = "accordo_";
  private static final int SECRET_BYTES = 32;
  private static final SecureRandom RANDOM = new SecureRandom();

  private TokenSecrets() {}

  /** A new token secret, shown to its owner once. */
  static String newSecret() {
    return PREFIX
        + Base64.getUrlEncoder().withoutPadding().encodeToString(randomBytes(SECRET_BYTES));
  }

  /**
   * A new public token id, e.g. {@code tok_3f9a1c0b5d7e2a4f}: names a token in lists and the audit
   * log.
   */
  static String newId() {
    return "tok_" + HexFormat.of().formatHex(randomBytes(8));
  }

  /** The SHA-256 of a secret, 64 lowercase hex digits: what the database keeps. */
  static String hash(String secret) {
    try {
      MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(sha256.digest(secret.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  private static byte[] randomBytes(int n) {
    byte[] bytes = new byte[n];
    RANDOM.nextBytes(bytes);
    return bytes;
  }
}
