package dev.kpikit.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.StringJoiner;

/**
 * The benchmark's KPI pack computed by DuckDB (in-process, JDBC): the reference engine of {@code
 * run.sh}. Loads {@code orders} (CSV or Parquet) and {@code marketing_spend.csv} into tables, then
 * writes {@code revenue_monthly.csv}, {@code cac_monthly.csv}, {@code cohort_retention.csv}, {@code
 * repeat_purchase.csv} and {@code timings.json} (load and compute seconds) to the output folder.
 *
 * <p>Definitions are kpikit's (DESIGN §4): rows dated after {@code as_of} are left out; a customer
 * is active in a month with a row with amount &gt; 0; its cohort is its first active month and its
 * acquisition channel the channel of its first positive row (earliest date, ties by file order);
 * CAC excludes spend whose purpose is {@code retention}; cohort offsets 0..12; a customer repeats
 * with two or more distinct positive orders.
 *
 * <p>Loading is written as a DuckDB user would for the data at hand: only the columns the pack reads
 * (order_id, order_date, customer_id, channel, amount, cost; a column the file lacks is a constant),
 * with declared types. Dates: in CSV, {@code order_date} is text, an ISO date or a date-time with an
 * offset that is converted to the business time zone before its date is taken (as kpikit does), or,
 * with {@code plain-dates}, a {@code DATE} read as such; in Parquet it is a {@code DATE} (see {@link
 * CsvToParquet} and {@link ShapeData}).
 *
 * <p>Usage: {@code DuckDbKpiPack ORDERS_FILE SPEND_CSV OUT_DIR AS_OF TIME_ZONE [plain-dates]}; the
 * orders file is read as Parquet when its name ends in {@code .parquet}. {@code DuckDbKpiPack --version} prints
 * DuckDB's version.
 *
 * @since 0.1.0
 */
public final class DuckDbKpiPack {
  /** The optional last argument: {@code order_date} holds only plain ISO dates, read as {@code DATE}. */
  static final String PLAIN_DATES = "plain-dates";

  private static final int MAX_OFFSET = 12;
  private static final String MONTH_LABEL = "printf('%%04d-%%02d', %1$s // 12, %1$s %% 12 + 1)";

  private DuckDbKpiPack() {}

  /**
   * Runs the pack.
   *
   * @param args orders file, marketing spend CSV, output folder, as-of date (yyyy-MM-dd), business
   *     time zone; or {@code --version}
   * @throws Exception when DuckDB fails or an output cannot be written; the benchmark then fails
   */
  public static void main(String[] args) throws Exception {
    if (args.length == 1 && args[0].equals("--version")) {
      printVersion();
      return;
    }
    if (args.length != 5 && !(args.length == 6 && args[5].equals(PLAIN_DATES))) {
      System.err.println(
          "usage: DuckDbKpiPack ORDERS_FILE SPEND_CSV OUT_DIR AS_OF TIME_ZONE [" + PLAIN_DATES + "]");
      System.exit(2);
    }
    Path orders = Path.of(args[0]).toAbsolutePath();
    Path spend = Path.of(args[1]).toAbsolutePath();
    Path out = Path.of(args[2]).toAbsolutePath();
    LocalDate asOf = LocalDate.parse(args[3]);
    String zone = args[4];
    boolean parquet = orders.toString().endsWith(".parquet");
    boolean plainDates = args.length == 6;
    Files.createDirectories(out);
    try (Connection db = DriverManager.getConnection("jdbc:duckdb:");
        Statement sql = db.createStatement()) {
      long start = System.nanoTime();
      load(sql, orders, parquet, plainDates, spend);
      long loaded = System.nanoTime();
      compute(sql, out, asOf, parquet || plainDates ? "order_date" : businessDate("order_date", zone));
      long done = System.nanoTime();
      writeTimings(out, (loaded - start) / 1e9, (done - loaded) / 1e9);
    }
  }

