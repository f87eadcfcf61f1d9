package dev.kpikit.forecast;

import java.util.List;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The result of a rolling-origin backtest ({@link RollingOrigin#evaluate}): one row per cutoff,
 * every forecast step with its actual value, and the summary figures.
 *
 * @param cutoffs the scores of each cutoff, in cutoff order
 * @param points every forecast step with its actual value
 * @since 0.2.0
 */
public record Backtest(List<Cutoff> cutoffs, List<Point> points) {
  /** Copies the lists. */
  public Backtest {
    cutoffs = List.copyOf(cutoffs);
    points = List.copyOf(points);
  }

  /**
   * The scores of one cutoff.
   *
   * @param origin the label of the last observation the forecast used
   * @param firstForecast the label of the first forecast observation
   * @param steps the horizon
   * @param mae the mean absolute error of the forecast's median
   * @param naiveMae the mean absolute error of the seasonal naive forecast
   * @param mase the forecast's MAE over the in-sample seasonal naive MAE (NaN when that is zero)
   * @param inside80 steps whose actual lies inside the central 80 % interval
   * @param inside95 steps whose actual lies inside the central 95 % interval
   * @param msis the mean scaled interval score of the 95 % interval (NaN when the scale is zero)
   */
  public record Cutoff(
      String origin,
      String firstForecast,
      int steps,
      double mae,
      double naiveMae,
      double mase,
      int inside80,
      int inside95,
      double msis) {
    /** @return MAE over the seasonal naive MAE, NaN when the naive MAE is zero */
    public double relativeMae() {
      return naiveMae > 0 ? mae / naiveMae : Double.NaN;
    }
  }

  /**
   * One forecast step of one cutoff.
   *
   * @param origin the label of the cutoff's last observation used
   * @param period the label of the forecast observation
   * @param step steps ahead, from 1
   * @param actual what happened
   * @param naive the seasonal naive forecast
   * @param p50 the forecast's median
   * @param p10 the lower bound of the 80 % interval
   * @param p90 the upper bound of the 80 % interval
   * @param p025 the lower bound of the 95 % interval
   * @param p975 the upper bound of the 95 % interval
   */
  public record Point(
      String origin,
      String period,
      int step,
      double actual,
      double naive,
      double p50,
      double p10,
      double p90,
      double p025,
      double p975) {}

  /**
   * Relative MAE: the geometric mean over cutoffs of MAE / seasonal naive MAE. Below 1 beats the
   * benchmark. Cutoffs whose naive MAE is zero have no ratio and are left out.
   *
   * @return the geometric mean, NaN when no cutoff has a ratio
   */
  public double relativeMae() {
    double logs = 0;
    int n = 0;
    for (Cutoff c : cutoffs) {
      double r = c.relativeMae();
      if (r > 0 && Double.isFinite(r)) {
        logs += Math.log(r);
        n++;
      }
    }
    return n == 0 ? Double.NaN : Math.exp(logs / n);
  }

  /** @return the arithmetic mean of the cutoffs' MASE, leaving out undefined ones; NaN if none */
  public double mase() {
    return meanOfFinite(cutoffs.stream().mapToDouble(Cutoff::mase).toArray());
  }

  /** @return the arithmetic mean of the cutoffs' MSIS (95 %), leaving out undefined ones */
  public double msis() {
    return meanOfFinite(cutoffs.stream().mapToDouble(Cutoff::msis).toArray());
  }

  /** @return the share of all scored steps whose actual lies inside the 80 % interval (pooled) */
  public double coverage80() {
    return (double) cutoffs.stream().mapToInt(Cutoff::inside80).sum() / scoredSteps();
  }

  /** @return the share of all scored steps whose actual lies inside the 95 % interval (pooled) */
  public double coverage95() {
    return (double) cutoffs.stream().mapToInt(Cutoff::inside95).sum() / scoredSteps();
  }

  /** @return the number of scored forecast steps over all cutoffs */
  public int scoredSteps() {
    return cutoffs.stream().mapToInt(Cutoff::steps).sum();
  }

  /**
   * @param name the table's name
   * @return one row per cutoff: origin, first_forecast, steps, mae, naive_mae, relative_mae, mase,
   *     coverage_80, coverage_95, msis (undefined values missing)
   */
  public Table cutoffTable(String name) {
    Table t =
        Table.create(
            name,
            StringColumn.create("origin"),
            StringColumn.create("first_forecast"),
            IntColumn.create("steps"),
            DoubleColumn.create("mae"),
            DoubleColumn.create("naive_mae"),
            DoubleColumn.create("relative_mae"),
            DoubleColumn.create("mase"),
            DoubleColumn.create("coverage_80"),
            DoubleColumn.create("coverage_95"),
            DoubleColumn.create("msis"));
    for (Cutoff c : cutoffs) {
      t.stringColumn("origin").append(c.origin());
      t.stringColumn("first_forecast").append(c.firstForecast());
      t.intColumn("steps").append(c.steps());
      appendFinite(t.doubleColumn("mae"), c.mae());
      appendFinite(t.doubleColumn("naive_mae"), c.naiveMae());
      appendFinite(t.doubleColumn("relative_mae"), c.relativeMae());
      appendFinite(t.doubleColumn("mase"), c.mase());
      t.doubleColumn("coverage_80").append((double) c.inside80() / c.steps());
      t.doubleColumn("coverage_95").append((double) c.inside95() / c.steps());
      appendFinite(t.doubleColumn("msis"), c.msis());
    }
    return t;
  }

  /**
   * @param name the table's name
   * @return one row per forecast step: origin, period, step, actual, naive, p50, p10, p90, p025, p975
   */
  public Table pointTable(String name) {
    Table t =
        Table.create(
            name,
            StringColumn.create("origin"),
            StringColumn.create("period"),
            IntColumn.create("step"),
            DoubleColumn.create("actual"),
            DoubleColumn.create("naive"),
            DoubleColumn.create("p50"),
            DoubleColumn.create("p10"),
            DoubleColumn.create("p90"),
            DoubleColumn.create("p025"),
            DoubleColumn.create("p975"));
    for (Point p : points) {
      t.stringColumn("origin").append(p.origin());
      t.stringColumn("period").append(p.period());
      t.intColumn("step").append(p.step());
      t.doubleColumn("actual").append(p.actual());
      t.doubleColumn("naive").append(p.naive());
      t.doubleColumn("p50").append(p.p50());
      t.doubleColumn("p10").append(p.p10());
      t.doubleColumn("p90").append(p.p90());
      t.doubleColumn("p025").append(p.p025());
      t.doubleColumn("p975").append(p.p975());
    }
    return t;
  }

  private static double meanOfFinite(double[] values) {
    double sum = 0;
    int n = 0;
    for (double v : values) {
      if (Double.isFinite(v)) {
        sum += v;
        n++;
      }
    }
    return n == 0 ? Double.NaN : sum / n;
  }

  private static void appendFinite(DoubleColumn column, double value) {
    if (Double.isFinite(value)) {
      column.append(value);
    } else {
      column.appendMissing();
    }
  }
}
