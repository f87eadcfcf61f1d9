package dev.kpikit.clv;

import java.util.List;
import java.util.function.ToDoubleFunction;
import org.hipparchus.exception.MathIllegalStateException;
import org.hipparchus.linear.CholeskyDecomposition;
import org.hipparchus.linear.MatrixUtils;
import org.hipparchus.linear.RealMatrix;
import org.hipparchus.optim.InitialGuess;
import org.hipparchus.optim.MaxEval;
import org.hipparchus.optim.PointValuePair;
import org.hipparchus.optim.SimpleValueChecker;
import org.hipparchus.optim.nonlinear.scalar.GoalType;
import org.hipparchus.optim.nonlinear.scalar.ObjectiveFunction;
import org.hipparchus.optim.nonlinear.scalar.noderiv.NelderMeadSimplex;
import org.hipparchus.optim.nonlinear.scalar.noderiv.SimplexOptimizer;

/**
 * Maximum-likelihood fitting of positive parameters: Hipparchus's Nelder-Mead simplex on the logs
 * of the parameters from several starting points, each run restarted from its own result until
 * the log-likelihood stops improving (a simplex can stall short of the optimum), then standard
 * errors from a central-difference Hessian at the best point.
 *
 * <p>For large data the starts run on a systematic sample of the customers and the best one is
 * then polished on all of them; {@link ModelFit#starts()} reports the sample fits in that case.
 */
final class MaximumLikelihood {
  private static final int MAX_EVALUATIONS = 20_000;
  private static final double LOG_BOUND = 25; // a parameter beyond e^25 or below e^-25 ran away

  private final String model;
  private final List<String> names;
  private final String advice;
  private int evaluations;

  MaximumLikelihood(String model, List<String> names, String advice) {
    this.model = model;
    this.names = names;
    this.advice = advice;
  }

  /**
   * @param logLikelihood the full-data log-likelihood of natural-scale parameters
   * @param sample the log-likelihood of a sample of customers for the starts, or null to start on
   *     the full data
   * @param starts natural-scale starting points
   * @param customers the number of customers in the full data
   */
  ModelFit fit(
      ToDoubleFunction<double[]> logLikelihood,
      ToDoubleFunction<double[]> sample,
      List<double[]> starts,
      int customers) {
    ToDoubleFunction<double[]> startObjective = sample == null ? logLikelihood : sample;
    double[] reached = new double[starts.size()];
    double[] best = null;
    double bestValue = Double.NEGATIVE_INFINITY;
    for (int k = 0; k < starts.size(); k++) {
      double[] start = logs(starts.get(k));
      PointValuePair p = climb(startObjective, start, 0.5);
      reached[k] = p == null ? Double.NaN : p.getValue();
      if (p != null && p.getValue() > bestValue) {
        bestValue = p.getValue();
        best = p.getPoint();
      }
    }
    if (best == null || !Double.isFinite(bestValue)) {
      throw new ModelFitException(
          model + ": the fit did not converge from any of " + starts.size()
              + " starting points; " + advice);
    }
    if (sample != null) {
      PointValuePair p = climb(logLikelihood, best, 0.05);
      if (p == null) {
        throw new ModelFitException(
            model + ": the fit did not converge on all customers after converging on a sample; "
                + advice);
      }
      best = p.getPoint();
      bestValue = p.getValue();
    }
    for (double v : best) {
      if (Math.abs(v) > LOG_BOUND) {
        throw new ModelFitException(
            model + ": a parameter ran off to " + (v > 0 ? "infinity" : "zero")
                + " (" + paramsText(best) + "); the model does not fit these data; " + advice);
      }
    }
    double[] params = exps(best);
    double[] se = standardErrors(logLikelihood, params);
    return new ModelFit(model, names, params, se, bestValue, customers, reached, evaluations);
  }

