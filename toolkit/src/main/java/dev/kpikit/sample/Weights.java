package dev.kpikit.sample;

import java.util.SplittableRandom;

/** Picks an index with probability proportional to its weight, in O(log n). */
final class Weights {
  private final double[] cumulative;

  private Weights(double[] cumulative) {
    this.cumulative = cumulative;
  }

  static Weights of(double... weights) {
    double[] cumulative = new double[weights.length];
    double sum = 0;
    for (int i = 0; i < weights.length; i++) {
      sum += weights[i];
      cumulative[i] = sum;
    }
    for (int i = 0; i < cumulative.length; i++) {
      cumulative[i] /= sum;
    }
    return new Weights(cumulative);
  }

  int pick(SplittableRandom rng) {
    double u = rng.nextDouble();
    int lo = 0;
    int hi = cumulative.length - 1;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (cumulative[mid] > u) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    return lo;
  }
}
