package org.accordo.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.accordo.app.audit.AuditLogFixtures;
import org.accordo.app.support.AllDatabases;
import org.accordo.app.support.TestDatabase;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/** The first start of a server: how an admin gets a token. */
class AdminTokenBootstrapTests {

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-03-02T09:00:00Z"), ZoneOffset.UTC);
  private static final Pattern PRINTED_TOKEN =
      Pattern.compile("^\\s+(accordo_[A-Za-z0-9_-]{43})$", Pattern.MULTILINE);

  private final ByteArrayOutputStream printed = new ByteArrayOutputStream();

  @AllDatabases
  void createsAndPrintsAnAdminTokenOnceWhenNoneExists(TestDatabase database) {
    var db = database.create();
    JdbcClient jdbc = JdbcClient.create(db.dataSource());

    bootstrap(db, "").run(null);
    String firstOutput = printed.toString(StandardCharsets.UTF_8);
    bootstrap(db, "").run(null);

    Matcher token = PRINTED_TOKEN.matcher(firstOutput);
    assertThat(token.find()).as(firstOutput).isTrue();
    assertThat(printed.toString(StandardCharsets.UTF_8))
        .isEqualTo(firstOutput); // the second start printed nothing
    assertThat(new ApiTokenRepository(jdbc).findActiveByHash(TokenSecrets.hash(token.group(1))))
        .hasValueSatisfying(t -> assertThat(t.role()).isEqualTo(Role.ADMIN));
    assertThat(jdbc.sql("SELECT COUNT(*) FROM api_token").query(Long.class).single()).isEqualTo(1);
    assertThat(jdbc.sql("SELECT action FROM audit_log").query(String.class).list())
        .containsExactly("token.created");
  }

  @AllDatabases
  void storesTheHashOfAGivenAdminTokenAndPrintsNothing(TestDatabase database) {
    var db = database.create();
    String given = "accordo_given-by-the-operator-0123456789";

    bootstrap(db, given).run(null);
    bootstrap(db, given).run(null);

    JdbcClient jdbc = JdbcClient.create(db.dataSource());
    assertThat(jdbc.sql("SELECT token_hash FROM api_token").query(String.class).list())
        .containsExactly(TokenSecrets.hash(given));
    assertThat(printed.toString(StandardCharsets.UTF_8)).isEmpty();
  }

  @AllDatabases
  void doesNotBringBackARevokedGivenToken(TestDatabase database) {
    var db = database.create();
    String given = "accordo_given-by-the-operator-0123456789";
    bootstrap(db, given).run(null);
    ApiTokenRepository repository = new ApiTokenRepository(JdbcClient.create(db.dataSource()));
    String id = repository.list().get(0).id();
    repository.revoke(id, CLOCK.instant());

    bootstrap(db, given).run(null);

    assertThat(repository.findActiveByHash(TokenSecrets.hash(given))).isEmpty();
    assertThat(printed.toString(StandardCharsets.UTF_8)).contains("revoked");
  }

  @AllDatabases
  void refusesAGivenTokenTooShortToBeSafe(TestDatabase database) {
    var db = database.create();

    assertThatThrownBy(() -> bootstrap(db, "admin").run(null))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("ACCORDO_ADMIN_TOKEN must be at least 32 characters");
  }

  private AdminTokenBootstrap bootstrap(TestDatabase.Connected db, String given) {
    JdbcClient jdbc = JdbcClient.create(db.dataSource());
    return new AdminTokenBootstrap(
        new ApiTokenRepository(jdbc),
        AuditLogFixtures.auditing(db.dataSource(), CLOCK),
        new DataSourceTransactionManager(db.dataSource()),
        CLOCK,
        given,
        new PrintStream(printed, true, StandardCharsets.UTF_8));
  }
}
