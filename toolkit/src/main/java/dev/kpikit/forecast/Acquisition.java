package dev.kpikit.forecast;

/**
 * How one acquisition channel brings new customers in a simulated month.
 *
 * <p>With spend, the expected new customers are spend × λ, where λ (new customers per unit of
 * spend, 1 / CAC) has a Gamma posterior with the given mean and standard deviation; without spend,
 * they are a monthly rate with a Gamma posterior times the month-of-year factor. A standard
 * deviation of 0 fixes the value. The count is then Poisson around
 * that expectation times the month's common acquisition shock.
 *
 * @param channel the channel's name as in the data
 * @param spendPlan the planned spend per calendar month, index 0 = January (null when the channel
 *     is driven by its rate)
 * @param mean the posterior mean of λ (per unit of spend) or of the monthly rate
 * @param sd its posterior standard deviation
 * @since 0.2.0
 */
public record Acquisition(String channel, double[] spendPlan, double mean, double sd) {
  /** @return true when new customers follow spend (finite CAC), false for a plain monthly rate */
  public boolean spendDriven() {
    return spendPlan != null;
  }

}
