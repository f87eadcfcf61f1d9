package dev.kpikit.metrics;

/**
 * The trailing twelve months (TTM) of the derived metrics: the twelve calendar months ending with
 * the last <em>complete</em> month, i.e. the month of {@code asOf} when {@code asOf} is its last
 * day, else the month before. Derived metrics are monthly whatever the report's grain, because their
 * definitions are monthly (monthly churn, payback in months).
 */
final class TrailingYear {
  /** Months in the window. */
  static final int MONTHS = 12;

  /** Monthly options without a dimension, closed at the same {@code asOf}. */
  final MetricOptions monthly;
  /** First month index of the window (see {@link Periods}). */
  final int first;
  /** Last month index of the window: the last complete month. */
  final int last;

  private TrailingYear(MetricOptions options) {
    monthly = options.withPeriods(Periods.MONTHLY).withBy(null);
    int asOfMonth = monthly.lastPeriod();
    last = monthly.isComplete(asOfMonth) ? asOfMonth : asOfMonth - 1;
    first = last - MONTHS + 1;
  }

  /** @return the window ending with the last complete month before or at {@code options.asOf()} */
  static TrailingYear of(MetricOptions options) {
    return new TrailingYear(options);
  }

  /** @return true when month index {@code month} is inside the window */
  boolean contains(int month) {
    return month >= first && month <= last;
  }

  /** @return the number of window months in {@code [from, to]} (0 when they do not meet) */
  int overlap(int from, int to) {
    return Math.max(0, Math.min(to, last) - Math.max(from, first) + 1);
  }

  /** @return e.g. {@code TTM 2025-12} */
  String label() {
    return "TTM " + Periods.MONTHLY.label(last);
  }
}