  /** Nelder-Mead restarted from its result until it gains less than 1e-9; null if it fails. */
  private PointValuePair climb(ToDoubleFunction<double[]> ll, double[] start, double step) {
    ObjectiveFunction objective =
        new ObjectiveFunction(
            logs -> {
              evaluations++;
              double v = ll.applyAsDouble(exps(logs));
              return Double.isNaN(v) ? Double.NEGATIVE_INFINITY : v;
            });
    double[] point = start;
    double value = Double.NEGATIVE_INFINITY;
    double size = step;
    for (int round = 0; round < 8; round++) {
      SimplexOptimizer optimizer = new SimplexOptimizer(new SimpleValueChecker(1e-12, 1e-10));
      PointValuePair p;
      try {
        p =
            optimizer.optimize(
                new MaxEval(MAX_EVALUATIONS),
                objective,
                GoalType.MAXIMIZE,
                new InitialGuess(point),
                new NelderMeadSimplex(point.length, size));
      } catch (MathIllegalStateException tooMany) {
        return null;
      }
      // converged when a restart gains less than 1e-9 or 1e-12 of the log-likelihood's size
      boolean converged = p.getValue() - value < Math.max(1e-9, 1e-12 * Math.abs(p.getValue()));
      point = p.getPoint();
      value = Math.max(value, p.getValue());
      if (converged) {
        break;
      }
      size = 0.05;
    }
    return Double.isFinite(value) ? new PointValuePair(point, value) : null;
  }

  /** Standard errors from the inverse negative Hessian; NaN when it is not positive definite. */
  static double[] standardErrors(ToDoubleFunction<double[]> ll, double[] params) {
    int k = params.length;
    double[] h = new double[k];
    for (int i = 0; i < k; i++) {
      h[i] = 1e-4 * params[i];
    }
    double f0 = ll.applyAsDouble(params);
    double[][] hess = new double[k][k];
    for (int i = 0; i < k; i++) {
      double up = ll.applyAsDouble(shifted(params, i, h[i], -1, 0));
      double down = ll.applyAsDouble(shifted(params, i, -h[i], -1, 0));
      hess[i][i] = (up - 2 * f0 + down) / (h[i] * h[i]);
      for (int j = 0; j < i; j++) {
        double pp = ll.applyAsDouble(shifted(params, i, h[i], j, h[j]));
        double pm = ll.applyAsDouble(shifted(params, i, h[i], j, -h[j]));
        double mp = ll.applyAsDouble(shifted(params, i, -h[i], j, h[j]));
        double mm = ll.applyAsDouble(shifted(params, i, -h[i], j, -h[j]));
        hess[i][j] = hess[j][i] = (pp - pm - mp + mm) / (4 * h[i] * h[j]);
      }
    }
    RealMatrix information = MatrixUtils.createRealMatrix(hess).scalarMultiply(-1);
    double[] se = new double[k];
    try {
      RealMatrix cov = new CholeskyDecomposition(information).getSolver().getInverse();
      for (int i = 0; i < k; i++) {
        se[i] = Math.sqrt(cov.getEntry(i, i));
      }
    } catch (RuntimeException notDefinite) {
      java.util.Arrays.fill(se, Double.NaN);
    }
    return se;
  }

  private static double[] shifted(double[] p, int i, double di, int j, double dj) {
    double[] q = p.clone();
    q[i] += di;
    if (j >= 0) {
      q[j] += dj;
    }
    return q;
  }

  static double[] logs(double[] v) {
    double[] r = new double[v.length];
    for (int i = 0; i < v.length; i++) {
      r[i] = Math.log(v[i]);
    }
    return r;
  }

  static double[] exps(double[] v) {
    double[] r = new double[v.length];
    for (int i = 0; i < v.length; i++) {
      r[i] = Math.exp(v[i]);
    }
    return r;
  }

  private String paramsText(double[] logs) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < logs.length; i++) {
      sb.append(i == 0 ? "" : ", ").append(names.get(i)).append(" = ")
          .append(String.format("%.3g", Math.exp(logs[i])));
    }
    return sb.toString();
  }
}
