package dev.kpikit.report.html;

import java.util.Set;

/**
 * The unit a metric is displayed in. The catalog calls every quotient a {@code ratio}, but only
 * shares (0–1) read well as percentages: multiples such as LTV:CAC or the current ratio are shown
 * as {@code 2.40×}.
 */
final class DisplayUnit {
  /** Catalog ratios that are multiples, not shares. */
  private static final Set<String> MULTIPLES =
      Set.of("ltv_cac", "quick_ratio", "current_ratio", "debt_to_equity", "interest_coverage");

  private DisplayUnit() {}

  /**
   * @param metric the metric name
   * @param unit its catalog unit
   * @return {@code times} for multiples, else the unit unchanged
   */
  static String of(String metric, String unit) {
    return "ratio".equals(unit) && MULTIPLES.contains(metric) ? "times" : unit;
  }
}
