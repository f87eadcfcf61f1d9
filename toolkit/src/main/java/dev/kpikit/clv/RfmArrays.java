package dev.kpikit.clv;

import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * The summary in the shape the likelihoods read fast: frequencies as ints, and recency and T as
 * indexes into their sorted distinct values, so a likelihood takes the log of {@code alpha + T}
 * once per distinct T rather than once per customer. {@link #compressed} goes further for fitting:
 * customers with the same (x, t_x, T) become one row with a weight (all customers without repeat
 * purchases and of one age, for instance). Sums over customers run in a fixed number of
 * slices (in parallel for large inputs) and add the slices in order, so a sum does not depend on
 * the number of cores.
 */
final class RfmArrays {
  private static final int SLICES = 16;
  private static final int PARALLEL_FROM = 50_000;

  final int n;
  final int[] x;
  final int maxX;
  final double[] ages; // distinct T values, sorted
  final int[] ageIndex;
  final double[] recencies; // distinct t_x values, sorted
  final int[] recencyIndex;
  final double[] weight; // customers a row stands for

  RfmArrays(int[] x, double[] recency, double[] age) {
    this.n = x.length;
    this.x = x.clone();
    this.maxX = Arrays.stream(x).max().orElse(0);
    this.ages = distinct(age);
    this.ageIndex = indexes(age, ages);
    this.recencies = distinct(recency);
    this.recencyIndex = indexes(recency, recencies);
    this.weight = new double[n];
    Arrays.fill(weight, 1);
  }

  private RfmArrays(
      int[] x, double[] ages, int[] ageIndex, double[] recencies, int[] recencyIndex, double[] w) {
    this.n = x.length;
    this.x = x;
    this.maxX = Arrays.stream(x).max().orElse(0);
    this.ages = ages;
    this.ageIndex = ageIndex;
    this.recencies = recencies;
    this.recencyIndex = recencyIndex;
    this.weight = w;
  }

  /**
   * Customers with equal (x, t_x, T) folded into one weighted row (the rows in key order); the
   * plain arrays when there are too many distinct values to pack a key.
   */
  static RfmArrays compressed(int[] x, double[] recency, double[] age) {
    RfmArrays plain = new RfmArrays(x, recency, age);
    if (plain.maxX >= 1 << 21 || plain.ages.length >= 1 << 21 || plain.recencies.length >= 1 << 21) {
      return plain;
    }
    long[] keys = new long[plain.n];
    for (int i = 0; i < plain.n; i++) {
      keys[i] = ((long) plain.x[i] << 42) | ((long) plain.recencyIndex[i] << 21) | plain.ageIndex[i];
    }
    Arrays.sort(keys);
    int rows = 0;
    for (int i = 0; i < keys.length; i++) {
      if (i == 0 || keys[i] != keys[i - 1]) {
        rows++;
      }
    }
    int[] cx = new int[rows];
    int[] ca = new int[rows];
    int[] cr = new int[rows];
    double[] w = new double[rows];
    int r = -1;
    for (int i = 0; i < keys.length; i++) {
      if (i == 0 || keys[i] != keys[i - 1]) {
        r++;
        cx[r] = (int) (keys[i] >>> 42);
        cr[r] = (int) ((keys[i] >>> 21) & ((1 << 21) - 1));
        ca[r] = (int) (keys[i] & ((1 << 21) - 1));
      }
      w[r]++;
    }
    return new RfmArrays(cx, plain.ages, ca, plain.recencies, cr, w);
  }

  static RfmArrays of(RfmSummary s) {
    return new RfmArrays(s.frequency(), s.recency(), s.age());
  }

  double age(int i) {
    return ages[ageIndex[i]];
  }

  double recency(int i) {
    return recencies[recencyIndex[i]];
  }

  private static double[] distinct(double[] v) {
    double[] sorted = v.clone();
    Arrays.sort(sorted);
    int k = 0;
    for (int i = 0; i < sorted.length; i++) {
      if (k == 0 || Double.compare(sorted[i], sorted[k - 1]) != 0) {
        sorted[k++] = sorted[i];
      }
    }
    return Arrays.copyOf(sorted, k);
  }

  private static int[] indexes(double[] v, double[] distinct) {
    int[] idx = new int[v.length];
    for (int i = 0; i < v.length; i++) {
      idx[i] = Arrays.binarySearch(distinct, v[i]);
    }
    return idx;
  }

  /** A per-customer term summed over a range of customers. */
  interface RangeSum {
    double sum(int from, int to);
  }

  /** Sums {@code term} over all customers in fixed slices, in parallel for large inputs. */
  double sum(RangeSum term) {
    return sum(n, term);
  }

  /** Sums {@code term} over {@code 0..n-1} in fixed slices, in parallel for large inputs. */
  static double sum(int n, RangeSum term) {
    if (n < PARALLEL_FROM) {
      return term.sum(0, n);
    }
    double[] parts = new double[SLICES];
    IntStream.range(0, SLICES)
        .parallel()
        .forEach(k -> parts[k] = term.sum((int) ((long) n * k / SLICES), (int) ((long) n * (k + 1) / SLICES)));
    double total = 0;
    for (double p : parts) {
      total += p;
    }
    return total;
  }

  /** Runs {@code body} over all customers in slices, in parallel for large inputs. */
  void forEach(java.util.function.IntConsumer body) {
    if (n < PARALLEL_FROM) {
      for (int i = 0; i < n; i++) {
        body.accept(i);
      }
      return;
    }
    IntStream.range(0, SLICES)
        .parallel()
        .forEach(
            k -> {
              int to = (int) ((long) n * (k + 1) / SLICES);
              for (int i = (int) ((long) n * k / SLICES); i < to; i++) {
                body.accept(i);
              }
            });
  }
}
