package dev.kpikit;

import dev.kpikit.metrics.MetricOptions;
import dev.kpikit.metrics.MetricTables;
import dev.kpikit.report.MetricRun;
import dev.kpikit.report.UnitRuns;
import java.util.LinkedHashMap;
import dev.kpikit.metrics.UnitSplit;
import dev.kpikit.schema.Dataset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import tech.tablesaw.api.Table;

/**
 * A business divided into its units (stores, branches, franchisees, regions), from {@link
 * Business#by(String)}: each unit is a {@link Business} of its own rows, with every metric of the
 * whole business, and {@link #table()} compares them ({@code metrics/units.csv}).
 *
 * <p>A unit's datasets are the rows whose unit column holds its name; datasets without the column
 * are shared and divided as {@code unit_allocation} in {@code kpikit.yaml} says ({@link
 * UnitSplit}; default {@code revenue_share} for marketing spend, inventory and financials; customers
 * and employees without the column are left out of unit views). Every unit is closed at the whole
 * business's as-of date, so their periods line up.
 *
 * @since 0.3.0
 */
public final class Units {
  private final Business whole;
  private final UnitSplit split;
  private final Map<String, Business> views = new ConcurrentHashMap<>();

  Units(Business whole, UnitSplit split) {
    this.whole = whole;
    this.split = split;
  }

  /** @return the unit column, e.g. {@code store} */
  public String column() {
    return split.column();
  }

  /**
   * @return the units' names in natural order; rows with an empty unit form the unit {@value
   *     UnitSplit#MISSING}
   */
  public List<String> names() {
    return split.units();
  }

  /**
   * @param name one of {@link #names()}
   * @return the business of that unit alone (its own rows, the shared datasets allocated)
   * @throws IllegalArgumentException naming the units when there is no such unit
   */
  public Business unit(String name) {
    return views.computeIfAbsent(name, n -> whole.unitView(n, split.inputs(n)));
  }

  /** @return the whole business, divided by {@link #column()} */
  public Business whole() {
    return whole;
  }

  /**
   * @return how each dataset of the business reaches the units: {@code split} (it has the unit
   *     column), {@code revenue_share}, {@code even} or {@code none}
   */
  public Map<Dataset, String> treatment() {
    return split.treatment();
  }

  /**
   * @return the {@code units} table: one row per unit and headline KPI with its rank, denominators,
   *     the whole business's value, funnel limits and flags (see the README's metric reference)
   * @throws dev.kpikit.metrics.NotComputableException when the data allows no unit KPI
   */
  public Table table() {
    return whole.metric(MetricTables.UNITS.name()).table();
  }

  /**
   * Computes every metric table for every unit (what the report's unit selector shows), each unit
   * with the same options as the whole business.
   *
   * @param options the whole run's grain and as-of date (its {@code by} is ignored)
   * @return the units' runs, in unit order
   */
  public UnitRuns runs(MetricOptions options) {
    Map<String, MetricRun> runs = new LinkedHashMap<>();
    for (String u : names()) {
      runs.put(u, unit(u).computeAll(options.withBy(null)));
    }
    return new UnitRuns(column(), treatment(), runs);
  }

  @Override
  public String toString() {
    return names().size() + " units by " + column() + ": " + names();
  }
}
