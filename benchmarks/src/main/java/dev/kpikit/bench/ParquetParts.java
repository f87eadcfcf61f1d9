package dev.kpikit.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

/**
 * Splits a Parquet file into N part files of consecutive rows ({@code part-00000.parquet}, ...), as
 * a data lake holds a large table: the parts read in name order give the rows in the file's order.
 * Used by {@code spark.sh} so that Spark has one task per part, and so that every engine reads the
 * same rows in the same order.
 *
 * <p>Usage: {@code ParquetParts IN_PARQUET OUT_DIR N}.
 *
 * @since 0.1.0
 */
public final class ParquetParts {
  private ParquetParts() {}

  /**
   * Splits.
   *
   * @param args input Parquet file, output folder (created), number of parts
   * @throws Exception when DuckDB cannot read or write
   */
  public static void main(String[] args) throws Exception {
    if (args.length != 3) {
      System.err.println("usage: ParquetParts IN_PARQUET OUT_DIR N");
      System.exit(2);
    }
    String in = Path.of(args[0]).toAbsolutePath().toString().replace("'", "''");
    Path out = Files.createDirectories(Path.of(args[1]).toAbsolutePath());
    int parts = Integer.parseInt(args[2]);
    try (Connection db = DriverManager.getConnection("jdbc:duckdb:");
        Statement sql = db.createStatement()) {
      long rows;
      try (ResultSet r = sql.executeQuery("SELECT count(*) FROM read_parquet('" + in + "')")) {
        r.next();
        rows = r.getLong(1);
      }
      for (int p = 0; p < parts; p++) {
        long lo = rows * p / parts;
        long hi = rows * (p + 1) / parts;
        Path part = out.resolve(String.format("part-%05d.parquet", p));
        sql.execute("COPY (SELECT * EXCLUDE (file_row_number) FROM read_parquet('" + in
            + "', file_row_number = true) WHERE file_row_number >= " + lo + " AND file_row_number < " + hi
            + " ORDER BY file_row_number) TO '" + part.toString().replace("'", "''")
            + "' (FORMAT parquet, COMPRESSION snappy)");
      }
    }
  }
}
