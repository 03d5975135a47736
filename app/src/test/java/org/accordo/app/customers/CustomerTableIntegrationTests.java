package org.accordo.app.customers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.accordo.app.support.AllDatabases;
import org.accordo.app.support.TestDatabase;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The migrations run on both stores and a customer row comes back as it went in. */
class CustomerTableIntegrationTests {

  @AllDatabases
  void migrationsRunAndACustomerRoundTrips(TestDatabase database) {
    JdbcClient jdbc = JdbcClient.create(database.create().dataSource());
    Instant created = Instant.parse("2026-03-29T01:30:00.123Z");

    jdbc.sql("INSERT INTO customer (id, name, created_at) VALUES (:id, :name, :createdAt)")
        .param("id", "bianchi")
        .param("name", "Ferramenta Bianchi Srl — Brescia")
        .param("createdAt", OffsetDateTime.ofInstant(created, ZoneOffset.UTC))
        .update();

    var row =
        jdbc.sql("SELECT name, created_at FROM customer WHERE id = :id")
            .param("id", "bianchi")
            .query((rs, n) -> new Object[] {rs.getString(1), rs.getObject(2, OffsetDateTime.class)})
            .single();
    assertThat(row[0]).isEqualTo("Ferramenta Bianchi Srl — Brescia");
    assertThat(((OffsetDateTime) row[1]).toInstant()).isEqualTo(created);
  }
}
