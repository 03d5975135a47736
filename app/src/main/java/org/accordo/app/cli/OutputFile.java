package org.accordo.app.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a command's whole output to a file at once: into a hidden temporary file beside it, then
 * moved into place, so a reader never sees half a document and a failure leaves the old file.
 */
final class OutputFile {

  private OutputFile() {}

  /**
   * @throws CliFailure (exit 2) naming the file when it cannot be written
   */
  static void write(Path output, byte[] bytes) {
    Path target = output.toAbsolutePath();
    Path temp = null;
    try {
      temp = Files.createTempFile(target.getParent(), ".accordo-", ".tmp");
      Files.write(temp, bytes);
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      deleteQuietly(temp);
      throw new CliFailure(
          "cannot write " + output + ": " + ContractFiles.describe(e), Accordo.EXIT_BAD_INPUT);
    }
  }

  private static void deleteQuietly(Path temp) {
    if (temp != null) {
      try {
        Files.deleteIfExists(temp);
      } catch (IOException ignored) {
        // a hidden temporary file of ours; nothing more to do
      }
    }
  }
}
