package dev.kpikit.metrics;

import java.time.LocalDate;

/**
 * DESIGN §4 definitions as DuckDB SQL, written independently of the Java code, for the oracle
 * tests. Every query keeps a {@code dim} column ({@code ''} when not split) and a month index
 * {@code p = year * 12 + month - 1}.
 */
final class OracleSql {
  private OracleSql() {}

  /** Kept order rows: {@code o(…, dim, p)}. */
  static String orders(LocalDate asOf, String by) {
    return "o AS (SELECT *, " + dim(by) + " AS dim, year(order_date) * 12 + month(order_date) - 1 AS p"
        + " FROM orders WHERE order_date <= DATE '" + asOf + "')";
  }

  /**
   * Each customer's first positive row (earliest date, then file order):
   * {@code firsts(customer_id, p, channel, dim)}; needs {@link #orders}.
   */
  static String firsts() {
    return "firsts AS (SELECT customer_id, p, coalesce(channel, '(missing)') AS channel, dim FROM ("
        + " SELECT *, row_number() OVER (PARTITION BY customer_id ORDER BY order_date, row_no) AS k"
        + " FROM o WHERE amount > 0 AND customer_id IS NOT NULL) WHERE k = 1)";
  }

  /** The index of the month containing {@code asOf}. */
  static String last(LocalDate asOf) {
    return "(" + (asOf.getYear() * 12 + asOf.getMonthValue() - 1) + ")";
  }

  /** The dimension expression of a table with the {@code by} column, {@code ''} when not split. */
  static String dim(String by) {
    return by == null ? "''" : "coalesce(" + by + ", '(missing)')";
  }

  /** The month label of index {@code p}. */
  static String label(String p) {
    return "printf('%04d-%02d', " + p + " // 12, " + p + " % 12 + 1)";
  }

  /** The output's dimension column, or nothing when not split. */
  static String dimColumn(String by) {
    return by == null ? "" : "dim AS " + by + ", ";
  }
}
