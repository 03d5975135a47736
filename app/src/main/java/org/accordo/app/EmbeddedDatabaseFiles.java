package org.accordo.app;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * The files of the embedded H2 database, created readable by their owner only before H2 opens them:
 * the database holds the inbound sources' and webhook subscriptions' HMAC secrets, which H2 would
 * otherwise write into a file anyone on the machine may read (the user's umask, typically {@code
 * 0644}).
 *
 * <p>A data folder Accordo creates is {@code 0700}, so everything H2 writes beside the database
 * (its trace and temporary files) is private too; a folder that exists is left as it is. The
 * database file ({@code accordo.mv.db}) is created empty with {@code 0600}, and H2 writes into it
 * in place; an existing file keeps its mode. On a file system without POSIX permissions nothing is
 * set.
 */
final class EmbeddedDatabaseFiles {

  /** H2's file of the database {@code jdbc:h2:file:<folder>/accordo}. */
  static final String DATABASE_FILE = ServerSettings.EMBEDDED_DATABASE_NAME + ".mv.db";

  private EmbeddedDatabaseFiles() {}

  /**
   * Creates the data folder ({@code 0700}) and the empty database file ({@code 0600}) when they do
   * not exist.
   *
   * @throws IOException when the folder or the file cannot be created
   */
  static void prepare(Path dataDir) throws IOException {
    Path folder = dataDir.toAbsolutePath().normalize();
    boolean posix = folder.getFileSystem().supportedFileAttributeViews().contains("posix");
    if (!Files.isDirectory(folder)) {
      if (folder.getParent() != null) {
        Files.createDirectories(folder.getParent());
      }
      try {
        Files.createDirectory(folder, ownerOnly(posix, "rwx------"));
      } catch (FileAlreadyExistsException createdMeanwhile) {
        // another process made it; H2 reports a file in its way
      }
    }
    try {
      Files.createFile(folder.resolve(DATABASE_FILE), ownerOnly(posix, "rw-------"));
    } catch (FileAlreadyExistsException existing) {
      // the database of an earlier start: H2 opens it as it is
    }
  }

  private static FileAttribute<?>[] ownerOnly(boolean posix, String permissions) {
    return posix
        ? new FileAttribute<?>[] {
          PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(permissions))
        }
        : new FileAttribute<?>[0];
  }
}