  private static void printVersion() throws SQLException {
    try (Connection db = DriverManager.getConnection("jdbc:duckdb:");
        Statement sql = db.createStatement();
        ResultSet version = sql.executeQuery("SELECT library_version FROM pragma_version()")) {
      version.next();
      System.out.println(version.getString(1));
    }
  }

  /**
   * Loads the columns the pack reads, typed as the data allow: a column the file lacks is a
   * constant (channel {@code NULL}, which becomes {@code (missing)}, as kpikit groups it; cost
   * {@code NULL}, as kpikit leaves it empty).
   */
  private static void load(
      Statement sql, Path orders, boolean parquet, boolean plainDates, Path spend)
      throws SQLException {
    String source;
    if (parquet) {
      source = "read_parquet(" + literal(orders) + ")";
    } else {
      Set<String> present = columnsOf(sql, "read_csv(" + literal(orders) + ", sample_size = 1)");
      StringJoiner types = new StringJoiner(", ", "{", "}");
      for (String[] column : csvTypes(plainDates)) {
        if (present.contains(column[0])) {
          types.add("'" + column[0] + "': '" + column[1] + "'");
        }
      }
      source = "read_csv(" + literal(orders) + ", types = " + types + ")";
    }
    Set<String> present = columnsOf(sql, source);
    StringJoiner select = new StringJoiner(", ");
    for (String column : List.of("order_id", "order_date", "customer_id", "channel", "amount", "cost")) {
      select.add(present.contains(column) ? column
          : "CAST(NULL AS " + (column.equals("cost") ? "DOUBLE" : "VARCHAR") + ") AS " + column);
    }
    sql.execute("CREATE TABLE orders AS SELECT " + select + " FROM " + source);
    sql.execute(
        "CREATE TABLE spend AS SELECT * FROM read_csv("
            + literal(spend)
            + ", types = {'month': 'VARCHAR'})");
  }

  /** The declared types of the pack's CSV columns: dates as text unless they are plain ISO dates. */
  private static List<String[]> csvTypes(boolean plainDates) {
    return List.of(
        new String[] {"order_id", "VARCHAR"},
        new String[] {"order_date", plainDates ? "DATE" : "VARCHAR"},
        new String[] {"customer_id", "VARCHAR"},
        new String[] {"channel", "VARCHAR"},
        new String[] {"amount", "DOUBLE"},
        new String[] {"cost", "DOUBLE"});
  }

  /** The column names of a table function's result (DuckDB reads only the header or footer). */
  private static Set<String> columnsOf(Statement sql, String source) throws SQLException {
    Set<String> names = new HashSet<>();
    try (ResultSet columns = sql.executeQuery("DESCRIBE SELECT * FROM " + source)) {
      while (columns.next()) {
        names.add(columns.getString("column_name"));
      }
    }
    return names;
  }

  /** The SQL for the business date of a text date or date-time with offset. */
  static String businessDate(String column, String zone) {
    return "CASE WHEN length(" + column + ") = 10 THEN CAST(" + column + " AS DATE)"
        + " ELSE CAST(timezone('" + zone.replace("'", "''") + "', CAST(" + column
        + " AS TIMESTAMPTZ)) AS DATE) END";
  }

