package org.accordo.app.security;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.accordo.app.jdbc.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code api_token} table. */
@Repository
class ApiTokenRepository {

  private static final String COLUMNS =
      "id, name, role, customer_id, created_at, created_by, revoked_at";
  private static final String INSERT =
      """
      INSERT INTO api_token (id, token_hash, name, role, customer_id, created_at, created_by)
      VALUES (:id, :hash, :name, :role, :customerId, :createdAt, :createdBy)""";
  private static final String FIND_ACTIVE_BY_HASH =
      "SELECT " + COLUMNS + " FROM api_token WHERE token_hash = :hash AND revoked_at IS NULL";
  private static final String FIND_BY_HASH =
      "SELECT " + COLUMNS + " FROM api_token WHERE token_hash = :hash";
  private static final String FIND = "SELECT " + COLUMNS + " FROM api_token WHERE id = :id";
  private static final String LIST =
      "SELECT " + COLUMNS + " FROM api_token ORDER BY created_at, id";
  private static final String REVOKE =
      "UPDATE api_token SET revoked_at = :at WHERE id = :id AND revoked_at IS NULL";
  private static final String COUNT_ACTIVE_ADMINS =
      "SELECT COUNT(*) FROM api_token WHERE role = 'admin' AND revoked_at IS NULL";

  private final JdbcClient jdbc;

  ApiTokenRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void insert(ApiToken token, String hash) {
    jdbc.sql(INSERT)
        .param("id", token.id())
        .param("hash", hash)
        .param("name", token.name())
        .param("role", token.role().id())
        .param("customerId", token.customerId())
        .param("createdAt", Timestamps.of(token.createdAt()))
        .param("createdBy", token.createdBy())
        .update();
  }

  Optional<ApiToken> findActiveByHash(String hash) {
    return jdbc.sql(FIND_ACTIVE_BY_HASH)
        .param("hash", hash)
        .query(ApiTokenRepository::row)
        .optional();
  }

  Optional<ApiToken> findByHash(String hash) {
    return jdbc.sql(FIND_BY_HASH).param("hash", hash).query(ApiTokenRepository::row).optional();
  }

  Optional<ApiToken> find(String id) {
    return jdbc.sql(FIND).param("id", id).query(ApiTokenRepository::row).optional();
  }

  List<ApiToken> list() {
    return jdbc.sql(LIST).query(ApiTokenRepository::row).list();
  }

  /**
   * @return true when a valid token was revoked now
   */
  boolean revoke(String id, Instant at) {
    return jdbc.sql(REVOKE).param("id", id).param("at", Timestamps.of(at)).update() == 1;
  }

  long countActiveAdmins() {
    return jdbc.sql(COUNT_ACTIVE_ADMINS).query(Long.class).single();
  }

  private static ApiToken row(ResultSet rs, int n) throws SQLException {
    return new ApiToken(
        rs.getString("id"),
        rs.getString("name"),
        Role.fromId(rs.getString("role")).orElseThrow(),
        rs.getString("customer_id"),
        Timestamps.read(rs, "created_at"),
        rs.getString("created_by"),
        Timestamps.read(rs, "revoked_at"));
  }
}
