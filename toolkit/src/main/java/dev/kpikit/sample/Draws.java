package dev.kpikit.sample;

import java.util.SplittableRandom;
import java.util.function.IntSupplier;

/** Random draws the order generators share. */
final class Draws {
  private Draws() {}

  /** {@code x} rounded down or up at random, up with probability equal to its fraction. */
  static long stochasticRound(double x, SplittableRandom rng) {
    long whole = (long) x;
    return whole + (rng.nextDouble() < x - whole ? 1 : 0);
  }

  /**
   * Draws {@code wanted} items with {@code pick} and keeps the distinct ones, in draw order, at the
   * start of {@code into}; returns how many.
   */
  static int distinct(int wanted, IntSupplier pick, int[] into) {
    int kept = 0;
    for (int attempt = 0; attempt < wanted; attempt++) {
      int item = pick.getAsInt();
      boolean repeated = false;
      for (int j = 0; j < kept; j++) {
        repeated |= into[j] == item;
      }
      if (!repeated) {
        into[kept++] = item;
      }
    }
    return kept;
  }
}
