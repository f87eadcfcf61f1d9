package dev.kpikit.clv;

/**
 * A "buy till you die" model of repeat purchases: while alive a customer buys at a Poisson rate,
 * and at some unobserved moment drops out for good. Time is in the unit of the summary it was
 * fitted on (days or weeks); {@code x} is the number of repeat purchases, {@code tx} the time of
 * the last purchase and {@code T} the age, both measured from the first purchase.
 *
 * @since 0.1.0
 */
public sealed interface CountModel permits BgNbd, ParetoNbd {

  /** @return the model's name: {@code bg-nbd} or {@code pareto-nbd} */
  String name();

  /** @return how the model was fitted, or null when its parameters were given directly */
  ModelFit fit();

  /**
   * The log-likelihood of one customer's history.
   *
   * @param x repeat purchases
   * @param tx time of the last purchase (0 when x = 0)
   * @param age the customer's age T, {@code >= tx}
   * @return the natural log of the likelihood
   */
  double logLikelihood(int x, double tx, double age);

  /**
   * The probability that a customer with this history is still alive at the end of the
   * calibration period.
   *
   * @param x repeat purchases
   * @param tx time of the last purchase
   * @param age age T
   * @return a probability in [0, 1]; 1 for customers without repeat purchases under BG/NBD (who
   *     cannot have dropped out there), below 1 under Pareto/NBD
   */
  double pAlive(int x, double tx, double age);

  /**
   * Purchases expected in the next {@code t} units from a customer with this history.
   *
   * @param t horizon in units, {@code >= 0}
   * @param x repeat purchases
   * @param tx time of the last purchase
   * @param age age T
   * @return the conditional expectation, finite and non-negative
   */
  default double expectedPurchases(double t, int x, double tx, double age) {
    return t == 0 ? 0 : pAlive(x, tx, age) * expectedPurchasesIfAlive(t, x, age);
  }

  /**
   * Purchases expected in the next {@code t} units from a customer with {@code x} repeat purchases
   * and age T who is still alive: {@link #expectedPurchases} divided by {@link #pAlive}, which in
   * both models depends on the history only through x and T.
   *
   * @param t horizon in units, {@code >= 0}
   * @param x repeat purchases
   * @param age age T
   * @return the expectation given alive
   */
  double expectedPurchasesIfAlive(double t, int x, double age);

  /**
   * Repeat purchases expected in the first {@code t} units after a new customer's first purchase
   * (the unconditional expectation, used for the tracking plot).
   *
   * @param t time since the first purchase, in units
   * @return the expectation
   */
  double expectedRepeatPurchases(double t);

  /**
   * The log-likelihood of a whole summary under the model's parameters.
   *
   * @param summary customers
   * @return the sum of the customers' log-likelihoods
   */
  default double logLikelihood(RfmSummary summary) {
    int[] x = summary.frequency();
    double[] tx = summary.recency();
    double[] age = summary.age();
    double sum = 0;
    for (int i = 0; i < x.length; i++) {
      sum += logLikelihood(x[i], tx[i], age[i]);
    }
    return sum;
  }
}
