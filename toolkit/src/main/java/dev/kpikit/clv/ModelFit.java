package dev.kpikit.clv;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The result of a maximum-likelihood fit.
 *
 * @param model the model's name, e.g. {@code bg-nbd}
 * @param names parameter names in model order, e.g. {@code r, alpha, a, b}
 * @param params the estimates, in the order of {@code names}
 * @param standardErrors asymptotic standard errors from the inverse of the observed information
 *     (the negative Hessian of the log-likelihood at the optimum, by central differences); NaN when
 *     the Hessian is not negative definite there
 * @param logLikelihood the maximised log-likelihood (natural log, full likelihood including
 *     constants)
 * @param customers the number of customers (observations) fitted
 * @param starts the log-likelihood reached from each starting point, in the order tried
 * @param evaluations likelihood evaluations used in all
 * @since 0.1.0
 */
public record ModelFit(
    String model,
    List<String> names,
    double[] params,
    double[] standardErrors,
    double logLikelihood,
    int customers,
    double[] starts,
    int evaluations) {

  /** Tolerance on the log-likelihood for two starts to count as the same optimum. */
  public static final double SAME_OPTIMUM = 1e-4;

  /** Copies the arrays. */
  public ModelFit {
    names = List.copyOf(names);
    params = params.clone();
    standardErrors = standardErrors.clone();
    starts = starts.clone();
  }

  /** @return Akaike's information criterion, {@code 2k - 2 logL} */
  public double aic() {
    return 2.0 * params.length - 2 * logLikelihood;
  }

  /**
   * @param name a parameter name
   * @return its estimate
   * @throws IllegalArgumentException for an unknown name
   */
  public double param(String name) {
    int i = names.indexOf(name);
    if (i < 0) {
      throw new IllegalArgumentException("no parameter '" + name + "' in " + names);
    }
    return params[i];
  }

  /** @return the number of starting points whose fit reached the best optimum (within 1e-4) */
  public int startsAtOptimum() {
    int k = 0;
    for (double s : starts) {
      if (Math.abs(s - logLikelihood) <= SAME_OPTIMUM) {
        k++;
      }
    }
    return k;
  }

  /** @return parameter name to estimate, in model order */
  public Map<String, Double> paramMap() {
    Map<String, Double> m = new LinkedHashMap<>();
    for (int i = 0; i < params.length; i++) {
      m.put(names.get(i), params[i]);
    }
    return m;
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder(model).append(':');
    for (int i = 0; i < params.length; i++) {
      sb.append(' ').append(names.get(i)).append('=').append(String.format("%.4f", params[i]));
    }
    return sb.append(String.format(", logL=%.2f, AIC=%.2f, %d customers", logLikelihood, aic(),
        customers)).toString();
  }
}
