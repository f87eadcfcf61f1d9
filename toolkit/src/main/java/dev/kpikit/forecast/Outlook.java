package dev.kpikit.forecast;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The simulated outlook of a business: its fitted drivers and the paths of every scenario ({@code
 * base} first), with the tables {@code kpikit forecast} writes.
 *
 * @since 0.2.0
 */
public final class Outlook {
  /** The quantile levels of {@code forecast.csv}, in column order (p05 ... p95). */
  static final double[] LEVELS = {0.05, 0.10, 0.25, 0.50, 0.75, 0.90, 0.95};

  private static final String[] LEVEL_NAMES = {"p05", "p10", "p25", "p50", "p75", "p90", "p95"};

  private final DriverModel model;
  private final int horizon;
  private final int paths;
  private final long seed;
  private final Map<String, SimulatedPaths> scenarios;

  private Outlook(DriverModel model, int horizon, int paths, long seed, Map<String, SimulatedPaths> scenarios) {
    this.model = model;
    this.horizon = horizon;
    this.paths = paths;
    this.seed = seed;
    this.scenarios = scenarios;
  }

  /**
   * Simulates the base scenario and every given scenario with the same random numbers.
   *
   * @param model the drivers
   * @param horizon months ahead
   * @param paths simulated paths per scenario
   * @param seed the seed
   * @param scenarios the scenarios besides {@code base} (names unique, none called {@code base})
   * @return the outlook
   * @throws ScenarioException when a scenario is invalid for this business or names repeat
   */
  public static Outlook simulate(DriverModel model, int horizon, int paths, long seed, List<Scenario> scenarios) {
    DriverSimulation sim = new DriverSimulation(model, paths, seed);
    Map<String, SimulatedPaths> out = new LinkedHashMap<>();
    out.put(Scenario.BASE, null);
    for (Scenario s : scenarios) {
      if (out.containsKey(s.name())) {
        throw new ScenarioException(s.name(), "", "defined twice (or named 'base')");
      }
      sim.check(s); // every scenario is valid before the long runs
      out.put(s.name(), null);
    }
    out.put(Scenario.BASE, sim.run(Scenario.base(), horizon));
    for (Scenario s : scenarios) {
      out.put(s.name(), sim.run(s, horizon));
    }
    return new Outlook(model, horizon, paths, seed, out);
  }

  /** @return the fitted drivers */
  public DriverModel model() {
    return model;
  }

  /** @return months ahead */
  public int horizon() {
    return horizon;
  }

  /** @return simulated paths per scenario */
  public int paths() {
    return paths;
  }

  /** @return the seed */
  public long seed() {
    return seed;
  }

  /** @return the scenario names, {@code base} first */
  public List<String> scenarioNames() {
    return List.copyOf(scenarios.keySet());
  }

  /**
   * @param scenario a scenario name
   * @return its simulated paths
   */
  public SimulatedPaths paths(String scenario) {
    SimulatedPaths p = scenarios.get(scenario);
    if (p == null) {
      throw new IllegalArgumentException("no scenario '" + scenario + "'; scenarios are " + scenarios.keySet());
    }
    return p;
  }

  /** @return the metrics simulated for this business (mrr only for subscriptions) */
  public List<String> metrics() {
    return model.hasMrr() ? DriverSimulation.METRICS : DriverSimulation.METRICS.subList(0, 3);
  }

  /** @return the month labels ({@code yyyy-MM}) of the horizon */
  public List<String> periods() {
    List<String> out = new ArrayList<>();
    for (int t = 0; t < horizon; t++) {
      YearMonth m = model.firstMonth().plusMonths(t);
      out.add(String.format(Locale.ROOT, "%04d-%02d", m.getYear(), m.getMonthValue()));
    }
    return out;
  }

  /**
   * The {@code forecast} table: one row per scenario, month and metric with the mean and the
   * quantiles of the simulated paths (type-7), rounded to 2 decimals.
   *
   * @return columns scenario, period, metric, mean, p05, p10, p25, p50, p75, p90, p95
   */
  public Table forecastTable() {
    Table t = Table.create("forecast", StringColumn.create("scenario"), StringColumn.create("period"),
        StringColumn.create("metric"), DoubleColumn.create("mean"));
    for (String level : LEVEL_NAMES) {
      t.addColumns(DoubleColumn.create(level));
    }
    List<String> periods = periods();
    for (Map.Entry<String, SimulatedPaths> e : scenarios.entrySet()) {
      for (String metric : metrics()) {
        double[][] byStep = transpose(e.getValue().of(metric));
        for (int s = 0; s < horizon; s++) {
          double[] sorted = byStep[s];
          Arrays.sort(sorted);
          t.stringColumn("scenario").append(e.getKey());
          t.stringColumn("period").append(periods.get(s));
          t.stringColumn("metric").append(metric);
          t.doubleColumn("mean").append(round(mean(sorted)));
          for (int l = 0; l < LEVELS.length; l++) {
            t.doubleColumn(LEVEL_NAMES[l]).append(round(PredictiveQuantiles.quantileOfSorted(sorted, LEVELS[l])));
          }
        }
      }
    }
    return t;
  }

