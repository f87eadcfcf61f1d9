package dev.kpikit.clv;

import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The classic holdout check: customers grouped by calibration frequency (0 to 6, then 7+, as in
 * Fader, Hardie and Lee 2005, fig. 4), with their actual mean number of purchases in the holdout
 * period and the mean the model predicts for it, {@code E[Y(holdout length) | x, t_x, T]}, plus a
 * row {@code all} with the totals' means.
 *
 * <p>Columns: {@code frequency} (text: {@code 0}..{@code 6}, {@code 7+}, {@code all}), {@code
 * customers}, {@code actual_mean}, {@code predicted_mean}, {@code actual_total}, {@code
 * predicted_total}.
 *
 * @since 0.1.0
 */
public final class HoldoutValidation {
  /** Frequencies from this one on share the last bucket. */
  public static final int TOP_BUCKET = 7;

  private HoldoutValidation() {}

  /**
   * Predicted purchases in the holdout period, per customer.
   *
   * @param summary a summary with a holdout
   * @param model a model fitted on its calibration period
   * @return {@code E[Y(holdout length) | x, t_x, T]} per customer
   */
  public static double[] predicted(RfmSummary summary, CountModel model) {
    double length = summary.options().holdoutLength();
    int[] x = summary.frequency();
    double[] tx = summary.recency();
    double[] age = summary.age();
    double[] out = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      out[i] = model.expectedPurchases(length, x[i], tx[i], age[i]);
    }
    return out;
  }

  /**
   * The validation table.
   *
   * @param summary a summary with a holdout
   * @param model a model fitted on its calibration period
   * @return a new table named {@code holdout_validation}
   * @throws IllegalStateException when the summary has no holdout
   */
  public static Table table(RfmSummary summary, CountModel model) {
    int[] actual = summary.holdoutPurchases();
    double[] predicted = predicted(summary, model);
    int[] x = summary.frequency();
    int buckets = TOP_BUCKET + 2; // 0..6, 7+, all
    int[] customers = new int[buckets];
    double[] actualSum = new double[buckets];
    double[] predictedSum = new double[buckets];
    for (int i = 0; i < x.length; i++) {
      for (int b : new int[] {Math.min(x[i], TOP_BUCKET), buckets - 1}) {
        customers[b]++;
        actualSum[b] += actual[i];
        predictedSum[b] += predicted[i];
      }
    }
    StringColumn label = StringColumn.create("frequency");
    IntColumn count = IntColumn.create("customers");
    DoubleColumn actualMean = DoubleColumn.create("actual_mean");
    DoubleColumn predictedMean = DoubleColumn.create("predicted_mean");
    DoubleColumn actualTotal = DoubleColumn.create("actual_total");
    DoubleColumn predictedTotal = DoubleColumn.create("predicted_total");
    for (int b = 0; b < buckets; b++) {
      if (customers[b] == 0 && b < buckets - 1) {
        continue;
      }
      label.append(b == buckets - 1 ? "all" : b == TOP_BUCKET ? TOP_BUCKET + "+" : String.valueOf(b));
      count.append(customers[b]);
      actualMean.append(customers[b] == 0 ? Double.NaN : actualSum[b] / customers[b]);
      predictedMean.append(customers[b] == 0 ? Double.NaN : predictedSum[b] / customers[b]);
      actualTotal.append(actualSum[b]);
      predictedTotal.append(predictedSum[b]);
    }
    return Table.create(
        "holdout_validation", label, count, actualMean, predictedMean, actualTotal, predictedTotal);
  }
}
