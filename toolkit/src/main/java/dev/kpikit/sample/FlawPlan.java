package dev.kpikit.sample;

import java.util.ArrayList;
import java.util.List;

/**
 * Where the malformed values of one file go: data row indices spread evenly over the expected size
 * of the file, so they land at the same lines for the same options.
 */
final class FlawPlan {
  /** One planned flaw: its kind and the column it corrupts. */
  record Spec(FlawKind kind, String column) {}

  /** A planned flaw at a 0-based data row index. */
  record Placed(long rowIndex, FlawKind kind, String column) {}

  static final FlawPlan NONE = new FlawPlan(List.of());

  private final List<Placed> placed;

  private FlawPlan(List<Placed> placed) {
    this.placed = List.copyOf(placed);
  }

  /**
   * Spreads the specs over {@code expectedRows}: the i-th of n lands at row {@code expectedRows *
   * (i + 1) / (n + 1)} (at least one row after the previous), so each file keeps a fixed, tiny
   * number of flaws at any size.
   */
  static FlawPlan spread(long expectedRows, List<Spec> specs) {
    List<Placed> placed = new ArrayList<>(specs.size());
    long previous = -1;
    for (int i = 0; i < specs.size(); i++) {
      Spec s = specs.get(i);
      long row = Math.max(previous + 1, expectedRows * (i + 1) / (specs.size() + 1));
      placed.add(new Placed(row, s.kind(), s.column()));
      previous = row;
    }
    return new FlawPlan(placed);
  }

  /** The plan, or {@link #NONE} for a clean sample. */
  static FlawPlan spreadUnlessClean(boolean clean, long expectedRows, List<Spec> specs) {
    return clean ? NONE : spread(expectedRows, specs);
  }

  List<Placed> placed() {
    return placed;
  }
}
