package dev.kpikit.forecast.series;

import java.util.Arrays;
import java.util.Comparator;
import java.util.function.ToDoubleFunction;

/**
 * Minimises a function of a few unconstrained variables with the Nelder-Mead simplex method
 * (reflection 1, expansion 2, contraction 1/2, shrink 1/2; Lagarias et al. 1998). Deterministic: the
 * same start gives the same result. Stops when the function values of the simplex differ by less
 * than a relative tolerance or after a number of evaluations.
 */
final class NelderMead {
  private static final double TOLERANCE = 1e-9;

  private NelderMead() {}

  /**
   * @param f the function; +∞ marks an infeasible point
   * @param start the first vertex
   * @param step the initial simplex's offset along each axis
   * @param maxEvaluations the evaluation budget
   * @return the best vertex found
   */
  static double[] minimise(ToDoubleFunction<double[]> f, double[] start, double step, int maxEvaluations) {
    int d = start.length;
    double[][] x = new double[d + 1][];
    double[] fx = new double[d + 1];
    for (int i = 0; i <= d; i++) {
      x[i] = start.clone();
      if (i > 0) {
        x[i][i - 1] += step;
      }
      fx[i] = f.applyAsDouble(x[i]);
    }
    int evaluations = d + 1;
    Integer[] order = new Integer[d + 1];
    while (evaluations < maxEvaluations) {
      for (int i = 0; i <= d; i++) {
        order[i] = i;
      }
      final double[] values = fx;
      Arrays.sort(order, Comparator.comparingDouble(i -> values[i]));
      double[][] xs = new double[d + 1][];
      double[] fs = new double[d + 1];
      for (int i = 0; i <= d; i++) {
        xs[i] = x[order[i]];
        fs[i] = fx[order[i]];
      }
      x = xs;
      fx = fs;
      if (Double.isFinite(fx[d]) && Math.abs(fx[d] - fx[0]) <= TOLERANCE * (Math.abs(fx[0]) + TOLERANCE)) {
        break;
      }
      double[] centroid = new double[d];
      for (int i = 0; i < d; i++) {
        for (int j = 0; j < d; j++) {
          centroid[j] += x[i][j] / d;
        }
      }
      double[] reflected = along(centroid, x[d], -1);
      double fr = f.applyAsDouble(reflected);
      evaluations++;
      if (fr < fx[0]) {
        double[] expanded = along(centroid, x[d], -2);
        double fe = f.applyAsDouble(expanded);
        evaluations++;
        replaceWorst(x, fx, fe < fr ? expanded : reflected, Math.min(fe, fr));
      } else if (fr < fx[d - 1]) {
        replaceWorst(x, fx, reflected, fr);
      } else {
        boolean outside = fr < fx[d];
        double[] contracted = along(centroid, outside ? reflected : x[d], 0.5);
        double fc = f.applyAsDouble(contracted);
        evaluations++;
        if (fc < (outside ? fr : fx[d])) {
          replaceWorst(x, fx, contracted, fc);
        } else {
          for (int i = 1; i <= d; i++) {
            x[i] = along(x[0], x[i], 0.5);
            fx[i] = f.applyAsDouble(x[i]);
          }
          evaluations += d;
        }
      }
    }
    int best = 0;
    for (int i = 1; i <= d; i++) {
      if (fx[i] < fx[best]) {
        best = i;
      }
    }
    return x[best];
  }

  /** The point {@code from + t (to - from)}. */
  private static double[] along(double[] from, double[] to, double t) {
    double[] out = new double[from.length];
    for (int j = 0; j < out.length; j++) {
      out[j] = from[j] + t * (to[j] - from[j]);
    }
    return out;
  }

  private static void replaceWorst(double[][] x, double[] fx, double[] point, double value) {
    x[x.length - 1] = point;
    fx[fx.length - 1] = value;
  }
}
