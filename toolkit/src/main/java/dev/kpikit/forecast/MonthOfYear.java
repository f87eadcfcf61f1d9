package dev.kpikit.forecast;

import java.time.YearMonth;

/**
 * Month-of-year factors and local levels of a monthly series on the log scale, the seasonal part
 * of the driver fit.
 *
 * <p>Factors need at least {@link #MIN_MONTHS} observations: each month's deviation from the
 * centred 12-month mean around it (which absorbs a trend) is averaged per calendar month over the
 * n years that have it, shrunk towards 0 by n / (n + 1), and the 12 factors are centred to sum to
 * 0. With less history every factor is 0: no seasonality is claimed that the data cannot show.
 *
 * @since 0.2.0
 */
public final class MonthOfYear {
  /** The history needed before month-of-year factors are estimated (two full years). */
  public static final int MIN_MONTHS = 24;

  private MonthOfYear() {}

  /**
   * @param logs a monthly series on the log scale, NaN where undefined
   * @param first the month of {@code logs[0]}
   * @return 12 log factors, index 0 = January, all 0 with fewer than {@link #MIN_MONTHS} defined
   *     values
   */
  public static double[] factors(double[] logs, YearMonth first) {
    double[] f = new double[12];
    int defined = 0;
    for (double v : logs) {
      defined += Double.isFinite(v) ? 1 : 0;
    }
    if (defined < MIN_MONTHS) {
      return f;
    }
    double[] sum = new double[12];
    int[] n = new int[12];
    for (int t = 6; t + 6 <= logs.length; t++) {
      double window = 0;
      boolean complete = Double.isFinite(logs[t]);
      for (int k = t - 6; k < t + 6 && complete; k++) {
        complete = Double.isFinite(logs[k]);
        window += logs[k];
      }
      if (complete) {
        int m = first.plusMonths(t).getMonthValue() - 1;
        sum[m] += logs[t] - window / 12;
        n[m]++;
      }
    }
    double mean = 0;
    for (int m = 0; m < 12; m++) {
      f[m] = n[m] == 0 ? 0 : sum[m] / n[m] * n[m] / (n[m] + 1.0);
      mean += f[m] / 12;
    }
    for (int m = 0; m < 12; m++) {
      f[m] -= mean;
    }
    return f;
  }

  /**
   * The spread of a month-of-year effect that the history is too short to estimate: the standard
   * deviation of the series' log values around their least-squares linear trend (n - 2 degrees of
   * freedom). With fewer than {@link #MIN_MONTHS} defined values {@link #factors} claims no
   * seasonality, yet a season may still be there (a December peak seen once); a forecast then
   * draws an unknown effect of this spread per calendar month, so its intervals admit what the
   * model cannot know. Once factors are estimated the effect is modelled and this is 0.
   *
   * @param logs a monthly series on the log scale, NaN where undefined
   * @return the standard deviation on the log scale; 0 with at least {@link #MIN_MONTHS} or fewer
   *     than 6 defined values
   */
  public static double unmodelledSd(double[] logs) {
    int n = 0;
    double sx = 0;
    double sy = 0;
    for (int t = 0; t < logs.length; t++) {
      if (Double.isFinite(logs[t])) {
        n++;
        sx += t;
        sy += logs[t];
      }
    }
    if (n >= MIN_MONTHS || n < 6) {
      return 0;
    }
    double mx = sx / n;
    double my = sy / n;
    double sxx = 0;
    double sxy = 0;
    for (int t = 0; t < logs.length; t++) {
      if (Double.isFinite(logs[t])) {
        sxx += (t - mx) * (t - mx);
        sxy += (t - mx) * (logs[t] - my);
      }
    }
    double slope = sxy / sxx;
    double ss = 0;
    for (int t = 0; t < logs.length; t++) {
      if (Double.isFinite(logs[t])) {
        double r = logs[t] - my - slope * (t - mx);
        ss += r * r;
      }
    }
    return Math.sqrt(ss / (n - 2));
  }

  /**
   * @param logs a monthly series on the log scale, NaN where undefined
   * @param first the month of {@code logs[0]}
   * @param factors log month-of-year factors
   * @return the series minus its month's factor
   */
  public static double[] adjusted(double[] logs, YearMonth first, double[] factors) {
    double[] out = new double[logs.length];
    for (int t = 0; t < logs.length; t++) {
      out[t] = logs[t] - factors[first.plusMonths(t).getMonthValue() - 1];
    }
    return out;
  }

  /**
   * The level and spread of the last defined values of a series.
   *
   * @param values a series, NaN where undefined
   * @param levelMonths how many of the last defined values make the level (their mean)
   * @param spreadMonths how many of the last defined values make the spread (their standard
   *     deviation around their mean)
   * @return {level, standard error of the level, spread}; spread 0 with fewer than 2 values; NaN
   *     level when no value is defined
   */
  public static double[] recent(double[] values, int levelMonths, int spreadMonths) {
    double[] last = lastDefined(values, Math.max(levelMonths, spreadMonths));
    int nl = Math.min(levelMonths, last.length);
    double level = 0;
    for (int i = last.length - nl; i < last.length; i++) {
      level += last[i] / nl;
    }
    int ns = Math.min(spreadMonths, last.length);
    double mean = 0;
    for (int i = last.length - ns; i < last.length; i++) {
      mean += last[i] / ns;
    }
    double ss = 0;
    for (int i = last.length - ns; i < last.length; i++) {
      ss += (last[i] - mean) * (last[i] - mean);
    }
    double spread = ns < 2 ? 0 : Math.sqrt(ss / (ns - 1));
    return new double[] {nl == 0 ? Double.NaN : level, nl == 0 ? 0 : spread / Math.sqrt(nl), spread};
  }

  /**
   * The local level model's two variances by moments (Harvey 1989, §2.3): for first differences
   * d of a series y_t = level_t + noise, level_t = level_{t-1} + drift, var(d) = 2σ²noise +
   * σ²drift and the lag-1 autocovariance of d is -σ²noise.
   *
   * @param values a series, NaN where undefined (the last {@code months} defined values are used)
   * @param months how many of the last defined values to use
   * @return {σ drift per month, σ noise}; both 0 with fewer than 4 values
   */
  public static double[] localLevel(double[] values, int months) {
    double[] v = lastDefined(values, months);
    if (v.length < 4) {
      return new double[2];
    }
    double[] d = new double[v.length - 1];
    double mean = 0;
    for (int i = 0; i < d.length; i++) {
      d[i] = v[i + 1] - v[i];
      mean += d[i] / d.length;
    }
    double g0 = 0;
    double g1 = 0;
    for (int i = 0; i < d.length; i++) {
      g0 += (d[i] - mean) * (d[i] - mean) / d.length;
      if (i > 0) {
        g1 += (d[i] - mean) * (d[i - 1] - mean) / d.length;
      }
    }
    double noise = Math.max(0, -g1);
    double drift = Math.max(0, g0 - 2 * noise);
    return new double[] {Math.sqrt(drift), Math.sqrt(noise)};
  }

  private static double[] lastDefined(double[] values, int count) {
    double[] buf = new double[count];
    int n = 0;
    for (int t = values.length - 1; t >= 0 && n < count; t--) {
      if (Double.isFinite(values[t])) {
        buf[n++] = values[t];
      }
    }
    double[] out = new double[n];
    for (int i = 0; i < n; i++) {
      out[i] = buf[n - 1 - i];
    }
    return out;
  }
}
