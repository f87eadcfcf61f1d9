package dev.kpikit.forecast;

/**
 * How one acquisition channel brings new customers in a simulated month.
 *
 * <p>With spend S, the expected new customers are λ·R·(S / R)^β, where R is the reference spend
 * (the channel's mean monthly spend over the fit window), β the elasticity of new customers to
 * spend (1: linear; below 1: diminishing returns) and λ (new customers per unit of spend at R, 1 /
 * CAC) has a Gamma posterior with the given mean and standard deviation; without spend,
 * they are a monthly rate with a Gamma posterior times the month-of-year factor. A standard
 * deviation of 0 fixes the value. The count is then Poisson around
 * that expectation times the month's common acquisition shock.
 *
 * @param channel the channel's name as in the data
 * @param spendPlan the planned spend per calendar month, index 0 = January (null when the channel
 *     is driven by its rate)
 * @param mean the posterior mean of λ (per unit of spend) or of the monthly rate
 * @param sd its posterior standard deviation
 * @param referenceSpend R, the spend at which λ was measured (per month)
 * @param elasticity β, in [0, 1]
 * @since 0.2.0
 */
public record Acquisition(
    String channel, double[] spendPlan, double mean, double sd, double referenceSpend, double elasticity) {
  /**
   * A channel whose new customers are proportional to spend (β = 1).
   *
   * @param channel the channel
   * @param spendPlan spend per calendar month
   * @param mean the mean of λ
   * @param sd its standard deviation
   * @return the channel
   */
  public static Acquisition linear(String channel, double[] spendPlan, double mean, double sd) {
    return new Acquisition(channel, spendPlan, mean, sd, 1, 1);
  }

  /**
   * @param spend a month's spend
   * @param lambda the path's λ
   * @return the expected new customers of the month
   */
  public double expected(double spend, double lambda) {
    if (!(spend > 0)) {
      return 0;
    }
    return lambda * referenceSpend * Math.pow(spend / referenceSpend, elasticity);
  }

  /** @return true when new customers follow spend (finite CAC), false for a plain monthly rate */
  public boolean spendDriven() {
    return spendPlan != null;
  }

}
