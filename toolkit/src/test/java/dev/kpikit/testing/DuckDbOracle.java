package dev.kpikit.testing;

import dev.kpikit.io.CsvWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * An independent oracle for metric tests: registers Tablesaw tables in an in-process DuckDB and
 * returns the results of SQL queries as Tablesaw tables. The SQL is written from DESIGN §4's
 * definitions, not from kpikit's code.
 */
public final class DuckDbOracle implements AutoCloseable {
  private final Connection conn;
  private final Path tmp;

  public DuckDbOracle() {
    try {
      Class.forName("org.duckdb.DuckDBDriver");
      conn = DriverManager.getConnection("jdbc:duckdb:");
      tmp = Files.createTempDirectory("kpikit-oracle");
    } catch (ClassNotFoundException | SQLException | IOException e) {
      throw new IllegalStateException("cannot start DuckDB", e);
    }
  }

  /** Registers {@code table} under {@code name} with types mapped from the Tablesaw columns. */
  public DuckDbOracle register(String name, Table table) {
    Path csv = tmp.resolve(name + ".csv");
    StringJoiner types = new StringJoiner(", ", "{", "}");
    try (Writer w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8);
        CsvWriter out = new CsvWriter(w)) {
      out.row(table.columnNames().toArray(String[]::new));
      for (int r = 0; r < table.rowCount(); r++) {
        for (Column<?> c : table.columns()) {
          out.field(c.isMissing(r) ? null : c.getString(r));
        }
        out.endRow();
      }
      for (Column<?> c : table.columns()) {
        types.add("'" + c.name() + "': '" + sqlType(c.type()) + "'");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    execute(
        "CREATE OR REPLACE TABLE "
            + name
            + " AS SELECT * FROM read_csv('"
            + csv
            + "', header = true, nullstr = '', quote = '\"', escape = '\"', columns = "
            + types
            + ")");
    return this;
  }

  private static String sqlType(ColumnType t) {
    if (t == ColumnType.STRING) {
      return "VARCHAR";
    }
    if (t == ColumnType.LOCAL_DATE) {
      return "DATE";
    }
    if (t == ColumnType.LOCAL_DATE_TIME) {
      return "TIMESTAMP";
    }
    if (t == ColumnType.INTEGER || t == ColumnType.SHORT) {
      return "INTEGER";
    }
    if (t == ColumnType.LONG) {
      return "BIGINT";
    }
    if (t == ColumnType.BOOLEAN) {
      return "BOOLEAN";
    }
    return "DOUBLE";
  }

  /** Runs a statement that returns nothing. */
  public void execute(String sql) {
    try (Statement s = conn.createStatement()) {
      s.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException("DuckDB failed on: " + sql, e);
    }
  }

  /** Runs a query; every result column comes back as text or a double, so comparisons are simple. */
  public Table query(String sql) {
    try (Statement s = conn.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      int n = rs.getMetaData().getColumnCount();
      List<String> names = new ArrayList<>();
      for (int i = 1; i <= n; i++) {
        names.add(rs.getMetaData().getColumnLabel(i));
      }
      List<List<Object>> rows = new ArrayList<>();
      while (rs.next()) {
        List<Object> row = new ArrayList<>(n);
        for (int i = 1; i <= n; i++) {
          Object v = rs.getObject(i);
          row.add(v instanceof Number num ? (Object) num.doubleValue() : v == null ? null : v.toString());
        }
        rows.add(row);
      }
      return Tables.fromRows("oracle", names, rows);
    } catch (SQLException e) {
      throw new IllegalStateException("DuckDB failed on: " + sql, e);
    }
  }

  @Override
  public void close() {
    try {
      conn.close();
      try (var files = Files.list(tmp)) {
        for (Path p : (Iterable<Path>) files::iterator) {
          Files.deleteIfExists(p);
        }
      }
      Files.deleteIfExists(tmp);
    } catch (SQLException | IOException e) {
      throw new IllegalStateException("cannot close DuckDB", e);
    }
  }
}
