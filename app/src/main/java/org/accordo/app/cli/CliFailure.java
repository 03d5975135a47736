package org.accordo.app.cli;

/**
 * A command failed for a reason the user can act on; the message is printed as one line and the
 * process exits with {@link #exitCode()}.
 */
public final class CliFailure extends RuntimeException {

  private final int exitCode;

  public CliFailure(String message, int exitCode) {
    super(message);
    this.exitCode = exitCode;
  }

  public int exitCode() {
    return exitCode;
  }
}
