package org.accordo.app.customers;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.accordo.app.jdbc.Timestamps;
import org.accordo.app.web.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code customer} table. A list's {@code ORDER BY} is one of {@link #SORTS}, chosen by key: no
 * request text ever becomes SQL; every value is a bound parameter.
 */
@Repository
class CustomerRepository {

  /** The sort keys of the customer list and their SQL order. */
  static final Map<String, String> SORTS =
      Map.of(
          "id", "id",
          "-id", "id DESC",
          "name", "name, id",
          "-name", "name DESC, id",
          "created_at", "created_at, id",
          "-created_at", "created_at DESC, id");

  private static final String COLUMNS = "id, name, time_zone, state, created_at, updated_at";
  private static final String INSERT =
      """
      INSERT INTO customer (id, name, time_zone, state, created_at)
      VALUES (:id, :name, :timeZone, :state, :createdAt)""";
  private static final String FIND = "SELECT " + COLUMNS + " FROM customer WHERE id = :id";
  private static final String EXISTS = "SELECT COUNT(*) FROM customer WHERE id = :id";
  private static final String PAGE =
      "SELECT "
          + COLUMNS
          + " FROM customer"
          + " WHERE (CAST(:scope AS VARCHAR(64)) IS NULL OR id = :scope) ORDER BY ";
  private static final String ALL =
      "SELECT "
          + COLUMNS
          + " FROM customer WHERE (CAST(:scope AS VARCHAR(64)) IS NULL OR id = :scope)"
          + " ORDER BY name, id";
  private static final String PAGE_END = " OFFSET :offset ROWS FETCH FIRST :size ROWS ONLY";
  private static final String COUNT =
      "SELECT COUNT(*) FROM customer WHERE (CAST(:scope AS VARCHAR(64)) IS NULL OR id = :scope)";
  private static final String UPDATE =
      """
      UPDATE customer SET name = :name, time_zone = :timeZone, updated_at = :updatedAt WHERE id = :id""";
  private static final String CHANGE_STATE =
      "UPDATE customer SET state = :state, updated_at = :updatedAt WHERE id = :id";
  private static final String STATE = "SELECT state FROM customer WHERE id = :id";
  private static final String DELETE = "DELETE FROM customer WHERE id = :id";

  private final JdbcClient jdbc;

  CustomerRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void insert(Customer customer) {
    jdbc.sql(INSERT)
        .param("id", customer.id())
        .param("name", customer.name())
        .param("timeZone", customer.timeZone().getId())
        .param("state", customer.state().id())
        .param("createdAt", Timestamps.of(customer.createdAt()))
        .update();
  }

  Optional<Customer> find(String id) {
    return jdbc.sql(FIND).param("id", id).query(CustomerRepository::row).optional();
  }

  boolean exists(String id) {
    return jdbc.sql(EXISTS).param("id", id).query(Long.class).single() > 0;
  }

  /** A page of customers, limited to {@code scope} when it is not null. */
  List<Customer> page(String scope, PageRequest request) {
    return jdbc.sql(PAGE + SORTS.get(request.sort()) + PAGE_END)
        .param("scope", scope)
        .param("offset", request.offset())
        .param("size", request.size())
        .query(CustomerRepository::row)
        .list();
  }

  /** Every customer, or only {@code scope} when it is not null, by name. */
  List<Customer> all(String scope) {
    return jdbc.sql(ALL).param("scope", scope).query(CustomerRepository::row).list();
  }

  long count(String scope) {
    return jdbc.sql(COUNT).param("scope", scope).query(Long.class).single();
  }

  void update(Customer customer) {
    jdbc.sql(UPDATE)
        .param("id", customer.id())
        .param("name", customer.name())
        .param("timeZone", customer.timeZone().getId())
        .param("updatedAt", Timestamps.of(customer.updatedAt()))
        .update();
  }

  void changeState(Customer customer) {
    jdbc.sql(CHANGE_STATE)
        .param("id", customer.id())
        .param("state", customer.state().id())
        .param("updatedAt", Timestamps.of(customer.updatedAt()))
        .update();
  }

  /** The customer's state; empty when there is no such customer. */
  Optional<CustomerState> state(String id) {
    return jdbc.sql(STATE)
        .param("id", id)
        .query(String.class)
        .optional()
        .map(CustomerRepository::stateOf);
  }

  void delete(String id) {
    jdbc.sql(DELETE).param("id", id).update();
  }

  private static CustomerState stateOf(String id) {
    return CustomerState.of(id)
        .orElseThrow(() -> new IllegalStateException("unknown customer state '" + id + "'"));
  }

  private static Customer row(ResultSet rs, int n) throws SQLException {
    return new Customer(
        rs.getString("id"),
        rs.getString("name"),
        ZoneId.of(rs.getString("time_zone")),
        stateOf(rs.getString("state")),
        Timestamps.read(rs, "created_at"),
        Timestamps.read(rs, "updated_at"));
  }
}
