package dev.kpikit.job;

import dev.kpikit.Business;
import dev.kpikit.load.LoadResult;
import dev.kpikit.load.ParquetWarmUp;
import dev.kpikit.metrics.MetricOptions;
import dev.kpikit.report.InputDigest;
import dev.kpikit.report.MetricRun;
import dev.kpikit.report.MetricsOutput;
import dev.kpikit.schema.Dataset;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The nightly job behind {@code kpikit report} (and {@code kpikit metrics}, whose renderer writes
 * no page): under the folder's lock, loads every dataset, computes every metric table, writes the
 * metric outputs and the page into a staging folder, and publishes it atomically with {@link
 * ReportFolder}, keeping the last runs and deleting the shared files (plotly.js) no kept run uses.
 * Each step is logged with its counts and duration.
 *
 * <pre>{@code
 * JobLog log = new JobLog(new PrintWriter(System.err), Clock.systemUTC(), false);
 * PublishedReport r = new ReportJob(HtmlReport::write, Clock.systemUTC(), log)
 *     .run(Path.of("reports/acme"), Kpikit.open("exports/acme"), Business::options,
 *         PublishOptions.defaults());
 * }</pre>
 *
 * <p>A failure at any step, or a killed process, leaves the previously published report as it
 * was; what the failed run left is removed by the next run. So does an input that changed while
 * the run read it: its ledger and {@code run.json} would describe different bytes.
 *
 * @since 0.1.0
 */
public final class ReportJob {
  private final ReportRenderer renderer;
  private final Clock clock;
  private final JobLog log;
  private final boolean customerValue;

  /**
   * A report's job: each run also fits the customer-value models for the page's Customer value
   * section.
   *
   * @param renderer writes the page of each run
   * @param clock names runs after their start time (never written into metric files)
   * @param log where steps are logged
   */
  public ReportJob(ReportRenderer renderer, Clock clock, JobLog log) {
    this(renderer, clock, log, true);
  }

  /**
   * @param renderer writes the page of each run
   * @param clock names runs after their start time (never written into metric files)
   * @param log where steps are logged
   * @param customerValue whether each run fits the customer-value models ({@code kpikit report}
   *     does, for its Customer value section; {@code kpikit metrics}, which writes no page, does not)
   */
  public ReportJob(ReportRenderer renderer, Clock clock, JobLog log, boolean customerValue) {
    this.renderer = renderer;
    this.clock = clock;
    this.log = log;
    this.customerValue = customerValue;
  }

  /**
   * Builds and publishes one report.
   *
   * @param dir the output folder (created if needed)
   * @param business the data folder to report on
   * @param options the metric options, computed once the data is loaded (the default as-of date
   *     is the last date in the data)
   * @param publish runs to keep and lock wait
   * @return the published run
   * @throws OutputLockedException when another run holds {@code dir} beyond the wait
   * @throws IOException when {@code dir} cannot be written; the previous report is then intact
   * @throws dev.kpikit.load.DataException when an input cannot be read, or changed while the
   *     run read it (see {@link InputStamps}); nothing is published then
   */
  public PublishedReport run(
      Path dir, Business business, Function<Business, MetricOptions> options, PublishOptions publish)
      throws IOException {
    long start = System.nanoTime();
    Instant started = clock.instant();
    log.info("report of %s into %s", business.folder().dir(), dir);
    business.configIssues().forEach(issue -> log.warn("%s (ignored)", issue));
    ReportFolder folder = ReportFolder.open(dir);
    OutputLock lock = OutputLock.acquire(folder.lockFile(), dir, publish.lockWait(), clock);
    try {
      int leftovers = folder.cleanLeftovers();
      if (leftovers > 0) {
        log.info("removed %d temporary entries left in %s by an interrupted run", leftovers, dir);
      }
      List<Dataset> datasets = List.copyOf(business.folder().inputs().keySet());
      List<String> inputFiles =
          business.folder().inputs().values().stream().flatMap(List::stream).toList();
      InputStamps inputs = InputStamps.of(inputFiles);
      // run.json records each input's SHA-256: read the files for it while they load and metrics
      // are computed, on a thread of its own.
      InputDigest.prefetch(inputFiles);
      ParquetWarmUp.startFor(inputFiles);
      log.startProgress(datasets.size() + 3);
      MetricRun run = compute(business, datasets, options);
      PublishedReport published = publish(folder, folder.newRunName(started), run, inputs);
      List<String> removed = folder.rotate(publish.keep());
      if (!removed.isEmpty()) {
        log.info("removed %d old run(s), keeping %d: %s", removed.size(), publish.keep(), removed);
      }
      List<String> unused = folder.pruneShared();
      if (!unused.isEmpty()) {
        log.info("removed %d shared file(s) no kept run uses: %s", unused.size(), unused);
      }
      log.info("done in %d ms", millisSince(start));
      return published;
    } finally {
      log.endProgress();
      lock.close();
    }
  }

