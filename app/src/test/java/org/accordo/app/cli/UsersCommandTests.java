package org.accordo.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@code accordo users add --admin EMAIL} on the embedded database of a data folder: the account is
 * made, its one-time link printed and only the link's hash stored; a taken address and a malformed
 * one are refused with their exit codes.
 */
class UsersCommandTests {

  private static final Pattern LINK =
      Pattern.compile(
          "^\\s+(http://localhost:8080/password\\?token=([A-Za-z0-9_-]{43}))$", Pattern.MULTILINE);

  @TempDir Path data;

  @Test
  void makesAnAdminAndPrintsItsOneTimeLink() throws Exception {
    CliRun run =
        CliRun.of("users", "add", "--admin", "Boss@Example.com", "--data", data.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).startsWith("made the admin account Boss@Example.com in H2 in ");
    Matcher link = LINK.matcher(run.out());
    assertThat(link.find()).as(run.out()).isTrue();
    JdbcClient db = database();
    assertThat(
            db.sql("SELECT role FROM app_user WHERE email_key = 'boss@example.com'")
                .query(String.class)
                .single())
        .isEqualTo("admin");
    assertThat(db.sql("SELECT token_hash FROM user_link").query(String.class).list())
        .containsExactly(sha256(link.group(2)));
  }

  @Test
  void refusesATakenAddressWhateverItsCaseAndAMalformedOne() {
    assertThat(
            CliRun.of("users", "add", "--admin", "ada@example.com", "--data", data.toString())
                .exitCode())
        .isZero();

    CliRun again =
        CliRun.of("users", "add", "--admin", "ADA@example.com", "--data", data.toString());
    CliRun malformed =
        CliRun.of("users", "add", "--admin", "not-an-address", "--data", data.toString());

    assertThat(again.exitCode()).isEqualTo(1);
    assertThat(again.err()).contains("a user with the e-mail 'ADA@example.com' exists");
    assertThat(malformed.exitCode()).isEqualTo(Accordo.EXIT_BAD_INPUT);
    assertThat(malformed.err()).contains("--admin must be an e-mail address");
  }

  private JdbcClient database() {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:file:" + data.resolve("accordo").toAbsolutePath());
    h2.setUser("sa");
    return JdbcClient.create(h2);
  }

  private static String sha256(String text) throws Exception {
    return HexFormat.of()
        .formatHex(
            MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
  }
}
