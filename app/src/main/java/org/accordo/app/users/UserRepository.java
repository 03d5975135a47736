package org.accordo.app.users;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.accordo.app.jdbc.Timestamps;
import org.accordo.app.security.Role;
import org.accordo.core.contract.DocumentLanguage;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code app_user} table, and the sessions of Spring Session's tables, which this module owns:
 * ending a person's sessions is one {@code DELETE} in the transaction that disabled them.
 */
@Repository
class UserRepository {

  /** A user with what signing in checks. */
  record WithPassword(User user, String passwordHash) {}

  private static final String COLUMNS =
      """
      id, email, name, role, customer_id, language, time_zone, enabled, password_hash, created_at""";
  private static final String INSERT =
      """
      INSERT INTO app_user (id, email, email_key, name, role, customer_id, language, time_zone, enabled,
                            password_hash, password_changed_at, created_at, created_by, updated_at)
      VALUES (:id, :email, :emailKey, :name, :role, :customerId, :language, :zone, TRUE, NULL, NULL,
              :at, :by, :at)""";
  private static final String FIND = "SELECT " + COLUMNS + " FROM app_user WHERE id = :id";
  private static final String FIND_BY_EMAIL =
      "SELECT " + COLUMNS + " FROM app_user WHERE email_key = :emailKey";
  private static final String EXISTS = "SELECT COUNT(*) FROM app_user WHERE email_key = :emailKey";
  private static final String ALL = "SELECT " + COLUMNS + " FROM app_user ORDER BY email_key";
  private static final String COUNT_ADMINS =
      "SELECT COUNT(*) FROM app_user WHERE role = 'admin' AND enabled = TRUE";
  private static final String SET_PASSWORD =
      """
      UPDATE app_user SET password_hash = :hash, password_changed_at = :at, updated_at = :at
       WHERE id = :id""";
  private static final String SET_ENABLED =
      "UPDATE app_user SET enabled = :enabled, updated_at = :at WHERE id = :id";
  private static final String SET_LANGUAGE =
      "UPDATE app_user SET language = :language, updated_at = :at WHERE id = :id";
  private static final String LOCK_ADMINS =
      "SELECT id FROM app_user WHERE role = 'admin' AND enabled = TRUE FOR UPDATE";
  private static final String SET_ROLE =
      """
      UPDATE app_user SET role = :role, customer_id = :customerId, updated_at = :at
       WHERE id = :id""";
  private static final String END_SESSIONS =
      "DELETE FROM spring_session WHERE principal_name = :userId";
  private static final String END_CUSTOMER_SESSIONS =
      """
      DELETE FROM spring_session
       WHERE principal_name IN (SELECT id FROM app_user WHERE customer_id = :customerId)""";

  private final JdbcClient jdbc;

  UserRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void insert(User user, String createdBy) {
    jdbc.sql(INSERT)
        .param("id", user.id())
        .param("email", user.email())
        .param("emailKey", User.key(user.email()))
        .param("name", user.name())
        .param("role", user.role().id())
        .param("customerId", user.customerId())
        .param("language", user.language() == null ? null : user.language().code())
        .param("zone", user.zone().getId())
        .param("at", Timestamps.of(user.createdAt()))
        .param("by", createdBy)
        .update();
  }

  Optional<User> find(String id) {
    return jdbc.sql(FIND).param("id", id).query(UserRepository::user).optional();
  }

  Optional<WithPassword> findByEmail(String email) {
    return jdbc.sql(FIND_BY_EMAIL)
        .param("emailKey", User.key(email))
        .query((rs, n) -> new WithPassword(user(rs, n), rs.getString("password_hash")))
        .optional();
  }

  boolean emailTaken(String email) {
    return jdbc.sql(EXISTS).param("emailKey", User.key(email)).query(Long.class).single() > 0;
  }

  List<User> all() {
    return jdbc.sql(ALL).query(UserRepository::user).list();
  }

  long countEnabledAdmins() {
    return jdbc.sql(COUNT_ADMINS).query(Long.class).single();
  }

  /**
   * The ids of the enabled admins, their rows locked until the transaction ends: two admins demoted
   * at the same time by two requests are counted one after the other, so one of them stays admin.
   */
  List<String> lockEnabledAdmins() {
    return jdbc.sql(LOCK_ADMINS).query(String.class).list();
  }

  void setRole(String id, Role role, String customerId, Instant at) {
    jdbc.sql(SET_ROLE)
        .param("id", id)
        .param("role", role.id())
        .param("customerId", customerId)
        .param("at", Timestamps.of(at))
        .update();
  }

  void setPassword(String id, String hash, Instant at) {
    jdbc.sql(SET_PASSWORD)
        .param("id", id)
        .param("hash", hash)
        .param("at", Timestamps.of(at))
        .update();
  }

  void setEnabled(String id, boolean enabled, Instant at) {
    jdbc.sql(SET_ENABLED)
        .param("id", id)
        .param("enabled", enabled)
        .param("at", Timestamps.of(at))
        .update();
  }

  void setLanguage(String id, DocumentLanguage language, Instant at) {
    jdbc.sql(SET_LANGUAGE)
        .param("id", id)
        .param("language", language == null ? null : language.code())
        .param("at", Timestamps.of(at))
        .update();
  }

  /** Deletes every session of the user (their attributes go with them): on every node at once. */
  int endSessions(String userId) {
    return jdbc.sql(END_SESSIONS).param("userId", userId).update();
  }

  /** Ends every session of the customer's users, on every node. */
  int endCustomerSessions(String customerId) {
    return jdbc.sql(END_CUSTOMER_SESSIONS).param("customerId", customerId).update();
  }

  private static User user(ResultSet rs, int n) throws SQLException {
    String language = rs.getString("language");
    return new User(
        rs.getString("id"),
        rs.getString("email"),
        rs.getString("name"),
        Role.fromId(rs.getString("role")).orElseThrow(),
        rs.getString("customer_id"),
        language == null ? null : DocumentLanguage.fromCode(language).orElseThrow(),
        ZoneId.of(rs.getString("time_zone")),
        rs.getBoolean("enabled"),
        rs.getString("password_hash") != null,
        Timestamps.read(rs, "created_at"));
  }
}
