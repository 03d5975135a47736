package org.accordo.app.jdbc;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.h2.store.fs.FileBase;
import org.h2.store.fs.FilePath;
import org.h2.store.fs.FilePathWrapper;

/**
 * H2's own file system with each file's flushes to the disk counted: a database at {@code
 * jdbc:h2:flushes:/path/name} is the ordinary file {@code /path/name.mv.db}, and {@link #of} tells
 * how often H2 forced it to the disk. H2 lets a file system be plugged in by its prefix ({@link
 * FilePath#register}); this one only counts and passes every call on.
 */
public final class CountedFlushes extends FilePathWrapper {

  private static final Map<String, AtomicInteger> FLUSHES = new ConcurrentHashMap<>();

  static {
    FilePath.register(new CountedFlushes());
  }

  /** The JDBC URL of the H2 database {@code name} (a path without H2's suffix), counted. */
  static String url(Path name) {
    return "jdbc:h2:flushes:" + name.toAbsolutePath();
  }

  /** How many times the file of the database {@code name} was forced to the disk so far. */
  static int of(Path name) {
    return FLUSHES.getOrDefault(name.toAbsolutePath() + ".mv.db", new AtomicInteger()).get();
  }

  @Override
  public String getScheme() {
    return "flushes";
  }

  @Override
  public FileChannel open(String mode) throws IOException {
    AtomicInteger flushes =
        FLUSHES.computeIfAbsent(getBase().toString(), file -> new AtomicInteger());
    return new Counted(getBase().open(mode), flushes);
  }

  /** A channel that counts {@link #force} and passes everything on. */
  private static final class Counted extends FileBase {

    private final FileChannel channel;
    private final AtomicInteger flushes;

    Counted(FileChannel channel, AtomicInteger flushes) {
      this.channel = channel;
      this.flushes = flushes;
    }

    @Override
    public void force(boolean metaData) throws IOException {
      channel.force(metaData);
      flushes.incrementAndGet();
    }

    @Override
    public long position() throws IOException {
      return channel.position();
    }

    @Override
    public FileChannel position(long newPosition) throws IOException {
      channel.position(newPosition);
      return this;
    }

    @Override
    public long size() throws IOException {
      return channel.size();
    }

    @Override
    public int read(ByteBuffer dst) throws IOException {
      return channel.read(dst);
    }

    @Override
    public int read(ByteBuffer dst, long position) throws IOException {
      return channel.read(dst, position);
    }

    @Override
    public int write(ByteBuffer src) throws IOException {
      return channel.write(src);
    }

    @Override
    public int write(ByteBuffer src, long position) throws IOException {
      return channel.write(src, position);
    }

    @Override
    public FileChannel truncate(long size) throws IOException {
      channel.truncate(size);
      return this;
    }

    @Override
    public FileLock tryLock(long position, long size, boolean shared) throws IOException {
      return channel.tryLock(position, size, shared);
    }

    @Override
    protected void implCloseChannel() throws IOException {
      channel.close();
    }
  }
}
