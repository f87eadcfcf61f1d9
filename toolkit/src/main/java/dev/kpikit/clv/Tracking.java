package dev.kpikit.clv;

import java.time.LocalDate;
import java.util.TreeMap;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The tracking plot's series (Fader, Hardie and Lee 2005, fig. 2): cumulative repeat purchases per
 * period since the earliest first purchase, actual and predicted. The prediction adds, for every
 * customer, the unconditional expectation {@code E[X(t)]} of repeat purchases t units after their
 * first purchase, t measured to the last day of the period; customers born on the same day are
 * evaluated once.
 *
 * <p>Columns: {@code period} (1, 2, ...), {@code period_end} (its last day), {@code phase}
 * ({@code calibration} or {@code holdout}), {@code actual}, {@code predicted} (repeat purchases in
 * the period), {@code actual_cumulative}, {@code predicted_cumulative}.
 *
 * @since 0.1.0
 */
public final class Tracking {
  private Tracking() {}

  /**
   * The tracking table.
   *
   * @param summary a summary computed from orders ({@link RfmSummary#fromOrders})
   * @param model a fitted model
   * @return a new table named {@code tracking}
   * @throws IllegalStateException when the summary has no purchase dates
   */
  public static Table table(RfmSummary summary, CountModel model) {
    long[] actual = summary.repeatsByPeriod();
    if (actual == null) {
      throw new IllegalStateException("tracking needs a summary computed from dated orders");
    }
    int unit = summary.unit().days();
    long start = summary.trackingStart().toEpochDay();
    long calibrationEnd = summary.options().calibrationEnd().toEpochDay();
    TreeMap<Integer, Integer> births = new TreeMap<>();
    for (int day : summary.firstDays()) {
      births.merge(day, 1, Integer::sum);
    }
    IntColumn period = IntColumn.create("period");
    DateColumn end = DateColumn.create("period_end");
    StringColumn phase = StringColumn.create("phase");
    DoubleColumn actualIn = DoubleColumn.create("actual");
    DoubleColumn predictedIn = DoubleColumn.create("predicted");
    DoubleColumn actualCum = DoubleColumn.create("actual_cumulative");
    DoubleColumn predictedCum = DoubleColumn.create("predicted_cumulative");
    double runningActual = 0;
    double previousPredicted = 0;
    for (int k = 0; k < actual.length; k++) {
      long lastDay = start + (long) (k + 1) * unit - 1;
      double predicted = 0;
      for (var b : births.entrySet()) {
        if (b.getKey() >= lastDay) {
          break;
        }
        predicted += b.getValue() * model.expectedRepeatPurchases((lastDay - b.getKey()) / (double) unit);
      }
      runningActual += actual[k];
      period.append(k + 1);
      end.append(LocalDate.ofEpochDay(lastDay));
      phase.append(lastDay <= calibrationEnd ? "calibration" : "holdout");
      actualIn.append(actual[k]);
      predictedIn.append(predicted - previousPredicted);
      actualCum.append(runningActual);
      predictedCum.append(predicted);
      previousPredicted = predicted;
    }
    return Table.create(
        "tracking", period, end, phase, actualIn, predictedIn, actualCum, predictedCum);
  }
}
