package dev.kpikit.report;

import dev.kpikit.clv.CustomerValueResult;

/**
 * The customer-value part of a report run: the analysis, or one line saying why there is none (no
 * orders, no customer ids, a model that does not fit).
 *
 * @param result the analysis, or null
 * @param note why there is no analysis (one line), or null when there is one
 * @since 0.1.0
 */
public record CustomerValueReport(CustomerValueResult result, String note) {

  /** Checks that exactly one of the two is given. */
  public CustomerValueReport {
    if ((result == null) == (note == null)) {
      throw new IllegalArgumentException("give either a result or a note");
    }
  }

  /**
   * @param result the analysis
   * @return a report part with it
   */
  public static CustomerValueReport of(CustomerValueResult result) {
    return new CustomerValueReport(result, null);
  }

  /**
   * @param note why there is no analysis
   * @return a report part with only the note
   */
  public static CustomerValueReport absent(String note) {
    return new CustomerValueReport(null, note);
  }
}
