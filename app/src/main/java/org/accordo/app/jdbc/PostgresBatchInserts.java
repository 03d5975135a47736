package org.accordo.app.jdbc;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Has the PostgreSQL driver send a JDBC batch of {@code INSERT ... VALUES} as multi-row inserts
 * ({@code reWriteBatchedInserts}): the server parses, plans and executes one statement per up to
 * 128 rows instead of one per row. The imports and the clock rebuilds insert events, clock rows,
 * escalations and audit entries by the hundred thousand in batches; row by row, PostgreSQL spent
 * more of its time on each statement than on its row. A batch's update counts are then unknown
 * ({@code SUCCESS_NO_INFO}) for the inserts so rewritten, which no caller reads; updates and
 * deletes are sent as before. Only for a pool Spring Boot made on a {@code jdbc:postgresql:} URL.
 */
final class PostgresBatchInserts implements BeanPostProcessor {

  static final String PROPERTY = "reWriteBatchedInserts";

  @Override
  public Object postProcessBeforeInitialization(Object bean, String beanName) {
    if (bean instanceof HikariDataSource pool
        && pool.getJdbcUrl() != null
        && pool.getJdbcUrl().startsWith("jdbc:postgresql:")
        && !pool.getDataSourceProperties().containsKey(PROPERTY)) {
      pool.addDataSourceProperty(PROPERTY, "true");
    }
    return bean;
  }
}
