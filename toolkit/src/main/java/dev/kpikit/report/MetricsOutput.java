package dev.kpikit.report;

import dev.kpikit.metrics.Kpi;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kpikit.io.BuildVersion;
import dev.kpikit.io.AtomicFiles;
import dev.kpikit.config.PoliciesConfig;
import dev.kpikit.io.TableCsv;
import dev.kpikit.load.FileLedger;
import dev.kpikit.load.LoadResult;
import dev.kpikit.metrics.MetricCatalog;
import dev.kpikit.metrics.MetricOptions;
import dev.kpikit.metrics.MetricTables;
import dev.kpikit.metrics.UnitSplit;
import dev.kpikit.schema.Dataset;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tech.tablesaw.api.Table;

/**
 * Writes a {@link MetricRun} to an output folder (DESIGN §5): {@code metrics/<table>.csv}, {@code
 * metrics.json}, {@code quality.csv}, {@code rejects/<dataset>.csv} and {@code run.json}. Every file
 * is written atomically. The metric files are byte-identical for identical inputs and options;
 * only {@code run.json} records times.
 *
 * @since 0.1.0
 */
public final class MetricsOutput {
  /** Indented JSON with plain decimals, for every JSON output. */
  static final ObjectMapper JSON =
      new ObjectMapper()
          .enable(SerializationFeature.INDENT_OUTPUT)
          .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);

  private MetricsOutput() {}

  /**
   * Writes every output of a run.
   *
   * @param run the run
   * @param out the output folder (created if needed)
   * @return the files written, relative to {@code out}, in writing order
   * @throws IOException when the folder cannot be written
   */
  public static List<String> write(MetricRun run, Path out) throws IOException {
    List<String> written = new ArrayList<>();
    for (Map.Entry<String, Table> e : run.tables().entrySet()) {
      for (String name : fileNames(e.getKey(), run.options())) {
        String rel = "metrics/" + name + ".csv";
        AtomicFiles.write(out.resolve(rel), w -> TableCsv.write(e.getValue(), w));
        written.add(rel);
      }
    }
    AtomicFiles.writeString(out.resolve("metrics.json"), JSON.writeValueAsString(metricsJson(run)) + "\n");
    written.add("metrics.json");
    AtomicFiles.write(
        out.resolve("quality.csv"), w -> LedgerCsv.quality(run.loads().values(), f -> shown(run, f), w));
    written.add("quality.csv");
    for (LoadResult r : run.loads().values()) {
      String rel = "rejects/" + r.dataset().fileStem() + ".csv";
      AtomicFiles.write(out.resolve(rel), w -> LedgerCsv.rejects(r, f -> shown(run, f), w));
      written.add(rel);
    }
    written.add("run.json");
    AtomicFiles.writeString(out.resolve("run.json"), JSON.writeValueAsString(runJson(run, written)) + "\n");
    return written;
  }

  /**
   * The names a table is written under: its name, and when that name says another grain than the
   * run's ({@code revenue_monthly} at {@code --grain quarter}) also the name for the run's grain
   * ({@code revenue_quarterly}, {@link MetricTables#nameAt}). The old name is kept for one release
   * (0.2.x) so that readers of {@code revenue_monthly.csv} keep working; 1.0 writes only the second.
   *
   * @param table a table name
   * @param options the run's options
   * @return one name, or the old name then the name for the grain (same content)
   */
  static List<String> fileNames(String table, MetricOptions options) {
    String atGrain = MetricTables.nameAt(table, options.periods().grain());
    return atGrain.equals(table) ? List.of(table) : List.of(table, atGrain);
  }

  /**
   * A file's path as outputs show it: relative to the data folder when inside it (so outputs hold
   * no machine paths), else as given (e.g. a Hadoop URI).
   *
   * @param run the run whose data folder is the base
   * @param file a file name or URI from a ledger
   * @return the path to show
   */
  public static String shown(MetricRun run, String file) {
    try {
      Path p = Path.of(file).toAbsolutePath().normalize();
      Path base = run.dataDir().toAbsolutePath().normalize();
      return p.startsWith(base) ? base.relativize(p).toString().replace('\\', '/') : file;
    } catch (RuntimeException e) {
      return file; // a Hadoop URI
    }
  }

  static ObjectNode metricsJson(MetricRun run) {
    MetricOptions o = run.options();
    ObjectNode root = JSON.createObjectNode();
    root.put("as_of", o.asOf().toString());
    root.put("grain", o.periodColumn());
    root.put("by", o.by());
    if (run.config().unit() != null) {
      root.set("units", unitsJson(run));
    }
    root.put("currency", run.config().currency());
    if (run.fxRatesSource() != null) {
      root.put("fx_rates", run.fxRatesSource());
    }
    PoliciesConfig policies = run.config().policies();
    if (policies.graceDays() > 0 || policies.trials() != null || policies.discounts() != null
        || policies.refunds() != null) {
      ObjectNode p = root.putObject("policies");
      p.put("past_due_grace_days", policies.graceDays());
      p.put("trials", policies.trialsArePaidOnly() ? PoliciesConfig.PAID_ONLY : PoliciesConfig.FROM_SIGNUP);
      p.put("discounts", policies.discountsAreNetted() ? PoliciesConfig.NET : PoliciesConfig.GROSS);
      p.put("refunds", policies.refundsAtOrder() ? PoliciesConfig.AT_ORDER : PoliciesConfig.AT_REFUND);
    }
    int last = o.lastPeriod();
    ObjectNode periods = root.putObject("periods");
    periods.put("last", o.periods().label(last));
    periods.put("last_is_complete", o.isComplete(last));
    periods.put("last_complete", o.periods().label(o.isComplete(last) ? last : last - 1));
    ArrayNode kpis = root.putArray("kpis");
    for (Kpi k : run.kpis()) {
      ObjectNode n = kpis.addObject();
      n.put("name", k.name());
      number(n, "value", k.value());
      n.put("unit", k.unit());
      n.put("period", k.period());
      number(n, "previous", k.previous());
      number(n, "year_ago", k.yearAgo());
      n.put("definition", k.definition());
    }
    ArrayNode tables = root.putArray("tables");
    for (Map.Entry<String, Table> e : run.tables().entrySet()) {
      ObjectNode n = tables.addObject();
      n.put("name", e.getKey());
      List<String> names = fileNames(e.getKey(), o);
      n.put("file", "metrics/" + names.get(names.size() - 1) + ".csv");
      if (names.size() > 1) {
        n.put("deprecated_file", "metrics/" + names.get(0) + ".csv");
      }
      if (o.by() != null) {
        // with --by, a table that has no breakdown by dimension is written whole: say so
        n.put("by", MetricTables.splitsBy(e.getValue(), o.by()) ? o.by() : null);
      }
      n.put("rows", e.getValue().rowCount());
      n.put("description", MetricCatalog.TABLES.get(e.getKey()));
    }
    ArrayNode skipped = root.putArray("skipped");
    run.skipped().forEach((t, why) -> skipped.addObject().put("table", t).put("reason", why));
    ArrayNode defs = root.putArray("definitions");
    MetricCatalog.METRICS.forEach(
        d ->
            defs.addObject()
                .put("name", d.name())
                .put("table", d.table())
                .put("unit", d.unit())
                .put("kind", d.kind().name().toLowerCase(java.util.Locale.ROOT))
                .put("definition", d.definition()));
    return root;
  }

  /**
   * The unit column and how each dataset reaches the units: {@code split} by the column, or shared
   * and allocated ({@code revenue_share}, {@code even}, {@code none}).
   */
  private static ObjectNode unitsJson(MetricRun run) {
    ObjectNode units = JSON.createObjectNode();
    units.put("column", run.config().unit());
    Map<Dataset, Table> tables = new java.util.EnumMap<>(Dataset.class);
    run.loads().forEach((d, r) -> tables.put(d, r.table()));
    ObjectNode datasets = units.putObject("datasets");
    UnitSplit.treatment(tables, run.config().unit(), run.config()::allocation)
        .forEach((d, how) -> datasets.put(d.fileStem(), how));
    return units;
  }

  /** JSON has no NaN: a missing value is null. */
  private static void number(ObjectNode n, String field, double v) {
    if (Double.isNaN(v) || Double.isInfinite(v)) {
      n.putNull(field);
    } else {
      n.put(field, v);
    }
  }

  private static ObjectNode runJson(MetricRun run, List<String> outputs) throws IOException {
    ObjectNode root = JSON.createObjectNode();
    root.put("version", BuildVersion.get());
    root.put("as_of", run.options().asOf().toString());
    ObjectNode cfg = root.putObject("config");
    cfg.put("timezone", run.config().timezone().getId());
    cfg.put("currency", run.config().currency());
    if (run.fxRatesSource() != null) {
      cfg.put("fx_rates", run.fxRatesSource());
    }
    cfg.put("grain", run.options().periods().toString());
    cfg.put("by", run.options().by());
    ArrayNode inputs = root.putArray("inputs");
    for (LoadResult r : run.loads().values()) {
      for (FileLedger f : r.files()) {
        ObjectNode n = inputs.addObject();
        n.put("dataset", f.dataset());
        n.put("path", shown(run, f.file()));
        Path local = InputDigest.localFile(f.file());
        if (local != null) {
          n.put("sha256", InputDigest.sha256(local));
          n.put("bytes", Files.size(local));
        }
        n.put("rows_read", f.rowsRead());
        n.put("rows_loaded", f.rowsLoaded());
        n.put("rows_rejected", f.rowsRejected());
      }
    }
    ArrayNode outs = root.putArray("outputs");
    outputs.forEach(outs::add);
    ObjectNode timings = root.putObject("timings_ms");
    run.timingsMillis().forEach(timings::put);
    return root;
  }
}
