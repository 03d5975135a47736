package org.accordo.app.reviews;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.accordo.app.jdbc.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The {@code review} table; the attendees are JSON text, read and written whole. */
@Repository
class ReviewRepository {

  private static final String COLUMNS =
      "id, customer_id, held_on, outcome, attendees, previous_version, contract_version,"
          + " next_review, recorded_at, recorded_by";
  private static final String INSERT =
      "INSERT INTO review ("
          + COLUMNS
          + """
      ) VALUES (:id, :customerId, :heldOn, :outcome, :attendees, :previousVersion,
      :contractVersion, :nextReview, :recordedAt, :recordedBy)""";
  private static final String OF_CUSTOMER =
      "SELECT "
          + COLUMNS
          + " FROM review WHERE customer_id = :customerId ORDER BY held_on DESC, recorded_at DESC";
  private static final String FIND =
      "SELECT " + COLUMNS + " FROM review WHERE customer_id = :customerId AND id = :id";
  private static final String LATEST = OF_CUSTOMER + " FETCH FIRST 1 ROWS ONLY";

  private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {};

  private final JdbcClient jdbc;
  private final JsonMapper json;

  ReviewRepository(JdbcClient jdbc, JsonMapper json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  void insert(Review review) {
    jdbc.sql(INSERT)
        .param("id", review.id())
        .param("customerId", review.customerId())
        .param("heldOn", review.heldOn())
        .param("outcome", review.outcome())
        .param("attendees", json.writeValueAsString(review.attendees()))
        .param("previousVersion", review.previousVersion())
        .param("contractVersion", review.contractVersion())
        .param("nextReview", review.nextReview())
        .param("recordedAt", Timestamps.of(review.recordedAt()))
        .param("recordedBy", review.recordedBy())
        .update();
  }

  /** The customer's reviews, the latest held first. */
  List<Review> ofCustomer(String customerId) {
    return jdbc.sql(OF_CUSTOMER).param("customerId", customerId).query(this::row).list();
  }

  /** The review held last (recorded last among those of one day), or empty. */
  Optional<Review> latest(String customerId) {
    return jdbc.sql(LATEST).param("customerId", customerId).query(this::row).optional();
  }

  Optional<Review> find(String customerId, String id) {
    return jdbc.sql(FIND)
        .param("customerId", customerId)
        .param("id", id)
        .query(this::row)
        .optional();
  }

  private Review row(ResultSet rs, int n) throws SQLException {
    return new Review(
        rs.getString("id"),
        rs.getString("customer_id"),
        rs.getObject("held_on", LocalDate.class),
        rs.getString("outcome"),
        json.readValue(rs.getString("attendees"), STRINGS),
        rs.getObject("previous_version", Integer.class),
        rs.getObject("contract_version", Integer.class),
        rs.getObject("next_review", LocalDate.class),
        Timestamps.read(rs, "recorded_at"),
        rs.getString("recorded_by"));
  }
}
