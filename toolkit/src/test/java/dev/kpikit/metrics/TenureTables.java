package dev.kpikit.metrics;

import dev.kpikit.TestData;
import dev.kpikit.testing.DuckDbOracle;
import java.nio.file.Path;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/** Tenure-shaped customers tables (customer_id, tenure, churned, dimensions) read with DuckDB. */
final class TenureTables {
  private TenureTables() {}

  /** IBM Telco: customer_id, tenure, churned (Churn = 'Yes'), contract. */
  static Table telco() {
    return read(
        "SELECT customerID AS customer_id, tenure, Churn = 'Yes' AS churned, Contract AS contract FROM read_csv('"
            + telcoPath()
            + "', header = true)");
  }

  /** @return the Telco CSV in {@code testdata} */
  static Path telcoPath() {
    return TestData.dataset("telco-churn/WA_Fn-UseC_-Telco-Customer-Churn.csv");
  }

  /**
   * @param query a DuckDB query returning customer_id, tenure, churned (boolean) and any text
   *     dimensions
   * @return its result with the canonical tenure-shape column types
   */
  static Table read(String query) {
    try (DuckDbOracle duck = new DuckDbOracle()) {
      return tenureShape(duck.query(query));
    }
  }

  /** The oracle's doubles and texts typed as the tenure shape's canonical columns. */
  static Table tenureShape(Table rows) {
    BooleanColumn churned = BooleanColumn.create("churned");
    StringColumn flags = rows.stringColumn("churned");
    for (int i = 0; i < rows.rowCount(); i++) {
      churned.append(Boolean.parseBoolean(flags.get(i)));
    }
    Table out =
        Table.create(
            "customers",
            rows.stringColumn("customer_id"),
            rows.doubleColumn("tenure").asIntColumn().setName("tenure"),
            churned);
    for (Column<?> c : rows.columns()) {
      if (!out.containsColumn(c.name())) {
        out.addColumns(c);
      }
    }
    return out;
  }
}
