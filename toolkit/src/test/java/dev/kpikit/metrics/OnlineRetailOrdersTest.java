package dev.kpikit.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kpikit.TestData;
import dev.kpikit.testing.DuckDbOracle;
import dev.kpikit.testing.Tables;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The orders metrics on real data: UCI Online Retail (541,909 invoice lines, 2010-12-01 to
 * 2011-12-09), read straight from the staged day files with DuckDB (not with kpikit's loader), and
 * checked against the figures in {@code datasets/README.md} and against SQL over the raw files.
 */
class OnlineRetailOrdersTest {
  private static final LocalDate AS_OF = LocalDate.of(2011, 12, 9);
  private static final MetricOptions OPTIONS = MetricOptions.monthly(AS_OF);
  /** Net revenue by month, 2010-12 .. 2011-12, as documented in datasets/README.md. */
  private static final double[] README_NET_REVENUE = {
    748_957.02, 560_000.26, 498_062.65, 683_267.08, 493_207.121, 723_333.51, 691_123.12,
    681_300.111, 682_680.51, 1_019_687.622, 1_070_704.67, 1_461_756.25, 433_668.01
  };
  /** Distinct invoices (cancellations included) by month, as documented in datasets/README.md. */
  private static final double[] README_INVOICES = {
    2025, 1476, 1393, 1983, 1744, 2162, 2012, 1927, 1737, 2327, 2637, 3462, 1015
  };

  private static DuckDbOracle oracle;
  private static Table orders;

  @BeforeAll
  static void readRawFiles() {
    oracle = new DuckDbOracle();
    String glob = TestData.dataset("online-retail/by-day") + "/*.csv.gz";
    oracle.execute("CREATE TABLE raw AS SELECT InvoiceNo, CAST(InvoiceDate AS DATE) AS d,"
        + " Quantity * UnitPrice AS amount, CustomerID FROM read_csv('" + glob + "', header = true,"
        + " types = {'InvoiceNo': 'VARCHAR', 'InvoiceDate': 'TIMESTAMP', 'CustomerID': 'VARCHAR'})");
    orders = toOrders(oracle.query("SELECT InvoiceNo AS order_id, strftime(d, '%Y-%m-%d') AS order_date, amount,"
        + " coalesce(regexp_replace(CustomerID, '\\.0$', ''), '') AS customer_id,"
        + " CASE WHEN InvoiceNo LIKE 'C%' THEN 'cancelled' ELSE '' END AS status FROM raw"));
  }

  /** The canonical orders shape: order_date as a date column. */
  private static Table toOrders(Table text) {
    StringColumn dates = text.stringColumn("order_date");
    DateColumn orderDate = DateColumn.create("order_date");
    for (int r = 0; r < dates.size(); r++) {
      orderDate.append(LocalDate.parse(dates.get(r)));
    }
    return Table.create("orders", text.stringColumn("order_id"), orderDate, text.doubleColumn("amount"),
        text.stringColumn("customer_id"), text.stringColumn("status"));
  }

  @AfterAll
  static void closeOracle() {
    oracle.close();
  }

  @Test
  void rawFilesHaveTheDocumentedRowsAndInvoicesPerMonth() {
    assertEquals(541_909, orders.rowCount());
    Table invoices = oracle.query(
        "SELECT count(DISTINCT InvoiceNo) AS n FROM raw GROUP BY date_trunc('month', d) ORDER BY date_trunc('month', d)");
    assertEquals(README_INVOICES.length, invoices.rowCount());
    for (int m = 0; m < README_INVOICES.length; m++) {
      assertEquals(README_INVOICES[m], invoices.doubleColumn("n").get(m), "month " + m);
    }
  }

  @Test
  void monthlyRevenueMatchesTheDocumentedNetRevenue() {
    Table t = RevenueMetrics.table(orders, OPTIONS);
    assertEquals(README_NET_REVENUE.length, t.rowCount());
    double worst = 0;
    for (int m = 0; m < README_NET_REVENUE.length; m++) {
      double diff = Math.abs(README_NET_REVENUE[m] - t.doubleColumn("revenue").get(m));
      worst = Math.max(worst, diff);
      assertEquals(README_NET_REVENUE[m], t.doubleColumn("revenue").get(m), 0.0005, t.stringColumn("month").get(m));
    }
    System.out.println("Online Retail revenue_monthly worst absolute difference vs README: " + worst);
  }

  @Test
  void monthlyOrdersCustomersAndRevenueMatchSqlOverTheRawFiles() {
    Table expected = oracle.query("SELECT strftime(d, '%Y-%m') AS month,"
        + " count(DISTINCT InvoiceNo) FILTER (WHERE amount > 0) AS orders,"
        + " count(DISTINCT CustomerID) FILTER (WHERE amount > 0) AS customers, sum(amount) AS revenue"
        + " FROM raw GROUP BY month ORDER BY month");
    Table actual = RevenueMetrics.table(orders, OPTIONS).selectColumns("month", "orders", "customers", "revenue");
    double worst = Tables.assertSameCells(expected, actual, 1e-9);
    System.out.println("Online Retail revenue_monthly worst relative difference vs SQL: " + worst);
  }

  @Test
  void cohortRetentionWithoutCancellationsMatchesSqlOverTheRawFiles() {
    Table expected = oracle.query("WITH lines AS (SELECT CustomerID, date_trunc('month', d) AS m FROM raw"
        + "  WHERE InvoiceNo NOT LIKE 'C%' AND CustomerID IS NOT NULL AND amount > 0),"
        + " firsts AS (SELECT CustomerID, min(m) AS c FROM lines GROUP BY CustomerID),"
        + " sizes AS (SELECT c, count(*) AS size FROM firsts GROUP BY c),"
        + " cells AS (SELECT c, datediff('month', c, m) AS k, count(DISTINCT CustomerID) AS n"
        + "  FROM lines JOIN firsts USING (CustomerID) GROUP BY ALL),"
        + " grid AS (SELECT c, size, range AS k FROM sizes, range(0, datediff('month', c, DATE '" + AS_OF + "') + 1))"
        + " SELECT strftime(c, '%Y-%m') AS cohort, size AS cohort_size, k AS \"offset\","
        + " coalesce(n, 0) AS active_customers, coalesce(n, 0) / size AS retention"
        + " FROM grid LEFT JOIN cells USING (c, k) ORDER BY c, k");
    Table withoutCancellations = orders.where(orders.stringColumn("status").isNotEqualTo("cancelled"));
    double worst = Tables.assertSameCells(expected, CohortRetention.table(withoutCancellations, OPTIONS), 1e-12);
    assertEquals(13 * 14 / 2, expected.rowCount());
    System.out.println("Online Retail cohort_retention worst relative difference vs SQL: " + worst);
  }
}
