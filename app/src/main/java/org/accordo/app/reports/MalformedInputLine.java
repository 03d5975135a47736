package org.accordo.app.reports;

/** A line of an input file (outages CSV, events JSON Lines) that cannot be used; names the line. */
public final class MalformedInputLine extends RuntimeException {

  private final long line;
  private final String problem;

  /**
   * @param line the 1-based line number
   * @param problem what is wrong, without the line number
   */
  public MalformedInputLine(long line, String problem) {
    super("line " + line + ": " + problem);
    this.line = line;
    this.problem = problem;
  }

  /** The 1-based line number. */
  public long line() {
    return line;
  }

  /** What is wrong, without the line number. */
  public String problem() {
    return problem;
  }
}
