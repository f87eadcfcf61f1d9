package dev.kpikit.clv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kpikit.Business;
import dev.kpikit.Kpikit;
import dev.kpikit.testing.DuckDbOracle;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

/**
 * The RFM summary of the Northwind Coffee sample (orders with refunds, several lines per order and
 * several orders on one day) against DuckDB SQL written from the definition: a purchase is a
 * customer's day with an order row of amount &gt;= 0, its spend the sum of those rows; frequency =
 * calibration purchase days - 1, recency and T in weeks from the first purchase day, monetary = the
 * mean spend of the repeat calibration days, holdout = purchase days after the calibration end.
 */
class RfmSummary_OracleTest {
  static final LocalDate CALIBRATION_END = LocalDate.of(2025, 6, 30);
  static final LocalDate HOLDOUT_END = LocalDate.of(2025, 12, 31);

  static final String SQL =
      """
      WITH days AS (
        SELECT customer_id, order_date AS day, SUM(amount) AS spend
        FROM orders
        WHERE customer_id IS NOT NULL AND customer_id <> '' AND amount >= 0
          AND order_date <= DATE '%2$s'
        GROUP BY customer_id, order_date),
      firsts AS (
        SELECT customer_id, MIN(day) AS first FROM days GROUP BY customer_id
        HAVING MIN(day) <= DATE '%1$s')
      SELECT d.customer_id,
        COUNT(*) FILTER (WHERE day <= DATE '%1$s') - 1 AS frequency,
        date_diff('day', MIN(first), MAX(day) FILTER (WHERE day <= DATE '%1$s')) / 7.0 AS recency,
        date_diff('day', MIN(first), DATE '%1$s') / 7.0 AS t,
        SUM(spend) FILTER (WHERE day > first AND day <= DATE '%1$s')
          / NULLIF(COUNT(*) FILTER (WHERE day <= DATE '%1$s') - 1, 0) AS monetary,
        COUNT(*) FILTER (WHERE day > DATE '%1$s') AS holdout
      FROM days d JOIN firsts f ON d.customer_id = f.customer_id
      GROUP BY d.customer_id
      """;

  @Test
  void summaryOfASampleBusiness_equalsTheSqlOracle() {
    Business b = Kpikit.open("../data-samples/northwind-coffee");
    Table orders = b.orders();
    RfmSummary s =
        RfmSummary.fromOrders(orders, new RfmOptions(CALIBRATION_END, HOLDOUT_END, PeriodUnit.WEEK));
    Table expected;
    try (DuckDbOracle oracle = new DuckDbOracle()) {
      oracle.register(
          "orders", orders.selectColumns("customer_id", "order_date", "amount"));
      expected = oracle.query(String.format(SQL, CALIBRATION_END, HOLDOUT_END));
    }
    assertEquals(expected.rowCount(), s.size());
    Map<String, Integer> row = new HashMap<>();
    String[] ids = s.ids();
    for (int i = 0; i < ids.length; i++) {
      row.put(ids[i], i);
    }
    int[] x = s.frequency();
    double[] tx = s.recency();
    double[] age = s.age();
    double[] m = s.monetary();
    int[] hold = s.holdoutPurchases();
    int repeatBuyers = 0;
    for (int k = 0; k < expected.rowCount(); k++) {
      String id = expected.stringColumn("customer_id").get(k);
      int i = row.get(id);
      assertEquals(((Number) expected.column("frequency").get(k)).intValue(), x[i], "frequency " + id);
      assertEquals(expected.numberColumn("recency").getDouble(k), tx[i], 1e-9, "recency " + id);
      assertEquals(expected.numberColumn("t").getDouble(k), age[i], 1e-9, "T " + id);
      assertEquals(((Number) expected.column("holdout").get(k)).intValue(), hold[i], "holdout " + id);
      if (x[i] > 0) {
        repeatBuyers++;
        assertEquals(expected.numberColumn("monetary").getDouble(k), m[i], 1e-9, "monetary " + id);
      } else {
        assertEquals(true, Double.isNaN(m[i]) && expected.column("monetary").isMissing(k));
      }
    }
    assertEquals(true, repeatBuyers > 100, "the sample has repeat buyers to compare");
  }
}