  private static void compute(Statement sql, Path out, LocalDate asOf, String orderDate)
      throws SQLException {
    int asOfMonth = asOf.getYear() * 12 + asOf.getMonthValue() - 1;
    // rowid is the file order (CREATE TABLE AS keeps insertion order): it breaks date ties.
    sql.execute(
        "CREATE VIEW o AS SELECT * FROM (SELECT rowid AS rn, order_id, customer_id,"
            + " coalesce(channel, '(missing)') AS channel, amount, cost, " + orderDate
            + " AS order_date FROM orders) WHERE order_date <= DATE '" + asOf + "'");
    sql.execute(
        "CREATE TABLE facts AS SELECT *, (year(order_date) * 12 + month(order_date) - 1)::INTEGER"
            + " AS m FROM o");
    copy(sql, out, "revenue_monthly",
        "SELECT " + label("m") + " AS month,"
            + " count(DISTINCT order_id) FILTER (WHERE amount > 0) AS orders,"
            + " count(DISTINCT customer_id) FILTER (WHERE amount > 0) AS customers,"
            + " sum(amount) AS revenue, sum(cost) AS cost, sum(amount) - sum(cost) AS gross_margin"
            + " FROM facts GROUP BY m ORDER BY m");
    sql.execute(
        "CREATE TABLE firsts AS SELECT customer_id, min(m) AS cohort,"
            + " arg_min(channel, (date_diff('day', DATE '1970-01-01', order_date)::BIGINT << 40) + rn)"
            + " AS channel FROM facts WHERE amount > 0 AND customer_id IS NOT NULL GROUP BY customer_id");
    copy(sql, out, "cac_monthly",
        "WITH nc AS (SELECT cohort AS m, channel, count(*) AS new_customers FROM firsts GROUP BY ALL),"
            + " sp AS (SELECT (CAST(left(month, 4) AS INTEGER) * 12"
            + " + CAST(substr(month, 6, 2) AS INTEGER) - 1) AS m, channel, sum(spend) AS spend"
            + " FROM spend WHERE lower(coalesce(purpose, '')) <> 'retention' GROUP BY ALL)"
            + " SELECT " + label("m") + " AS month, channel, coalesce(sp.spend, 0) AS spend,"
            + " coalesce(nc.new_customers, 0) AS new_customers,"
            + " CASE WHEN nc.new_customers > 0 THEN coalesce(sp.spend, 0) / nc.new_customers END"
            + " AS cac FROM nc FULL OUTER JOIN sp USING (m, channel)"
            + " WHERE m <= " + asOfMonth + " ORDER BY m, channel");
    copy(sql, out, "cohort_retention",
        "WITH act AS (SELECT DISTINCT customer_id, m FROM facts"
            + " WHERE amount > 0 AND customer_id IS NOT NULL),"
            + " sizes AS (SELECT cohort, count(*) AS cohort_size FROM firsts GROUP BY cohort)"
            + " SELECT " + label("f.cohort") + " AS cohort, s.cohort_size,"
            + " a.m - f.cohort AS \"offset\", count(*) AS active_customers,"
            + " count(*) / s.cohort_size AS retention"
            + " FROM act a JOIN firsts f USING (customer_id) JOIN sizes s ON s.cohort = f.cohort"
            + " WHERE a.m - f.cohort BETWEEN 0 AND " + MAX_OFFSET
            + " GROUP BY f.cohort, s.cohort_size, a.m - f.cohort ORDER BY f.cohort, \"offset\"");
    copy(sql, out, "repeat_purchase",
        "SELECT count(*) AS customers, count(*) FILTER (WHERE n >= 2) AS repeat_customers,"
            + " count(*) FILTER (WHERE n >= 2) / count(*) AS repeat_purchase_rate"
            + " FROM (SELECT customer_id, count(DISTINCT order_id) AS n FROM facts"
            + " WHERE amount > 0 AND customer_id IS NOT NULL GROUP BY customer_id)");
  }

  private static String label(String monthIndex) {
    return String.format(Locale.ROOT, MONTH_LABEL, monthIndex);
  }

  private static void copy(Statement sql, Path out, String table, String query)
      throws SQLException {
    sql.execute(
        "COPY (" + query + ") TO " + literal(out.resolve(table + ".csv")) + " (HEADER, DELIMITER ',')");
  }

  private static String literal(Path file) {
    return "'" + file.toString().replace("'", "''") + "'";
  }

  private static void writeTimings(Path out, double loadSeconds, double computeSeconds)
      throws IOException {
    Files.writeString(
        out.resolve("timings.json"),
        String.format(
            Locale.ROOT, "{\"load_s\": %.3f, \"compute_s\": %.3f}%n", loadSeconds, computeSeconds));
  }
}
