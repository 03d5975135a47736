package org.accordo.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files written with {@code -o} get the mode any other tool gives them: a new file the user's
 * umask, an existing file its own mode. (They were {@code 0600}, the mode of the temporary file
 * they are written into first.)
 */
class OutputFileTests {

  @TempDir Path dir;

  @BeforeEach
  void posixFileSystem() {
    assumeTrue(
        dir.getFileSystem().supportedFileAttributeViews().contains("posix"),
        "file modes exist on POSIX file systems only");
  }

  @Test
  void aRenderedDocumentGetsTheModeOfTheUsersUmask() throws Exception {
    Path contract = dir.resolve("contract-bianchi.yaml");
    try (InputStream in = getClass().getResourceAsStream("/examples/contract-bianchi.yaml")) {
      Files.write(contract, in.readAllBytes());
    }
    Path document = dir.resolve("bianchi.md");

    // the real command line in a shell with a umask of its own: 027 keeps group read, not 0600's
    Process accordo =
        new ProcessBuilder(
                "sh",
                "-c",
                "umask 027 && exec \"$0\" \"$@\"",
                Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty(
                    "surefire.test.class.path", System.getProperty("java.class.path")),
                "org.accordo.app.cli.Accordo",
                "contract",
                "render",
                contract.toString(),
                "--format",
                "md",
                "-o",
                document.toString())
            .redirectErrorStream(true)
            .start();
    String printed = new String(accordo.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(accordo.waitFor(60, TimeUnit.SECONDS)).as("accordo ended").isTrue();

    assertThat(accordo.exitValue()).as(printed).isZero();
    assertThat(modeOf(document)).isEqualTo("rw-r-----");
  }

  @Test
  void aNewFileGetsTheModeOfAFileThisProcessCreates() throws IOException {
    Path plain = Files.createFile(dir.resolve("plain.txt"));
    Path written = dir.resolve("written.md");

    OutputFile.write(written, "# A document\n".getBytes(StandardCharsets.UTF_8));

    assertThat(modeOf(written)).isEqualTo(modeOf(plain));
  }

  @Test
  void aReplacedFileKeepsItsModeAndNoTemporaryFileIsLeft() throws IOException {
    Path written = Files.writeString(dir.resolve("report.md"), "the old report");
    Files.setPosixFilePermissions(written, PosixFilePermissions.fromString("rw-rw-r--"));

    OutputFile.write(written, "the new report".getBytes(StandardCharsets.UTF_8));

    assertThat(Files.readString(written)).isEqualTo("the new report");
    assertThat(modeOf(written)).isEqualTo("rw-rw-r--");
    try (var left = Files.list(dir)) {
      assertThat(left.map(p -> p.getFileName().toString()).toList())
          .isEqualTo(List.of("report.md"));
    }
  }

  private static String modeOf(Path path) throws IOException {
    return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
  }
}
