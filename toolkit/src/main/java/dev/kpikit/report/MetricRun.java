package dev.kpikit.report;

import dev.kpikit.metrics.Kpi;

import dev.kpikit.config.ConfigIssue;
import dev.kpikit.config.KpikitConfig;
import dev.kpikit.load.LoadResult;
import dev.kpikit.metrics.MetricOptions;
import dev.kpikit.schema.Dataset;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tech.tablesaw.api.Table;

/**
 * Everything one metrics run produced, ready to be written: the loads with their ledgers, the
 * metric tables the data allowed, the tables skipped and why, and the headline KPIs.
 *
 * @param dataDir the data folder
 * @param config the config in force
 * @param options grain, as-of date and dimension
 * @param loads each loaded dataset
 * @param tables metric table name to table, in report order
 * @param skipped metric table name to the reason it was not computed
 * @param kpis headline KPIs
 * @param timingsMillis step name to milliseconds
 * @param configIssues unknown keys and names of the config, which the run ignored (shown among the
 *     report's warnings)
 * @param customerValue the customer-value analysis of a report run, or null when not computed
 *     ({@code kpikit metrics} does not compute it)
 * @since 0.1.0
 */
public record MetricRun(
    Path dataDir,
    KpikitConfig config,
    MetricOptions options,
    Map<Dataset, LoadResult> loads,
    Map<String, Table> tables,
    Map<String, String> skipped,
    List<Kpi> kpis,
    Map<String, Long> timingsMillis,
    List<ConfigIssue> configIssues,
    CustomerValueReport customerValue) {

  /**
   * A run whose config had no issues.
   *
   * @param dataDir the data folder
   * @param config the config in force
   * @param options grain, as-of date and dimension
   * @param loads each loaded dataset
   * @param tables metric table name to table, in report order
   * @param skipped metric table name to the reason it was not computed
   * @param kpis headline KPIs
   * @param timingsMillis step name to milliseconds
   */
  public MetricRun(Path dataDir, KpikitConfig config, MetricOptions options, Map<Dataset, LoadResult> loads,
      Map<String, Table> tables, Map<String, String> skipped, List<Kpi> kpis, Map<String, Long> timingsMillis) {
    this(dataDir, config, options, loads, tables, skipped, kpis, timingsMillis, List.of());
  }

  /**
   * A run without customer-value analysis.
   *
   * @param dataDir the data folder
   * @param config the config in force
   * @param options grain, as-of date and dimension
   * @param loads each loaded dataset
   * @param tables metric table name to table, in report order
   * @param skipped metric table name to the reason it was not computed
   * @param kpis headline KPIs
   * @param timingsMillis step name to milliseconds
   * @param configIssues unknown keys and names of the config, which the run ignored
   */
  public MetricRun(Path dataDir, KpikitConfig config, MetricOptions options, Map<Dataset, LoadResult> loads,
      Map<String, Table> tables, Map<String, String> skipped, List<Kpi> kpis, Map<String, Long> timingsMillis,
      List<ConfigIssue> configIssues) {
    this(dataDir, config, options, loads, tables, skipped, kpis, timingsMillis, configIssues, null);
  }

  /**
   * @param value the customer-value analysis (or its absence note)
   * @return this run with it
   */
  public MetricRun withCustomerValue(CustomerValueReport value) {
    return new MetricRun(
        dataDir, config, options, loads, tables, skipped, kpis, timingsMillis, configIssues, value);
  }

  /** Copies the collections, keeping their order. */
  public MetricRun {
    configIssues = List.copyOf(configIssues);
    loads = Collections.unmodifiableMap(new LinkedHashMap<>(loads));
    tables = Collections.unmodifiableMap(new LinkedHashMap<>(tables));
    skipped = Collections.unmodifiableMap(new LinkedHashMap<>(skipped));
    kpis = List.copyOf(kpis);
    timingsMillis = Collections.unmodifiableMap(new LinkedHashMap<>(timingsMillis));
  }

  /**
   * @return where amounts in other currencies were converted from (e.g. {@code fx_rates.csv (date,
   *     currency, rate)}), or null when the folder has no exchange rates
   */
  public String fxRatesSource() {
    return dev.kpikit.config.DataFolder.fxRatesSource(dataDir, config);
  }

  /** @return rows rejected / rows read over all loaded files, 0 when nothing was read */
  public double rejectRate() {
    long read = loads.values().stream().mapToLong(LoadResult::rowsRead).sum();
    long rejected = loads.values().stream().mapToLong(LoadResult::rowsRejected).sum();
    return read == 0 ? 0 : (double) rejected / read;
  }
}
