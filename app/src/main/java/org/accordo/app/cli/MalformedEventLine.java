package org.accordo.app.cli;

/**
 * A line of a JSON Lines event file cannot be read as an event; the message starts with {@code line
 * N:}.
 */
public final class MalformedEventLine extends RuntimeException {

  private final long line;

  public MalformedEventLine(long line, String problem) {
    super("line " + line + ": " + problem);
    this.line = line;
  }

  /** The 1-based line number. */
  public long line() {
    return line;
  }
}
