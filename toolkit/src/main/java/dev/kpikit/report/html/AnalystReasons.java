package dev.kpikit.report.html;

import dev.kpikit.metrics.MetricInputs;
import java.util.Locale;
import java.util.Map;

/**
 * The page's wording of why a table is absent, for an analyst rather than a developer: what the
 * data lack and what would enable it. {@code metrics.json} keeps the run's own skip reasons (the
 * file is read by scripts); the page rewrites those whose words are the code's (a data shape, "this
 * metric", a table name) and keeps the others, which already name the missing file or column.
 */
final class AnalystReasons {
  /** The run's skip reasons whose wording is the code's, to the page's. */
  private static final Map<String, String> REWORDED = Map.of(
      MetricInputs.NEEDS_SPELLS,
      "the customers export has one row per customer (tenure and a churn flag), not one per"
          + " subscription; a customers file with each subscription's start_date and end_date"
          + " would enable it",
      MetricInputs.NEEDS_TENURE,
      "the customers are subscriptions with dates, so churn is shown month by month (Logo churn)"
          + " and as survival instead",
      MetricInputs.NEEDS_EMPLOYMENT_SPELLS,
      "the employees export is a snapshot (one row per employee with an attrition flag) without"
          + " dates; hire_date and termination_date columns would enable it");

  /** Why the Balances section is empty although the table was computed. */
  static final String NO_BALANCE =
      "each balance weighs two sides (new against returning customers' revenue, acquisition"
          + " against retention spend, debt against equity, ...) and these data hold both sides of"
          + " none; orders, marketing spend with a purpose column or financials would enable them";

  private AnalystReasons() {}

  /**
   * @param reason a skip reason of the run
   * @return the page's wording of it: reworded when it speaks the code's language, else as is
   */
  static String of(String reason) {
    return REWORDED.getOrDefault(reason, reason);
  }

  /**
   * @param table a table the run computed with no rows
   * @param asOf the analysis date, as text; null for data without dates
   * @return why it is empty, in an analyst's words
   */
  static String empty(String table, String asOf) {
    if (table.equals("scorecard")) {
      return "none of the scorecard's KPIs could be computed from these data, so it has no rows";
    }
    return "the data hold nothing for " + Labels.metric(table).toLowerCase(Locale.ROOT)
        + (asOf == null ? "" : " up to " + asOf);
  }

  /**
   * @param table a table the run did not compute (a run of a subset, e.g. from the Java API)
   * @return why it is absent, and how to get it
   */
  static String notComputed(String table) {
    return "this run did not compute " + table + "; kpikit report computes every table the data allow";
  }
}
