package org.accordo.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code accordo clocks rebuild} on the embedded database of a data folder. (What a rebuild
 * computes is tested on the running server's databases, in {@code ClockApiIntegrationTests}.)
 */
class ClocksCommandTests {

  @TempDir Path data;

  @Test
  void rebuildsTheClocksOfTheDatabaseInTheDataFolderAndSaysHowMany() {
    CliRun run = CliRun.of("clocks", "rebuild", "--data", data.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    // a fresh database (migrated on start) has no tickets
    assertThat(run.out())
        .startsWith("rebuilt the clocks of 0 tickets (0 measured by an SLA) in H2 in ");
  }

  @Test
  void aDatabaseHeldByARunningServerIsExplainedInOneLineWithoutAStackTrace() throws Exception {
    assertThat(CliRun.of("clocks", "rebuild", "--data", data.toString()).exitCode()).isZero();
    // this JVM holds the database, as a running accordo serve would: the command runs in another
    String url = "jdbc:h2:file:" + data.toAbsolutePath().normalize().resolve("accordo");
    try (Connection held = DriverManager.getConnection(url, "sa", "")) {
      Process rebuild =
          new ProcessBuilder(
                  Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
                  "-cp",
                  System.getProperty(
                      "surefire.test.class.path", System.getProperty("java.class.path")),
                  "org.accordo.app.cli.Accordo",
                  "clocks",
                  "rebuild",
                  "--data",
                  data.toString())
              .start();
      CompletableFuture<String> out = readAll(rebuild.getInputStream());
      CompletableFuture<String> err = readAll(rebuild.getErrorStream());
      assertThat(rebuild.waitFor(120, TimeUnit.SECONDS)).as("the command ended").isTrue();

      assertThat(rebuild.exitValue()).as(err.get()).isEqualTo(1);
      assertThat(err.get().lines())
          .as("stderr")
          .containsExactly(
              "accordo: the H2 database in "
                  + data.toAbsolutePath().normalize()
                  + " is open in another process (another accordo serve?); H2 serves one node:"
                  + " stop the other one, or run several nodes on PostgreSQL (ACCORDO_DB_URL)");
      assertThat(out.get())
          .as("stdout (Spring's log)")
          .doesNotContain("Exception", "SQL State", "\tat ", "WARN", "ERROR");
    }
  }

  private static CompletableFuture<String> readAll(InputStream stream) {
    return CompletableFuture.supplyAsync(
        () -> {
          try {
            return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }
}
