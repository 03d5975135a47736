package org.accordo.app.inbound;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.accordo.app.jdbc.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code inbound_source} and {@code inbound_delivery} tables. */
@Repository
class InboundSourceRepository {

  private static final String COLUMNS = "id, name, created_at, created_by, disabled_at";
  private static final String INSERT =
      """
      INSERT INTO inbound_source (id, name, secret, created_at, created_by)
      VALUES (:id, :name, :secret, :createdAt, :createdBy)""";
  private static final String FIND = "SELECT " + COLUMNS + " FROM inbound_source WHERE id = :id";
  private static final String SECRET =
      "SELECT secret FROM inbound_source WHERE id = :id AND disabled_at IS NULL";
  private static final String LIST = "SELECT " + COLUMNS + " FROM inbound_source ORDER BY id";
  private static final String DISABLE =
      "UPDATE inbound_source SET disabled_at = :at WHERE id = :id AND disabled_at IS NULL";
  private static final String DELIVERED =
      "SELECT COUNT(*) FROM inbound_delivery WHERE source_id = :sourceId AND signature = :signature";
  private static final String RECORD_DELIVERY =
      """
      INSERT INTO inbound_delivery (source_id, signature, received_at) VALUES (:sourceId, :signature, :at)""";
  private static final String FORGET_DELIVERIES =
      "DELETE FROM inbound_delivery WHERE received_at < :before";

  private final JdbcClient jdbc;

  InboundSourceRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void insert(InboundSource source, String secret) {
    jdbc.sql(INSERT)
        .param("id", source.id())
        .param("name", source.name())
        .param("secret", secret)
        .param("createdAt", Timestamps.of(source.createdAt()))
        .param("createdBy", source.createdBy())
        .update();
  }

  Optional<InboundSource> find(String id) {
    return jdbc.sql(FIND).param("id", id).query(InboundSourceRepository::row).optional();
  }

  /** The secret of an enabled source. */
  Optional<String> secretOfEnabled(String id) {
    return jdbc.sql(SECRET).param("id", id).query(String.class).optional();
  }

  List<InboundSource> list() {
    return jdbc.sql(LIST).query(InboundSourceRepository::row).list();
  }

  boolean disable(String id, Instant at) {
    return jdbc.sql(DISABLE).param("id", id).param("at", Timestamps.of(at)).update() == 1;
  }

  boolean delivered(String sourceId, String signature) {
    return jdbc.sql(DELIVERED)
            .param("sourceId", sourceId)
            .param("signature", signature)
            .query(Long.class)
            .single()
        > 0;
  }

  void recordDelivery(String sourceId, String signature, Instant at) {
    jdbc.sql(RECORD_DELIVERY)
        .param("sourceId", sourceId)
        .param("signature", signature)
        .param("at", Timestamps.of(at))
        .update();
  }

  void forgetDeliveriesBefore(Instant before) {
    jdbc.sql(FORGET_DELIVERIES).param("before", Timestamps.of(before)).update();
  }

  private static InboundSource row(ResultSet rs, int n) throws SQLException {
    return new InboundSource(
        rs.getString("id"),
        rs.getString("name"),
        Timestamps.read(rs, "created_at"),
        rs.getString("created_by"),
        Timestamps.read(rs, "disabled_at"));
  }
}
