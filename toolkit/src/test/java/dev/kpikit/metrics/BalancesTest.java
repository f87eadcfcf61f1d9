package dev.kpikit.metrics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kpikit.schema.Dataset;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

/** Hand-checked fixtures for {@code balances}: status rules, bands, missing inputs. */
class BalancesTest {
  static final MetricOptions DEC_31 = MetricOptions.monthly(LocalDate.of(2024, 12, 31));
  static final List<String> NAMES = List.of("acquisition_vs_retention", "acquisition_vs_retention_spend",
      "exploration_vs_exploitation", "growth_vs_churn", "short_vs_long_term", "concentration_vs_spread",
      "leverage_vs_prudence", "people_vs_profit");

  private static int row(Table t, String balance) {
    return t.stringColumn("balance").indexOf(balance);
  }

  private static double value(Table t, String balance, String column) {
    return t.doubleColumn(column).getDouble(row(t, balance));
  }

  private static String status(Table t, String balance) {
    return t.stringColumn("status").get(row(t, balance));
  }

  @Test
  void sidesWithinTwiceEachOther_areBalanced() {
    assertEquals("balanced", Balances.status(100, 60, -0.33, 0.33)); // index 0.25
  }

  @Test
  void leftMoreThanTwiceRight_leansLeft() {
    assertEquals("leans_left", Balances.status(100, 30, -0.33, 0.33)); // index 0.54
  }

  @Test
  void rightMoreThanTwiceLeft_leansRight() {
    assertEquals("leans_right", Balances.status(30, 100, -0.33, 0.33));
  }

  @Test
  void missingSide_givesMissingData() {
    assertEquals("missing_data", Balances.status(Double.NaN, 100, -0.33, 0.33));
  }

  @Test
  void bothSidesZero_areBalancedWithoutIndex() {
    Table orders = TypedTable.of("orders", "order_id:S, order_date:D, amount:N, customer_id:S",
        "o1, 2022-01-10, 100, A");
    Table t = Balances.table(Map.of(Dataset.ORDERS, orders), DEC_31, Map.of());
    // A's lapse (2023-01) is before the window: nobody gained or lost in 2024.
    assertEquals(0, value(t, "growth_vs_churn", "left_value"));
    assertEquals(0, value(t, "growth_vs_churn", "right_value"));
    assertTrue(Double.isNaN(value(t, "growth_vs_churn", "index")));
    assertEquals("balanced", status(t, "growth_vs_churn"));
  }

  @Test
  void negativeSide_hasNoIndex_andLeansToTheLargerSide() {
    assertEquals("leans_left", Balances.status(50, -10, -0.33, 0.33));
    assertEquals("leans_right", Balances.status(-10, 5, -0.33, 0.33));
  }

  @Test
  void configuredBand_replacesDefault_andSpendRowInheritsAcquisitionBand() {
    Map<String, double[]> bands = Map.of("acquisition_vs_retention", new double[] {-0.5, 0.2});
    assertArrayEquals(new double[] {-0.5, 0.2}, Balances.band("acquisition_vs_retention_spend", bands));
    assertArrayEquals(new double[] {-0.33, 0.33}, Balances.band("growth_vs_churn", bands));
    assertEquals("leans_left", Balances.status(100, 60, -0.5, 0.2)); // index 0.25 > 0.2
  }

  @Test
  void peopleVsProfit_statusComesFromTurnoverAgainstItsBand() {
    assertArrayEquals(new double[] {0.05, 0.25}, Balances.band("people_vs_profit", Map.of()));
    assertEquals("leans_right", Balances.peopleStatus(0.40, 0.6, 0.05, 0.25));
    assertEquals("balanced", Balances.peopleStatus(0.15, 0.6, 0.05, 0.25));
    assertEquals("leans_left", Balances.peopleStatus(0.01, 0.6, 0.05, 0.25));
    assertEquals("missing_data", Balances.peopleStatus(0.15, Double.NaN, 0.05, 0.25));
  }

  @Test
  void noData_givesEveryBalanceWithMissingData() {
    Table t = Balances.table(Map.of(), DEC_31, Map.of());
    assertEquals(NAMES, t.stringColumn("balance").asList());
    for (int r = 0; r < t.rowCount(); r++) {
      assertEquals("missing_data", t.stringColumn("status").get(r));
      assertTrue(Double.isNaN(t.doubleColumn("left_value").getDouble(r)));
      assertTrue(Double.isNaN(t.doubleColumn("right_value").getDouble(r)));
    }
  }