  private MetricRun compute(
      Business business, List<Dataset> datasets, Function<Business, MetricOptions> options) {
    Map<String, Long> loadMillis = new LinkedHashMap<>();
    for (Dataset d : datasets) {
      log.progress("loading " + d.fileStem());
      long t = System.nanoTime();
      LoadResult r = renderer.readsLoadedRows() ? business.load(d) : business.ledger(d);
      loadMillis.put("load_" + d.fileStem(), millisSince(t));
      log.info(
          "loaded %s: %,d rows read, %,d loaded, %,d rejected from %d file(s) in %d ms",
          d.fileStem(), r.rowsRead(), r.rowsLoaded(), r.rowsRejected(), r.files().size(),
          loadMillis.get("load_" + d.fileStem()));
    }
    log.progress("computing metrics");
    MetricOptions o = options.apply(business);
    log.info("computing metrics as of %s by %s%s", o.asOf(), o.periodColumn(),
        o.by() == null ? "" : " and " + o.by());
    MetricRun run = withLoadTimings(business.computeAll(o), loadMillis);
    if (customerValue) {
      run = run.withCustomerValue(CustomerValueStep.compute(business, log));
    }
    log.info(
        "computed %d table(s), skipped %d, in %d ms",
        run.tables().size(), run.skipped().size(), run.timingsMillis().getOrDefault("metrics", 0L));
    run.skipped().forEach((table, why) -> log.info("skipped %s: %s", table, why));
    business.ordersCollectedNote().ifPresent(note -> log.info("%s", note));
    return run;
  }

  private PublishedReport publish(
      ReportFolder folder, String name, MetricRun run, InputStamps inputs) throws IOException {
    Path staging = folder.createStaging(name);
    try {
      log.progress("writing metrics");
      long t = System.nanoTime();
      List<String> written = MetricsOutput.write(run, staging);
      log.info("wrote %d metric output file(s) in %d ms", written.size(), millisSince(t));
      log.progress("writing the page");
      t = System.nanoTime();
      renderer.render(run, staging);
      log.info("wrote the page in %d ms", millisSince(t));
      inputs.checkUnchanged(); // the ledger and run.json's digests are of the same bytes
      Path runDir = folder.publish(staging, name);
      log.info("published %s (%s/%s)", folder.dir(), ReportFolder.RUNS, name);
      return new PublishedReport(runDir, run);
    } finally {
      folder.discard(staging);
    }
  }

  /**
   * The datasets were loaded before {@link Business#computeAll} (to log each one), which then
   * found them cached: its load timings are the measured ones, and its total includes them.
   */
  private static MetricRun withLoadTimings(MetricRun run, Map<String, Long> loadMillis) {
    Map<String, Long> timings = new LinkedHashMap<>(run.timingsMillis());
    long total = timings.getOrDefault("total", 0L);
    for (Map.Entry<String, Long> e : loadMillis.entrySet()) {
      total += e.getValue() - timings.getOrDefault(e.getKey(), 0L);
      timings.put(e.getKey(), e.getValue());
    }
    timings.put("total", total);
    return new MetricRun(
        run.dataDir(), run.config(), run.options(), run.loads(), run.tables(), run.skipped(),
        run.kpis(), timings, run.configIssues());
  }

  private static long millisSince(long nanos) {
    return (System.nanoTime() - nanos) / 1_000_000;
  }
}
