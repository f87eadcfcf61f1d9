package dev.kpikit.cli;

/**
 * {@code kpikit} whose report page is slow ({@code -Dslow.partMillis}, default 60 ms per asset
 * part): the process {@link ReportCommandProcessTest} kills and locks against.
 */
public final class SlowReportMain {
  private SlowReportMain() {}

  /**
   * @param args a kpikit command line
   */
  public static void main(String[] args) {
    long millis = Long.getLong("slow.partMillis", 60);
    System.exit(KpikitCli.commandLine(PageRenderers.reportWith(PageRenderers.slow(millis))).execute(args));
  }
}
