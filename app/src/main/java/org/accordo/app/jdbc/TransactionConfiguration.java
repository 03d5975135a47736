package org.accordo.app.jdbc;

import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.transaction.autoconfigure.TransactionManagerCustomizers;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The application's transaction manager: Spring Boot's JDBC one, with each commit on an H2 file
 * written before it returns ({@link FileWritingTransactionManager}). Spring Boot's {@code
 * spring.transaction.*} settings still apply. And the file of such a database flushed to the disk
 * every second ({@link PeriodicDiskFlush}). On PostgreSQL, batches of inserts sent as multi-row
 * inserts ({@link PostgresBatchInserts}).
 */
@Configuration(proxyBeanMethods = false)
class TransactionConfiguration {

  @Bean
  FileWritingTransactionManager transactionManager(
      DataSource dataSource, ObjectProvider<TransactionManagerCustomizers> customizers) {
    FileWritingTransactionManager manager = new FileWritingTransactionManager(dataSource);
    customizers.ifAvailable(customizer -> customizer.customize(manager));
    return manager;
  }

  /** Static: a post-processor made before the other beans, the DataSource among them. */
  @Bean
  static PostgresBatchInserts postgresBatchInserts() {
    return new PostgresBatchInserts();
  }

  @Bean
  PeriodicDiskFlush periodicDiskFlush(DataSource dataSource) {
    return new PeriodicDiskFlush(dataSource);
  }
}
