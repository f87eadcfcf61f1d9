package dev.kpikit.clv;

import java.util.ArrayList;
import java.util.List;

/** Starting points, data checks and sampling shared by the count models' fits. */
final class Fitting {
  /** Above this many customers the starts run on a systematic sample of this size. */
  static final int SAMPLE_SIZE = 100_000;

  private Fitting() {}

  /** A count model's summed log-likelihood of parameters over customers. */
  interface CountLikelihood {
    double of(double[] params, RfmArrays data);
  }

  /**
   * Fits a four-parameter count model: the data checked for repeat buyers, four starts (on a sample
   * for large data), then the optimum on all customers.
   */
  static ModelFit fitCountModel(
      RfmSummary summary, String model, List<String> names, String advice, CountLikelihood ll) {
    int[] x = summary.frequency();
    double[] tx = summary.recency();
    double[] age = summary.age();
    RfmArrays data = RfmArrays.compressed(x, tx, age);
    requireRepeatBuyers(data, model);
    RfmArrays sample = sampleOf(x, tx, age);
    return new MaximumLikelihood(model, names, advice)
        .fit(
            p -> ll.of(p, data),
            sample == null ? null : p -> ll.of(p, sample),
            starts(data, 4),
            x.length);
  }

  /** Checks that every parameter is positive and finite. */
  static void requirePositive(double[] params, String model) {
    for (double v : params) {
      if (!(v > 0) || !Double.isFinite(v)) {
        throw new IllegalArgumentException(model + " parameters must be positive and finite");
      }
    }
  }

  static void requireRepeatBuyers(RfmArrays data, String model) {
    if (data.n == 0) {
      throw new ModelFitException(model + ": no customers to fit");
    }
    for (int x : data.x) {
      if (x > 0) {
        return;
      }
    }
    throw new ModelFitException(
        model + ": no customer made a repeat purchase in the calibration period, so the purchase"
            + " and dropout processes cannot be told apart; use a longer calibration period");
  }

  /** Every k-th customer, so that about {@link #SAMPLE_SIZE} remain (compressed); null for small data. */
  static RfmArrays sampleOf(int[] x, double[] recency, double[] age) {
    if (x.length <= 2 * SAMPLE_SIZE) {
      return null;
    }
    int step = x.length / SAMPLE_SIZE;
    int m = x.length / step;
    int[] sx = new int[m];
    double[] stx = new double[m];
    double[] sage = new double[m];
    for (int k = 0; k < m; k++) {
      sx[k] = x[k * step];
      stx[k] = recency[k * step];
      sage[k] = age[k * step];
    }
    return RfmArrays.compressed(sx, stx, sage);
  }

  /**
   * Starting points for four-parameter count models: all ones; the purchase rate at the observed
   * mean rate with r = 1; a concentrated (r = 5) and a dispersed (r = 0.2) rate, each with
   * different dropout shapes. Parameters are in model order (rate shape, rate scale, then the two
   * dropout parameters).
   */
  static List<double[]> starts(RfmArrays data, int count) {
    double purchases = 0;
    double time = 0;
    for (int i = 0; i < data.n; i++) {
      purchases += data.weight[i] * data.x[i];
      time += data.weight[i] * data.age(i);
    }
    double scale = purchases > 0 && time > 0 ? time / purchases : 1; // alpha for r = 1
    List<double[]> starts = new ArrayList<>();
    starts.add(new double[] {1, 1, 1, 1});
    starts.add(new double[] {1, scale, 1, 3});
    starts.add(new double[] {5, 5 * scale, 3, 1});
    starts.add(new double[] {0.2, 0.2 * scale, 0.3, 10});
    return starts.subList(0, count);
  }
}
