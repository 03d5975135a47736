package org.accordo.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The embedded H2 database holds the inbound and webhook HMAC secrets: its file is readable by its
 * owner only, and so is a data folder Accordo creates, whatever the user's umask.
 */
class EmbeddedDatabaseFilesTests {

  @TempDir Path temp;

  @BeforeEach
  void posixFileSystem() {
    assumeTrue(
        temp.getFileSystem().supportedFileAttributeViews().contains("posix"),
        "file modes exist on POSIX file systems only");
  }

  @Test
  void aStartCreatesTheDataFolderAndTheDatabaseFileForTheirOwnerOnly() throws IOException {
    Path data = temp.resolve("new").resolve("data");

    try (ConfigurableApplicationContext started =
        AccordoServer.startTask(new ServerSettings(0, data, null, null, null))) {
      assertThat(started.isActive()).isTrue();
    }

    assertThat(modeOf(data)).isEqualTo("rwx------");
    Path file = data.resolve("accordo.mv.db");
    // H2 wrote the migrated schema into the file Accordo created, which kept its mode
    assertThat(Files.size(file)).isPositive();
    assertThat(modeOf(file)).isEqualTo("rw-------");
  }

  @Test
  void anExistingFolderKeepsItsModeAndTheNewDatabaseFileIsStillTheOwnersOnly() throws IOException {
    Path data =
        Files.createDirectory(
            temp.resolve("data"),
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));

    EmbeddedDatabaseFiles.prepare(data);

    assertThat(modeOf(data)).isEqualTo("rwxr-xr-x");
    assertThat(modeOf(data.resolve("accordo.mv.db"))).isEqualTo("rw-------");
  }

  @Test
  void anExistingDatabaseFileIsLeftAsItIs() throws IOException {
    Path data = Files.createDirectory(temp.resolve("data"));
    Path file = Files.writeString(data.resolve("accordo.mv.db"), "an earlier database");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));

    EmbeddedDatabaseFiles.prepare(data);

    assertThat(Files.readString(file)).isEqualTo("an earlier database");
    assertThat(modeOf(file)).isEqualTo("rw-r-----");
  }

  private static String modeOf(Path path) throws IOException {
    return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
  }
}
