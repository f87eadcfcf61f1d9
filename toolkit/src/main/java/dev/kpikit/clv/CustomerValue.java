package dev.kpikit.clv;

import java.util.HashMap;
import java.util.Map;
import java.util.stream.IntStream;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Per-customer predictions and lifetime value over a horizon.
 *
 * <p>CLV is the discounted sum of expected purchases per step times expected spend times margin:
 * the horizon H is cut into {@code S = max(1, round(H in days / 30.4375))} equal steps (months,
 * for a 52-week horizon 12 steps of 4.33 weeks); the purchases expected in step k, {@code E[Y(t_k)]
 * - E[Y(t_(k-1))]}, are discounted to today at the step's end, {@code (1 + discount_rate)^-(t_k in
 * years)}; {@code clv = margin x expected_spend x sum_k ...}. With a zero discount rate it is
 * {@code margin x expected_spend x expected_purchases}. This is the discrete form of the
 * discounted expected residual transactions (DERL) of Fader, Hardie and Lee (2005, "RFM and CLV"),
 * valid for both count models.
 *
 * <p>Output columns of {@link #table()}: {@code customer_id, frequency, recency, T, monetary,
 * p_alive, expected_purchases, expected_spend, clv}; {@code expected_spend} and {@code clv} are
 * missing without a spend model.
 *
 * @since 0.1.0
 */
public final class CustomerValue {
  /** Column names of the predictions. */
  public static final String P_ALIVE = "p_alive";
  /** Purchases expected over the horizon. */
  public static final String EXPECTED_PURCHASES = "expected_purchases";
  /** Spend expected per purchase. */
  public static final String EXPECTED_SPEND = "expected_spend";
  /** Discounted margin expected over the horizon. */
  public static final String CLV = "clv";

  private final RfmSummary summary;
  private final double[] pAlive;
  private final double[] expectedPurchases;
  private final double[] expectedSpend;
  private final double[] clv;

  private CustomerValue(
      RfmSummary summary,
      double[] pAlive,
      double[] expectedPurchases,
      double[] expectedSpend,
      double[] clv) {
    this.summary = summary;
    this.pAlive = pAlive;
    this.expectedPurchases = expectedPurchases;
    this.expectedSpend = expectedSpend;
    this.clv = clv;
  }

  /**
   * Predicts every customer of a summary.
   *
   * @param summary the customers, in the unit the model was fitted in
   * @param model the fitted count model
   * @param spend the fitted spend model, or null (then spend and CLV are missing)
   * @param options horizon, discount rate, margin
   * @return the predictions
   */
  public static CustomerValue predict(
      RfmSummary summary, CountModel model, GammaGamma spend, ClvOptions options) {
    RfmArrays d = RfmArrays.of(summary);
    double unitDays = summary.unit().days();
    int steps = Math.max(1, (int) Math.round(options.horizon() * unitDays / 30.4375));
    double[] discount = new double[steps];
    double[] times = new double[steps];
    for (int k = 0; k < steps; k++) {
      times[k] = options.horizon() * (k + 1) / steps;
      discount[k] = Math.pow(1 + options.discountRate(), -times[k] * unitDays / 365.25);
    }
    // E[Y(t) | alive] depends on (x, T) only: evaluate it once per distinct pair.
    Map<Long, Integer> pairOf = new HashMap<>();
    int[] pairIndex = new int[d.n];
    int[] pairX = new int[d.n];
    int[] pairAge = new int[d.n];
    for (int i = 0; i < d.n; i++) {
      long key = (long) d.x[i] * d.ages.length + d.ageIndex[i];
      Integer p = pairOf.get(key);
      if (p == null) {
        p = pairOf.size();
        pairOf.put(key, p);
        pairX[p] = d.x[i];
        pairAge[p] = d.ageIndex[i];
      }
      pairIndex[i] = p;
    }
    int pairs = pairOf.size();
    double[] ifAlive = new double[pairs];
    double[] discountedIfAlive = new double[pairs];
    IntStream.range(0, pairs)
        .parallel()
        .forEach(
            p -> {
              double previous = 0;
              double discounted = 0;
              for (int k = 0; k < steps; k++) {
                double e = model.expectedPurchasesIfAlive(times[k], pairX[p], d.ages[pairAge[p]]);
                discounted += (e - previous) * discount[k];
                previous = e;
              }
              ifAlive[p] = previous;
              discountedIfAlive[p] = discounted;
            });
    int[] x = summary.frequency();
    double[] m = summary.monetary();
    double[] alive = new double[d.n];
    double[] purchases = new double[d.n];
    double[] perPurchase = new double[d.n];
    double[] value = new double[d.n];
    d.forEach(
        i -> {
          alive[i] = model.pAlive(x[i], d.recency(i), d.age(i));
          purchases[i] = alive[i] * ifAlive[pairIndex[i]];
          perPurchase[i] = spend == null ? Double.NaN : spend.expectedSpend(x[i], m[i]);
          value[i] = options.margin() * perPurchase[i] * alive[i] * discountedIfAlive[pairIndex[i]];
        });
    return new CustomerValue(summary, alive, purchases, perPurchase, value);
  }

  /** @return the summary predicted */
  public RfmSummary summary() {
    return summary;
  }

  /** @return P(alive) per customer (a copy) */
  public double[] pAlive() {
    return pAlive.clone();
  }

  /** @return purchases expected over the horizon per customer (a copy) */
  public double[] expectedPurchases() {
    return expectedPurchases.clone();
  }

  /** @return spend expected per purchase per customer, NaN without a spend model (a copy) */
  public double[] expectedSpend() {
    return expectedSpend.clone();
  }

  /** @return CLV per customer, NaN without a spend model (a copy) */
  public double[] clv() {
    return clv.clone();
  }

  /**
   * The predictions table: {@code customer_id, frequency, recency, T, monetary, p_alive,
   * expected_purchases, expected_spend, clv}, customers in summary order.
   *
   * @return a new table named {@code customer_predictions}
   */
  public Table table() {
    Table s = summary.table();
    Table t =
        Table.create(
            "customer_predictions",
            (StringColumn) s.column(RfmSummary.CUSTOMER_ID),
            (IntColumn) s.column(RfmSummary.FREQUENCY),
            (DoubleColumn) s.column(RfmSummary.RECENCY),
            (DoubleColumn) s.column(RfmSummary.AGE),
            (DoubleColumn) s.column(RfmSummary.MONETARY),
            DoubleColumn.create(P_ALIVE, pAlive),
            DoubleColumn.create(EXPECTED_PURCHASES, expectedPurchases),
            DoubleColumn.create(EXPECTED_SPEND, expectedSpend),
            DoubleColumn.create(CLV, clv));
    return t;
  }
}
