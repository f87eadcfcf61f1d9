package dev.kpikit.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

/**
 * Converts an orders CSV file to Parquet with DuckDB, as a typed export would hold it: {@code
 * order_date} becomes a {@code DATE} (the business date: date-times with an offset are converted to
 * the business time zone first, as kpikit does), the other types are detected from the CSV (amounts
 * {@code DOUBLE}, ids strings). Written to a temporary name and
 * moved into place so an interrupted conversion never leaves a truncated file behind. Used by
 * {@code run.sh} to give the Parquet variants the same orders as the CSV ones.
 *
 * <p>Usage: {@code CsvToParquet IN_CSV OUT_PARQUET TIME_ZONE}.
 *
 * @since 0.1.0
 */
public final class CsvToParquet {
  private CsvToParquet() {}

  /**
   * Converts.
   *
   * @param args input CSV, output Parquet file, business time zone (e.g. America/New_York)
   * @throws Exception when DuckDB cannot read the CSV or write the Parquet file
   */
  public static void main(String[] args) throws Exception {
    if (args.length != 3) {
      System.err.println("usage: CsvToParquet IN_CSV OUT_PARQUET TIME_ZONE");
      System.exit(2);
    }
    Path in = Path.of(args[0]).toAbsolutePath();
    Path out = Path.of(args[1]).toAbsolutePath();
    Path partial = out.resolveSibling(out.getFileName() + ".partial");
    try (Connection db = DriverManager.getConnection("jdbc:duckdb:");
        Statement sql = db.createStatement()) {
      sql.execute(
          "COPY (SELECT * REPLACE (" + DuckDbKpiPack.businessDate("order_date", args[2])
              + " AS order_date) FROM read_csv('" + quoted(in)
              + "', types = {'order_date': 'VARCHAR'})) TO '" + quoted(partial)
              + "' (FORMAT parquet, COMPRESSION snappy)");
    }
    Files.move(partial, out, StandardCopyOption.REPLACE_EXISTING);
  }

  private static String quoted(Path file) {
    return file.toString().replace("'", "''");
  }
}