  /**
   * The {@code scenarios} table: for each scenario and metric, the horizon's total (revenue, new
   * customers) or its last month (active customers, MRR), and the difference to base computed path
   * by path, each with its mean, P10, P50 and P90 (the 80 % interval). Because every scenario uses
   * the same random numbers, the difference's interval holds only what the levers change.
   *
   * @return columns scenario, metric, measure, mean, p10, p50, p90, diff_mean, diff_p10, diff_p50,
   *     diff_p90
   */
  public Table scenarioTable() {
    Table t = Table.create("scenarios", StringColumn.create("scenario"), StringColumn.create("metric"),
        StringColumn.create("measure"));
    for (String c : List.of("mean", "p10", "p50", "p90", "diff_mean", "diff_p10", "diff_p50", "diff_p90")) {
      t.addColumns(DoubleColumn.create(c));
    }
    SimulatedPaths base = scenarios.get(Scenario.BASE);
    for (Map.Entry<String, SimulatedPaths> e : scenarios.entrySet()) {
      for (String metric : metrics()) {
        boolean total = metric.equals("revenue") || metric.equals("new_customers");
        double[] value = summary(e.getValue().of(metric), total);
        double[] baseValue = summary(base.of(metric), total);
        double[] diff = new double[value.length];
        for (int p = 0; p < diff.length; p++) {
          diff[p] = value[p] - baseValue[p];
        }
        t.stringColumn("scenario").append(e.getKey());
        t.stringColumn("metric").append(metric);
        t.stringColumn("measure").append(total ? "total over the horizon" : "at the end of the horizon");
        appendSummary(t, "", value);
        appendSummary(t, "diff_", diff);
      }
    }
    return t;
  }

  /** @return the {@code assumptions} table: name, value, uncertainty, unit, basis */
  public Table assumptionsTable() {
    return assumptionsTable(model);
  }

  /**
   * @param model fitted drivers
   * @return their {@code assumptions} table: name, value, uncertainty, unit, basis
   */
  public static Table assumptionsTable(DriverModel model) {
    Table t = Table.create("assumptions", StringColumn.create("name"), DoubleColumn.create("value"),
        DoubleColumn.create("uncertainty"), StringColumn.create("unit"), StringColumn.create("basis"));
    for (Driver d : model.drivers()) {
      t.stringColumn("name").append(d.name());
      t.doubleColumn("value").append(d.value());
      t.doubleColumn("uncertainty").append(d.uncertainty());
      t.stringColumn("unit").append(d.unit());
      t.stringColumn("basis").append(d.basis());
    }
    return t;
  }

  private static void appendSummary(Table t, String prefix, double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    t.doubleColumn(prefix + "mean").append(round(mean(sorted)));
    t.doubleColumn(prefix + "p10").append(round(PredictiveQuantiles.quantileOfSorted(sorted, 0.10)));
    t.doubleColumn(prefix + "p50").append(round(PredictiveQuantiles.quantileOfSorted(sorted, 0.50)));
    t.doubleColumn(prefix + "p90").append(round(PredictiveQuantiles.quantileOfSorted(sorted, 0.90)));
  }

  /** Per path: the sum over months, or the last month. */
  private static double[] summary(double[][] paths, boolean total) {
    double[] out = new double[paths.length];
    for (int p = 0; p < paths.length; p++) {
      if (total) {
        for (double v : paths[p]) {
          out[p] += v;
        }
      } else {
        out[p] = paths[p][paths[p].length - 1];
      }
    }
    return out;
  }

  private static double[][] transpose(double[][] paths) {
    int h = paths[0].length;
    double[][] out = new double[h][paths.length];
    for (int p = 0; p < paths.length; p++) {
      for (int s = 0; s < h; s++) {
        out[s][p] = paths[p][s];
      }
    }
    return out;
  }

  private static double mean(double[] values) {
    double sum = 0;
    for (double v : values) {
      sum += v;
    }
    return sum / values.length;
  }

  private static double round(double v) {
    return Math.round(v * 100) / 100.0;
  }
}
