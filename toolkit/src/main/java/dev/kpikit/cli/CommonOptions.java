package dev.kpikit.cli;

import picocli.CommandLine.Option;

/** Options every command takes. */
final class CommonOptions {
  @Option(
      names = "--debug",
      description = "Print stack traces of errors (safe to paste in a bug report: no data rows).")
  boolean debug;
}
