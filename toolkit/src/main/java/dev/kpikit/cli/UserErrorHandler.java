package dev.kpikit.cli;

import dev.kpikit.clv.ModelFitException;
import dev.kpikit.load.DataException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns exceptions into one clear line on stderr and a documented exit code. The stack trace is
 * printed only when the command line contains {@code --debug}; it names classes and source lines,
 * and its messages quote at most the single value a problem is about (as the reject reasons do),
 * never a row. A heap that ran out ({@link HeapExhaustedException}) is an input problem: exit 3.
 */
final class UserErrorHandler implements IExecutionExceptionHandler {

  @Override
  public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parsed) {
    PrintWriter err = cmd.getErr();
    err.println("kpikit: " + messageOf(ex));
    if (parsed.originalArgs().contains("--debug")) {
      ex.printStackTrace(err);
    } else if (exitCodeOf(ex) == ExitCodes.SOFTWARE) {
      err.println("kpikit: this is a bug; rerun with --debug and report the output");
    }
    err.flush();
    return exitCodeOf(ex);
  }

  static int exitCodeOf(Throwable ex) {
    if (ex instanceof OutputException) {
      return ExitCodes.OUTPUT;
    }
    if (ex instanceof DataException
        || ex instanceof ModelFitException
        || ex instanceof UncheckedIOException
        || ex instanceof HeapExhaustedException) {
      return ExitCodes.INPUT;
    }
    if (ex instanceof CommandLine.ParameterException || ex instanceof EngineUnavailableException) {
      return ExitCodes.USAGE;
    }
    return ExitCodes.SOFTWARE;
  }

  private static String messageOf(Throwable ex) {
    if (ex instanceof UncheckedIOException && ex.getCause() instanceof AccessDeniedException) {
      return "cannot read " + ex.getCause().getMessage() + ": permission denied";
    }
    String m = ex.getMessage();
    return m == null || m.isBlank() ? ex.getClass().getSimpleName() : m.replace('\n', ' ');
  }
}
