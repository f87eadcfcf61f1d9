package dev.kpikit.metrics;

import dev.kpikit.testing.DuckDbOracle;
import dev.kpikit.testing.Tables;
import java.util.Map;
import java.util.TreeMap;
import tech.tablesaw.api.Table;

/**
 * A DuckDB oracle holding one spells table (as {@code spells}) that remembers the worst difference
 * seen per metric table and prints them, once, when closed.
 */
final class SpellOracle implements AutoCloseable {
  private final DuckDbOracle duck;
  private final Map<String, Double> worst = new TreeMap<>();

  SpellOracle(Table spells) {
    this.duck = new DuckDbOracle().register("spells", spells);
  }

  /** @return the result of {@code sql} over the spells */
  Table query(String sql) {
    return duck.query(sql);
  }

  /**
   * Asserts {@code actual} equals {@code expected} cell by cell within {@code tolerance}.
   *
   * @param metric the table compared, for the report
   */
  void assertSame(String metric, Table expected, Table actual, double tolerance) {
    worst.merge(metric, Tables.assertSameCells(expected, actual, tolerance), Math::max);
  }

  @Override
  public void close() {
    worst.forEach((metric, diff) -> System.out.println(metric + ": worst relative difference vs DuckDB = " + diff));
    duck.close();
  }
}
