package dev.kpikit.clv;

import java.util.ArrayList;
import java.util.List;
import org.hipparchus.special.Gamma;

/**
 * The Gamma-Gamma model of spend per purchase (Fader and Hardie 2013, "The Gamma-Gamma model of
 * monetary value"): a customer's purchase amounts are Gamma(p, nu) with nu ~ Gamma(q, gamma)
 * across customers, independent of the purchase counts. Fitted on customers with at least one
 * repeat purchase and their mean repeat spend.
 *
 * <p>Log-likelihood of a customer with x repeat purchases of mean m: {@code ln G(px+q) - ln G(px) -
 * ln G(q) + q ln gamma + (px-1) ln m + px ln x - (px+q) ln(gamma + x m)}.
 *
 * @since 0.1.0
 */
public final class GammaGamma {
  /** The parameter names in order. */
  public static final List<String> NAMES = List.of("p", "q", "gamma");

  private final double p;
  private final double q;
  private final double gamma;
  private final ModelFit fit;

  /**
   * A model with given parameters.
   *
   * @param p shape of the spend per purchase, {@code > 0}
   * @param q shape of the spend-scale distribution, {@code > 1} for a finite mean spend
   * @param gamma scale of the spend-scale distribution (money), {@code > 0}
   */
  public GammaGamma(double p, double q, double gamma) {
    this(new double[] {p, q, gamma}, null);
  }

  private GammaGamma(double[] v, ModelFit fit) {
    Fitting.requirePositive(v, "gamma-gamma");
    this.p = v[0];
    this.q = v[1];
    this.gamma = v[2];
    this.fit = fit;
  }

  /**
   * Fits the model on the customers with repeat purchases and a positive mean repeat spend.
   *
   * @param summary customers with {@code monetary}
   * @return the fitted model
   * @throws ModelFitException when fewer than 3 customers have repeat purchases, the fit does not
   *     converge, or q &lt;= 1 (the mean spend would be infinite)
   */
  public static GammaGamma fit(RfmSummary summary) {
    int[] allX = summary.frequency();
    double[] allM = summary.monetary();
    List<Integer> keep = new ArrayList<>();
    for (int i = 0; i < allX.length; i++) {
      if (allX[i] > 0 && allM[i] > 0 && Double.isFinite(allM[i])) {
        keep.add(i);
      }
    }
    if (keep.size() < 3) {
      throw new ModelFitException(
          "gamma-gamma: " + keep.size() + " customers with repeat purchases and spend; at least 3"
              + " are needed to fit spend per purchase");
    }
    int[] x = new int[keep.size()];
    double[] m = new double[keep.size()];
    double mean = 0;
    for (int k = 0; k < x.length; k++) {
      x[k] = allX[keep.get(k)];
      m[k] = allM[keep.get(k)];
      mean += m[k] / x.length;
    }
    SpendData data = new SpendData(x, m);
    MaximumLikelihood ml =
        new MaximumLikelihood(
            "gamma-gamma", NAMES, "check the amounts (refunds, zero or extreme order values)");
    List<double[]> starts =
        List.of(
            new double[] {1, 1, 1},
            new double[] {2, 3, mean},
            new double[] {10, 5, mean / 2},
            new double[] {0.5, 2, 2 * mean});
    SpendData sample = data.sample();
    ModelFit f =
        ml.fit(
            v -> logLikelihood(v, data),
            sample == null ? null : v -> logLikelihood(v, sample),
            starts,
            x.length);
    if (f.params()[1] <= 1) {
      throw new ModelFitException(
          "gamma-gamma: q = " + f.params()[1] + " <= 1 means an infinite expected spend; the"
              + " spend per purchase is too heavy-tailed for the model (check for outliers)");
    }
    return new GammaGamma(f.params(), f);
  }

  /**
   * Frequencies and mean spends of the repeat buyers, with the logs that do not change; sums run
   * in fixed slices, in parallel for large inputs (as {@link RfmArrays}).
   */
  static final class SpendData {
    final int[] x;
    final double[] m;
    final double[] logM;
    final double[] logX;
    final int maxX;

    SpendData(int[] x, double[] m) {
      this.x = x;
      this.m = m;
      this.logM = new double[x.length];
      this.logX = new double[x.length];
      int max = 0;
      for (int i = 0; i < x.length; i++) {
        logM[i] = Math.log(m[i]);
        logX[i] = Math.log(x[i]);
        max = Math.max(max, x[i]);
      }
      this.maxX = max;
    }

    /** Every k-th buyer, about {@link Fitting#SAMPLE_SIZE} of them; null for small data. */
    SpendData sample() {
      if (x.length <= 2 * Fitting.SAMPLE_SIZE) {
        return null;
      }
      int step = x.length / Fitting.SAMPLE_SIZE;
      int n = x.length / step;
      int[] sx = new int[n];
      double[] sm = new double[n];
      for (int k = 0; k < n; k++) {
        sx[k] = x[k * step];
        sm[k] = m[k * step];
      }
      return new SpendData(sx, sm);
    }
  }

  static double logLikelihood(double[] v, SpendData d) {
    double p = v[0];
    double q = v[1];
    double g = v[2];
    double[] constant = new double[d.maxX + 1];
    double common = -Gamma.logGamma(q) + q * Math.log(g);
    for (int x = 1; x <= d.maxX; x++) {
      constant[x] = common + Gamma.logGamma(p * x + q) - Gamma.logGamma(p * x);
    }
    return RfmArrays.sum(
        d.x.length,
        (from, to) -> {
          double sum = 0;
          for (int i = from; i < to; i++) {
            double px = p * d.x[i];
            sum += constant[d.x[i]] + (px - 1) * d.logM[i] + px * d.logX[i]
                - (px + q) * Math.log(g + d.x[i] * d.m[i]);
          }
          return sum;
        });
  }

  /** @return how the model was fitted, or null when given directly */
  public ModelFit fit() {
    return fit;
  }

  /** @return p */
  public double p() {
    return p;
  }

  /** @return q */
  public double q() {
    return q;
  }

  /** @return gamma */
  public double gamma() {
    return gamma;
  }

  /**
   * The spend per purchase expected from a customer: {@code p (gamma + x m) / (p x + q - 1)}, a
   * weighted mean of the population mean {@code p gamma / (q - 1)} and the customer's own mean.
   *
   * @param x repeat purchases
   * @param meanSpend mean spend of those purchases (ignored, may be NaN, when x = 0)
   * @return the expected spend per purchase; the population mean when x = 0; NaN when q &lt;= 1
   */
  public double expectedSpend(int x, double meanSpend) {
    if (x == 0 || !Double.isFinite(meanSpend)) {
      return p * gamma / (q - 1);
    }
    return p * (gamma + x * meanSpend) / (p * x + q - 1);
  }

  @Override
  public String toString() {
    return fit != null ? fit.toString()
        : String.format("gamma-gamma: p=%.4f q=%.4f gamma=%.4f", p, q, gamma);
  }
}
