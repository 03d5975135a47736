package org.accordo.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
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
}
