package dev.kpikit.cli;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
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
    description = "Trustworthy KPIs and offline HTML reports from business exports.")
public final class KpikitCli {
  /**
   * The subcommands by name, in the order {@code kpikit --help} lists them. They are added to the
   * command line in code rather than named in the {@code @Command} annotation, so that {@link
   * #main} can build the model of the one a command line runs alone.
   */
  static final Map<String, Class<?>> SUBCOMMANDS = subcommands();

  private static Map<String, Class<?>> subcommands() {
    Map<String, Class<?>> all = new LinkedHashMap<>();
    all.put("validate", ValidateCommand.class);
    all.put("metrics", MetricsCommand.class);
    all.put("report", ReportCommand.class);
    all.put("customers", CustomersCommand.class);
    all.put("sample", SampleCommand.class);
    all.put("forecast", ForecastCommand.class);
    all.put("backtest", BacktestCommand.class);
    all.put("help", CommandLine.HelpCommand.class);
    return Collections.unmodifiableMap(all);
  }

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
    return commandLine(factory, SUBCOMMANDS.keySet());
  }

  /**
   * Builds the command line with only some of the subcommands: picocli reads the annotations of
   * each subcommand added (about 0.1 s for all of them as the process starts), and a run needs only
   * its own.
   *
   * @param factory makes the command objects
   * @param names the subcommands to add, each a key of {@link #SUBCOMMANDS}
   * @return a ready-to-execute picocli command line
   */
  static CommandLine commandLine(CommandLine.IFactory factory, Collection<String> names) {
    CommandLine cl = new CommandLine(new KpikitCli(), factory);
    for (String name : names) {
      cl.addSubcommand(name, SUBCOMMANDS.get(name));
    }
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
    CommandLine cl = commandLine(CommandLine.defaultFactory(), subcommandsFor(args));
    tablesawReady.run();
    System.exit(cl.execute(args));
  }

  /**
   * The subcommands a command line needs: the one it names first, alone; all of them when its
   * first argument is an option ({@code --help}, {@code --version}), {@code help}, or no subcommand
   * (picocli then lists them, or suggests the nearest to a misspelt one).
   *
   * @param args the command line
   * @return names of {@link #SUBCOMMANDS}
   */
  static Collection<String> subcommandsFor(String[] args) {
    if (args.length > 0 && !args[0].equals("help") && SUBCOMMANDS.containsKey(args[0])) {
      return List.of(args[0]);
    }
    return SUBCOMMANDS.keySet();
  }
}
