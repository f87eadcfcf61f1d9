package dev.kpikit.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code kpikit} command: a thin shell over the library. {@link #main} is the process entry
 * point; {@link #commandLine()} builds the picocli command for tests and embedding.
 *
 * @since 0.1.0
 */
@Command(
    name = "kpikit",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Trustworthy KPIs and offline HTML reports from business exports.",
    subcommands = {
      ValidateCommand.class,
      MetricsCommand.class,
      ReportCommand.class,
      CustomersCommand.class,
      SampleCommand.class,
      ForecastCommand.class,
      BacktestCommand.class,
      CommandLine.HelpCommand.class
    })
public final class KpikitCli {

  /**
   * Builds the command line with all subcommands, error handlers and exit code mapping.
   *
   * @return a ready-to-execute picocli command line
   */
  public static CommandLine commandLine() {
    return commandLine(CommandLine.defaultFactory());
  }

  /**
   * Builds the command line with commands made by {@code factory}, for embedding and tests that
   * give a command other collaborators (e.g. {@code kpikit report} another page renderer).
   *
   * @param factory makes the command objects; {@link CommandLine#defaultFactory()} as installed
   * @return a ready-to-execute picocli command line
   */
  public static CommandLine commandLine(CommandLine.IFactory factory) {
    CommandLine cl = new CommandLine(new KpikitCli(), factory);
    cl.setExecutionStrategy(new HeapGuard());
    cl.setExecutionExceptionHandler(new UserErrorHandler());
    cl.setExitCodeExceptionMapper(UserErrorHandler::exitCodeOf);
    documentExitCodes(cl);
    return cl;
  }

  private static void documentExitCodes(CommandLine cl) {
    Map<String, String> codes = new LinkedHashMap<>();
    for (String line : ExitCodes.HELP) {
      int colon = line.indexOf(':');
      codes.put(line.substring(0, colon), line.substring(colon + 1));
    }
    cl.getCommandSpec().usageMessage().exitCodeListHeading("%nExit codes:%n").exitCodeList(codes);
    cl.getSubcommands().values().forEach(KpikitCli::documentExitCodes);
  }

  /**
   * Runs {@code kpikit} and exits with its exit code.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    // Tablesaw's class initialisation (about 0.1 s) runs while picocli builds the command model.
    Runnable tablesawReady = TablesawStartup.initialiseInBackground();
    CommandLine cl = commandLine();
    tablesawReady.run();
    System.exit(cl.execute(args));
  }
}
