package org.accordo.app.imports;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * An import's files in the database ({@code import_file}): written from an upload in chunks of
 * whole lines, read back as a stream of chunks, so neither holds a whole file.
 */
final class StoredFiles {

  /** About how many characters a chunk holds (whole lines; the column holds 1,048,576). */
  static final int CHUNK_CHARS = 256 * 1024;

  /** The longest line accepted. */
  static final int MAX_LINE = 1024 * 1024 - 1;

  private StoredFiles() {}

  /**
   * Stores an uploaded file as chunks of whole lines.
   *
   * @return its number of lines
   * @throws InvalidUpload naming the part when it is not UTF-8 text or has a line too long
   */
  static long store(
      ImportRepository repository, String id, String part, String fileName, InputStream in) {
    try (BufferedReader reader =
        new BufferedReader(
            new InputStreamReader(
                in,
                StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)),
            1 << 16)) {
      StringBuilder chunk = new StringBuilder(CHUNK_CHARS + 1024);
      int seq = 0;
      long lines = 0;
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        lines++;
        if (line.length() > MAX_LINE) {
          throw new InvalidUpload(
              part, "line " + lines + " is longer than " + MAX_LINE + " characters");
        }
        if (chunk.length() > 0 && chunk.length() + line.length() + 1 > CHUNK_CHARS) {
          repository.addChunk(id, part, fileName, seq++, chunk.toString());
          chunk.setLength(0);
        }
        chunk.append(line).append('\n');
      }
      repository.addChunk(id, part, fileName, seq, chunk.toString());
      return lines;
    } catch (CharacterCodingException e) {
      throw new InvalidUpload(part, "is not UTF-8 text");
    } catch (IOException e) {
      throw new InvalidUpload(part, "could not be read: " + e.getMessage());
    }
  }

  /** The stored file of {@code part}, or empty when the import has none. */
  static Optional<ExportSource> source(ImportRepository repository, String id, String part) {
    return repository
        .fileName(id, part)
        .map(
            name ->
                new ExportSource() {
                  @Override
                  public String name() {
                    return name;
                  }

                  @Override
                  public Reader open() {
                    return new ChunkReader(repository, id, part);
                  }
                });
  }

  /** The whole text of a small stored file (the mapping). */
  static String text(ImportRepository repository, String id, String part) {
    StringBuilder text = new StringBuilder();
    for (int seq = 0; ; seq++) {
      Optional<String> chunk = repository.chunk(id, part, seq);
      if (chunk.isEmpty()) {
        return text.toString();
      }
      text.append(chunk.get());
    }
  }

  /** Reads a stored file chunk after chunk, each read from the database when the last is done. */
  private static final class ChunkReader extends Reader {
    private final ImportRepository repository;
    private final String id;
    private final String part;
    private int seq;
    private String current = "";
    private int position;
    private boolean ended;

    ChunkReader(ImportRepository repository, String id, String part) {
      this.repository = repository;
      this.id = id;
      this.part = part;
    }

    @Override
    public int read(char[] buffer, int offset, int length) {
      while (position == current.length()) {
        if (ended) {
          return -1;
        }
        Optional<String> next = repository.chunk(id, part, seq++);
        if (next.isEmpty()) {
          ended = true;
          return -1;
        }
        current = next.get();
        position = 0;
      }
      int n = Math.min(length, current.length() - position);
      current.getChars(position, position + n, buffer, offset);
      position += n;
      return n;
    }

    @Override
    public void close() {
      current = "";
    }
  }
}
