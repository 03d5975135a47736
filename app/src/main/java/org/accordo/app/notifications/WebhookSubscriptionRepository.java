package org.accordo.app.notifications;

import java.net.URI;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.accordo.app.jdbc.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code webhook_subscription} table. */
@Repository
class WebhookSubscriptionRepository {

  private static final String COLUMNS =
      "id, url, secret, customer_id, created_at, created_by, disabled_at, disabled_reason";
  private static final String INSERT =
      "INSERT INTO webhook_subscription ("
          + COLUMNS
          + ") VALUES (:id, :url, :secret, :customerId, :createdAt, :createdBy, NULL, NULL)";
  private static final String LIST =
      "SELECT " + COLUMNS + " FROM webhook_subscription ORDER BY created_at, id";
  private static final String FIND =
      "SELECT " + COLUMNS + " FROM webhook_subscription WHERE id = :id";
  private static final String ACTIVE_FOR =
      "SELECT "
          + COLUMNS
          + """
       FROM webhook_subscription
      WHERE disabled_at IS NULL AND (customer_id IS NULL OR customer_id = :customerId)
      ORDER BY created_at, id""";
  private static final String DISABLE =
      """
      UPDATE webhook_subscription SET disabled_at = :at, disabled_reason = :reason
       WHERE id = :id AND disabled_at IS NULL""";

  private final JdbcClient jdbc;

  WebhookSubscriptionRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void insert(WebhookSubscription s) {
    jdbc.sql(INSERT)
        .param("id", s.id())
        .param("url", s.url().toString())
        .param("secret", s.secret())
        .param("customerId", s.customerId())
        .param("createdAt", Timestamps.of(s.createdAt()))
        .param("createdBy", s.createdBy())
        .update();
  }

  List<WebhookSubscription> list() {
    return jdbc.sql(LIST).query(WebhookSubscriptionRepository::row).list();
  }

  Optional<WebhookSubscription> find(String id) {
    return jdbc.sql(FIND).param("id", id).query(WebhookSubscriptionRepository::row).optional();
  }

  /** The active subscriptions that receive the customer's escalations. */
  List<WebhookSubscription> activeFor(String customerId) {
    return jdbc.sql(ACTIVE_FOR)
        .param("customerId", customerId)
        .query(WebhookSubscriptionRepository::row)
        .list();
  }

  /** Disables an active subscription; returns false when it was already disabled. */
  boolean disable(String id, Instant at, WebhookSubscription.DisabledReason reason) {
    return jdbc.sql(DISABLE)
            .param("id", id)
            .param("at", Timestamps.of(at))
            .param("reason", reason.id())
            .update()
        == 1;
  }

  private static WebhookSubscription row(ResultSet rs, int n) throws SQLException {
    String reason = rs.getString("disabled_reason");
    Instant disabledAt = Timestamps.read(rs, "disabled_at");
    return new WebhookSubscription(
        rs.getString("id"),
        URI.create(rs.getString("url")),
        rs.getString("secret"),
        rs.getString("customer_id"),
        Timestamps.read(rs, "created_at"),
        rs.getString("created_by"),
        disabledAt,
        disabledAt == null
            ? null
            : WebhookSubscription.DisabledReason.valueOf(
                (reason == null ? "admin" : reason).toUpperCase(Locale.ROOT)));
  }
}