  @Test
  void newCustomerRevenue_isRevenueInTheCustomersFirstMonth() {
    Table orders = TypedTable.of("orders", "order_id:S, order_date:D, amount:N, customer_id:S",
        "o1, 2023-05-02, 100, A",
        "o2, 2024-03-02, 50, A",
        "o3, 2024-02-02, 80, B",
        "r3, 2024-02-20, -10, B",
        "o4, 2024-06-02, 30, B",
        "g1, 2024-04-02, 999, ");
    Table t = Balances.table(Map.of(Dataset.ORDERS, orders), DEC_31, Map.of());
    assertEquals(70, value(t, "acquisition_vs_retention", "left_value"), 1e-9);
    assertEquals(80, value(t, "acquisition_vs_retention", "right_value"), 1e-9);
    assertEquals(-10.0 / 150, value(t, "acquisition_vs_retention", "index"), 1e-12);
    assertEquals("balanced", status(t, "acquisition_vs_retention"));
  }

  @Test
  void ordersWithoutProduct_leaveExplorationMissing() {
    Table orders = TypedTable.of("orders", "order_id:S, order_date:D, amount:N, customer_id:S",
        "o1, 2023-05-02, 100, A");
    Table t = Balances.table(Map.of(Dataset.ORDERS, orders), DEC_31, Map.of());
    assertEquals("missing_data", status(t, "exploration_vs_exploitation"));
  }

  @Test
  void dataStartingInsideTheWindow_leavesExplorationMissing() {
    Table orders = TypedTable.of("orders", "order_id:S, order_date:D, amount:N, customer_id:S, product:S",
        "o1, 2024-02-02, 100, A, P1");
    Table t = Balances.table(Map.of(Dataset.ORDERS, orders), DEC_31, Map.of());
    assertEquals("missing_data", status(t, "exploration_vs_exploitation"));
  }

  @Test
  void leverage_usesLatestMonthWithBothDebtAndEquity() {
    Table financials = TypedTable.of("financials", "period:D, total_debt:N, equity:N",
        "2024-10-01, 100, 400",
        "2024-11-01, 300, 100",
        "2024-12-01, 50, ",
        "2025-01-01, 1, 1");
    Table t = Balances.table(Map.of(Dataset.FINANCIALS, financials), DEC_31, Map.of());
    assertEquals(300, value(t, "leverage_vs_prudence", "left_value"));
    assertEquals(100, value(t, "leverage_vs_prudence", "right_value"));
    assertEquals(0.5, value(t, "leverage_vs_prudence", "index"), 1e-12);
    assertEquals("leans_left", status(t, "leverage_vs_prudence"));
    assertEquals("total debt (2024-11)", t.stringColumn("left_label").get(row(t, "leverage_vs_prudence")));
  }

  @Test
  void spells_giveGrowthVsChurnAndLifetime() {
    Table spells = TypedTable.of("customers", "customer_id:S, start_date:D, end_date:D",
        "X, 2023-06-01, 2024-03-01",
        "Y, 2023-01-01, ");
    Table t = Balances.table(Map.of(Dataset.CUSTOMERS, spells), DEC_31, Map.of());
    assertEquals(0, value(t, "growth_vs_churn", "left_value"));
    assertEquals(1, value(t, "growth_vs_churn", "right_value"));
    assertEquals("leans_right", status(t, "growth_vs_churn"));
    // Kaplan–Meier: X ends after 274 days, Y is censored at 730 days: S falls to 0.5 at 274 days.
    assertEquals(274 / (365.25 / 12), value(t, "short_vs_long_term", "right_value"), 1e-9);
    assertEquals("missing_data", status(t, "short_vs_long_term")); // no orders, no CAC payback
  }

  @Test
  void ordersOnlyLifetime_runsFromFirstToLastMonthOfPurchases() {
    Table orders = TypedTable.of("orders", "order_id:S, order_date:D, amount:N, customer_id:S",
        "a1, 2022-01-05, 10, A",
        "a2, 2022-03-05, 10, A",
        "b1, 2022-02-05, 10, B",
        "c1, 2024-11-05, 10, C");
    Table t = Balances.table(Map.of(Dataset.ORDERS, orders), DEC_31, Map.of());
    // A: 3 months, lapsed; B: 1 month, lapsed; C: censored at 1 month. KM: S(1) = 1 - 1/3, S(3) = 0.
    assertEquals(3, value(t, "short_vs_long_term", "right_value"));
  }
}
