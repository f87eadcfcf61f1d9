package dev.kpikit.spark;

import dev.kpikit.Business;
import dev.kpikit.Kpikit;
import dev.kpikit.config.DataFolder;
import dev.kpikit.load.DataException;
import dev.kpikit.load.LoadResult;
import dev.kpikit.metrics.Grain;
import dev.kpikit.metrics.MetricOptions;
import dev.kpikit.metrics.Periods;
import dev.kpikit.report.MetricRun;
import dev.kpikit.report.MetricsOutput;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.FileUtil;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The Spark job: {@code spark-submit --class dev.kpikit.spark.SparkMetricsJob kpikit-spark.jar
 * DATA_URI --out OUT_URI [--as-of DATE] [--by DIM] [--grain G]}. Reads the data folder from any
 * Hadoop file system with {@link SparkEngine}, computes every metric table the data allows with
 * the toolkit's definitions, and writes the same files as {@code kpikit metrics}: {@code
 * metrics/*.csv}, {@code metrics.json}, {@code quality.csv}, {@code rejects/} and {@code run.json}
 * (to a local folder, or to a Hadoop URI through a local staging folder). Without a master from
 * spark-submit it runs in {@code local[2]} mode.
 *
 * <p>The orders stay on the cluster ({@link SparkEngine#keepOrders}): the tables of {@link
 * ClusterTables} are aggregated there; when another order table needs the rows on the driver, the
 * summary says so in one line ({@code orders collected to the driver for: ...}).
 *
 * <p>Exit codes as {@code kpikit}: 0 done, 2 usage, 3 input unreadable or refused, 5 output not
 * writable; the error is one line on stderr.
 */
@Command(
    name = "kpikit-spark",
    mixinStandardHelpOptions = true,
    description = "Compute kpikit's metric files on Spark from a data folder on any Hadoop file system.")
public final class SparkMetricsJob implements Callable<Integer> {
  @Parameters(paramLabel = "DATA_URI", description = "The data folder: a local path or a Hadoop URI (hdfs://, s3a://, ...).")
  String data;

  @Option(names = "--out", required = true, paramLabel = "OUT_URI", description = "Output folder: a local path or a Hadoop URI.")
  String out;

  @Option(names = "--as-of", paramLabel = "DATE", description = "Close the analysis at this date (yyyy-MM-dd).")
  LocalDate asOf;

  @Option(names = "--by", paramLabel = "DIM", description = "Split every table by this column.")
  String by;

  @Option(names = "--grain", paramLabel = "G", defaultValue = "month", description = "week, month, quarter or year (default ${DEFAULT-VALUE}).")
  String grain;

  @Option(names = "--fiscal-year-start", paramLabel = "M", defaultValue = "1", description = "Month (1-12) quarters and years start in.")
  int fiscalYearStart;

  @Option(names = "--config", paramLabel = "FILE", description = "A local config file instead of DATA_URI/kpikit.yaml.")
  java.nio.file.Path config;

  @Spec CommandSpec spec;

  private final SparkSession spark;

  /** The job in the session spark-submit configured, else a {@code local[2]} one. */
  public SparkMetricsJob() {
    this(null);
  }

  /** @param spark the session to run in, or null for {@link SparkSessions#getOrCreate()} */
  public SparkMetricsJob(SparkSession spark) {
    this.spark = spark;
  }

  /**
   * Runs the job and exits with its code.
   *
   * @param args as {@code kpikit metrics}: DATA_URI --out OUT_URI [options]
   */
  public static void main(String[] args) {
    int code = run(null, new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    System.exit(code);
  }

  /**
   * Runs the job without exiting (tests; a driver that runs several jobs).
   *
   * @param spark the session, or null for {@link SparkSessions#getOrCreate()}
   * @param stdout where the summary goes
   * @param stderr where the one-line error goes
   * @param args the arguments
   * @return the exit code
   */
  public static int run(SparkSession spark, PrintWriter stdout, PrintWriter stderr, String... args) {
    CommandLine cmd = new CommandLine(new SparkMetricsJob(spark));
    cmd.setOut(stdout);
    cmd.setErr(stderr);
    cmd.setExecutionExceptionHandler((ex, line, parsed) -> {
      stderr.println("kpikit-spark: " + String.valueOf(ex.getMessage()).replace('\n', ' '));
      stderr.flush();
      return ex instanceof OutputFailure ? 5 : ex instanceof DataException || ex instanceof UncheckedIOException ? 3 : 1;
    });
    return cmd.execute(args);
  }

  @Override
  public Integer call() throws IOException {
    SparkSession session = spark != null ? spark : SparkSessions.getOrCreate();
    Grain g;
    try {
      g = Grain.valueOf(grain.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(new CommandLine(this), "--grain: '" + grain + "' is not one of week, month, quarter, year");
    }
    Configuration conf = session.sparkContext().hadoopConfiguration();
    DataFolder folder = HadoopFolder.open(data, config, conf);
    Business opened = Kpikit.open(folder).loadingWith(new SparkEngine(session));
    Business business = asOf != null ? opened.asOf(asOf) : opened;
    MetricRun run = business.computeAll(new MetricOptions(Periods.of(g, fiscalYearStart), business.asOf(), by));
    write(run, conf);
    PrintWriter o = spec.commandLine().getOut();
    o.printf(Locale.ROOT, "as of %s on Spark %s (%s)%n", run.options().asOf(), session.version(), session.sparkContext().master());
    for (LoadResult r : run.loads().values()) {
      o.printf(Locale.ROOT, "  loaded %-16s %,12d rows read %,12d loaded %,8d rejected%n",
          r.dataset().fileStem(), r.rowsRead(), r.rowsLoaded(), r.rowsRejected());
    }
    run.tables().forEach((name, t) -> o.printf(Locale.ROOT, "  wrote  metrics/%s.csv (%,d rows)%n", name, t.rowCount()));
    run.skipped().forEach((name, why) -> o.printf(Locale.ROOT, "  skipped %s: %s%n", name, why));
    business.ordersCollectedNote().ifPresent(note -> o.printf(Locale.ROOT, "  %s%n", note));
    o.printf(Locale.ROOT, "outputs in %s%n", out);
    o.flush();
    return 0;
  }

  /**
   * Writes the run's files to {@code --out}: directly when local; else to a local staging folder,
   * copied to the Hadoop URI, which must not exist yet (a copy into an existing folder would nest).
   */
  private void write(MetricRun run, Configuration conf) {
    try {
      if (!ExecutorLoad.isRemote(out)) {
        java.nio.file.Path local = out.startsWith("file:") ? java.nio.file.Path.of(java.net.URI.create(out)) : java.nio.file.Path.of(out);
        MetricsOutput.write(run, local);
        return;
      }
      Path target = new Path(out);
      FileSystem fs = target.getFileSystem(conf);
      if (fs.exists(target)) {
        throw new OutputFailure(out + ": already exists; give each run a new output folder (e.g. one per date)", null);
      }
      java.nio.file.Path staged = Files.createTempDirectory("kpikit-spark-out-");
      MetricsOutput.write(run, staged);
      FileUtil.copy(staged.toFile(), fs, target, true, conf);
    } catch (IOException | UncheckedIOException e) {
      throw new OutputFailure(out + ": cannot write the outputs: " + e.getMessage(), e);
    }
  }

  /** The outputs could not be written (exit 5). */
  static final class OutputFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    OutputFailure(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
