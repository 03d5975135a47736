package org.accordo.app.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns an exception escaping a command into one line on stderr and an exit code, never a stack
 * trace: {@link CliFailure} carries its own code, anything else is bad input (2).
 */
final class ErrorReporter implements IExecutionExceptionHandler {

  @Override
  public int handleExecutionException(Exception ex, CommandLine cli, ParseResult parsed) {
    PrintWriter err = cli.getErr();
    err.println("accordo: " + ex.getMessage());
    err.flush();
    if (ex instanceof CliFailure failure) {
      return failure.exitCode();
    }
    return Accordo.EXIT_BAD_INPUT;
  }
}
