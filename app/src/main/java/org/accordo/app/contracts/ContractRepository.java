package org.accordo.app.contracts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.accordo.app.jdbc.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code contract_version} table: inserted, never changed. */
@Repository
class ContractRepository {

  private static final String COLUMNS =
      "customer_id, version_number, contract_id, effective_from, effective_to, uploaded_at, uploaded_by";
  private static final String NEXT_VERSION =
      "SELECT COALESCE(MAX(version_number), 0) + 1 FROM contract_version WHERE customer_id = :customerId";
  private static final String INSERT =
      """
      INSERT INTO contract_version
        (customer_id, version_number, contract_id, effective_from, effective_to, document, uploaded_at, uploaded_by)
      VALUES (:customerId, :version, :contractId, :from, :to, :document, :uploadedAt, :uploadedBy)""";
  private static final String LIST =
      "SELECT "
          + COLUMNS
          + " FROM contract_version WHERE customer_id = :customerId ORDER BY version_number";
  private static final String ALL =
      "SELECT " + COLUMNS + " FROM contract_version ORDER BY customer_id, version_number";
  private static final String FIND =
      "SELECT "
          + COLUMNS
          + " FROM contract_version WHERE customer_id = :customerId AND version_number = :version";
  private static final String DOCUMENT =
      "SELECT document FROM contract_version WHERE customer_id = :customerId AND version_number = :version";
  private static final String IN_FORCE =
      "SELECT "
          + COLUMNS
          + " FROM contract_version"
          + " WHERE customer_id = :customerId AND effective_from <= :date AND (effective_to IS NULL OR effective_to >= :date)"
          + " ORDER BY version_number DESC FETCH FIRST 1 ROWS ONLY";

  private final JdbcClient jdbc;

  ContractRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  int nextVersion(String customerId) {
    return jdbc.sql(NEXT_VERSION).param("customerId", customerId).query(Integer.class).single();
  }

  void insert(ContractVersion version, String document) {
    jdbc.sql(INSERT)
        .param("customerId", version.customerId())
        .param("version", version.version())
        .param("contractId", version.contractId())
        .param("from", version.effectiveFrom())
        .param("to", version.effectiveTo())
        .param("document", document)
        .param("uploadedAt", Timestamps.of(version.uploadedAt()))
        .param("uploadedBy", version.uploadedBy())
        .update();
  }

  List<ContractVersion> list(String customerId) {
    return jdbc.sql(LIST).param("customerId", customerId).query(ContractRepository::row).list();
  }

  /** Every version of every customer, by customer and version. */
  List<ContractVersion> all() {
    return jdbc.sql(ALL).query(ContractRepository::row).list();
  }

  Optional<ContractVersion> find(String customerId, int version) {
    return jdbc.sql(FIND)
        .param("customerId", customerId)
        .param("version", version)
        .query(ContractRepository::row)
        .optional();
  }

  Optional<String> document(String customerId, int version) {
    return jdbc.sql(DOCUMENT)
        .param("customerId", customerId)
        .param("version", version)
        .query(String.class)
        .optional();
  }

  /** The latest version whose effective dates contain {@code date}. */
  Optional<ContractVersion> inForce(String customerId, LocalDate date) {
    return jdbc.sql(IN_FORCE)
        .param("customerId", customerId)
        .param("date", date)
        .query(ContractRepository::row)
        .optional();
  }

  private static ContractVersion row(ResultSet rs, int n) throws SQLException {
    return new ContractVersion(
        rs.getString("customer_id"),
        rs.getInt("version_number"),
        rs.getString("contract_id"),
        rs.getObject("effective_from", LocalDate.class),
        rs.getObject("effective_to", LocalDate.class),
        Timestamps.read(rs, "uploaded_at"),
        rs.getString("uploaded_by"));
  }
}
