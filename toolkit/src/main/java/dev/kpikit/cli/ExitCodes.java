package dev.kpikit.cli;

/**
 * The exit codes of every {@code kpikit} command, documented in {@code --help} and the README.
 *
 * @since 0.1.0
 */
public final class ExitCodes {
  /** Success. */
  public static final int OK = 0;
  /** An internal error (a bug in kpikit): please report it with the {@code --debug} output. */
  public static final int SOFTWARE = 1;
  /** The command line is wrong (unknown option, missing argument). */
  public static final int USAGE = 2;
  /** An input could not be read: missing or unreadable file, missing required column, bad config. */
  public static final int INPUT = 3;
  /** The share of rejected rows is above {@code --max-reject-rate}. */
  public static final int REJECTS = 4;
  /** The output folder cannot be written (permissions, disk full) or is locked by another run. */
  public static final int OUTPUT = 5;

  /** The text shown under "Exit codes" in every command's {@code --help}. */
  public static final String[] HELP = {
    "0:Success.",
    "1:Internal error (a bug; rerun with --debug and report it).",
    "2:Usage error (unknown option, missing argument).",
    "3:Unreadable input (missing file, missing required column, bad config).",
    "4:Reject rate above --max-reject-rate.",
    "5:Output not writable, or locked by another run."
  };

  private ExitCodes() {}
}
