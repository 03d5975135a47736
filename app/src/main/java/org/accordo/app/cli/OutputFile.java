package org.accordo.app.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.UUID;

/**
 * Writes a command's whole output to a file at once: into a hidden temporary file beside it, then
 * moved into place, so a reader never sees half a document and a failure leaves the old file.
 *
 * <p>The file gets the mode any other tool would give it: a new file the user's umask (typically
 * {@code 0644}), an existing one its own mode, as a shell's {@code >} keeps it. (The temporary file
 * is not made by {@code Files.createTempFile}, whose {@code 0600} would become the document's.)
 */
final class OutputFile {

  private static final int NAME_ATTEMPTS = 10;

  private OutputFile() {}

  /**
   * @throws CliFailure (exit 2) naming the file when it cannot be written
   */
  static void write(Path output, byte[] bytes) {
    Path target = output.toAbsolutePath();
    Path temp = null;
    try {
      temp = createBeside(target);
      try (OutputStream out = Files.newOutputStream(temp, StandardOpenOption.WRITE)) {
        out.write(bytes);
      }
      keepModeOf(target, temp);
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      deleteQuietly(temp);
      throw new CliFailure(
          "cannot write " + output + ": " + ContractFiles.describe(e), Accordo.EXIT_BAD_INPUT);
    }
  }

  /** A new empty hidden file in the target's folder, created with the umask's mode. */
  private static Path createBeside(Path target) throws IOException {
    FileAlreadyExistsException taken = null;
    for (int attempt = 0; attempt < NAME_ATTEMPTS; attempt++) {
      Path temp = target.resolveSibling(".accordo-" + UUID.randomUUID() + ".tmp");
      try {
        return Files.createFile(temp);
      } catch (FileAlreadyExistsException e) {
        taken = e;
      }
    }
    throw taken;
  }

  /** An existing target keeps its permissions when the new text replaces it. */
  private static void keepModeOf(Path target, Path temp) throws IOException {
    PosixFileAttributeView existing =
        Files.getFileAttributeView(target, PosixFileAttributeView.class);
    if (existing != null && Files.exists(target)) {
      Files.setPosixFilePermissions(temp, existing.readAttributes().permissions());
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
