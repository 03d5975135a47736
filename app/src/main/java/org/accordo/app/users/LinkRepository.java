package org.accordo.app.users;

import java.time.Instant;
import java.util.Optional;
import org.accordo.app.jdbc.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code user_link} table: one-time links, by the SHA-256 of their token. */
@Repository
class LinkRepository {

  /** A link that still works: whose account it opens, and why it was made. */
  record Usable(String userId, LinkPurpose purpose) {}

  private static final String INSERT =
      """
      INSERT INTO user_link (token_hash, user_id, purpose, created_at, expires_at, used_at)
      VALUES (:hash, :userId, :purpose, :at, :expiresAt, NULL)""";
  private static final String USABLE =
      """
      SELECT user_id, purpose FROM user_link
       WHERE token_hash = :hash AND used_at IS NULL AND expires_at > :now""";
  private static final String USE =
      """
      UPDATE user_link SET used_at = :now
       WHERE token_hash = :hash AND used_at IS NULL AND expires_at > :now""";
  private static final String RETIRE_OTHERS =
      "UPDATE user_link SET used_at = :now WHERE user_id = :userId AND used_at IS NULL";

  private final JdbcClient jdbc;

  LinkRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void insert(String hash, String userId, LinkPurpose purpose, Instant at, Instant expiresAt) {
    jdbc.sql(INSERT)
        .param("hash", hash)
        .param("userId", userId)
        .param("purpose", purpose.id())
        .param("at", Timestamps.of(at))
        .param("expiresAt", Timestamps.of(expiresAt))
        .update();
  }

  Optional<Usable> usable(String hash, Instant now) {
    return jdbc.sql(USABLE)
        .param("hash", hash)
        .param("now", Timestamps.of(now))
        .query(
            (rs, n) -> new Usable(rs.getString("user_id"), LinkPurpose.of(rs.getString("purpose"))))
        .optional();
  }

  /**
   * Uses the link: true for the one caller whose update found it unused and unexpired (two requests
   * with the same link at once: one wins).
   */
  boolean use(String hash, Instant now) {
    return jdbc.sql(USE).param("hash", hash).param("now", Timestamps.of(now)).update() == 1;
  }

  /** Every other unused link of the user stops working (a password was just chosen). */
  void retireAll(String userId, Instant now) {
    jdbc.sql(RETIRE_OTHERS).param("userId", userId).param("now", Timestamps.of(now)).update();
  }
}
