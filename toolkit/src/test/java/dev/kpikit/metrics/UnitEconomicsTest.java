package dev.kpikit.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

/** Hand-checked fixtures for {@code unit_economics}; the window is 2024-01..2024-12. */
class UnitEconomicsTest {
  static final MetricOptions DEC_31 = MetricOptions.monthly(LocalDate.of(2024, 12, 31));

  /** One ads customer ordering in January and February 2024 (100 each, cost 60 each). */
  static Table twoOrders() {
    return TypedTable.of("orders", "order_id:S, order_date:D, amount:N, cost:N, customer_id:S, channel:S",
        "o1, 2024-01-10, 100, 60, A, ads",
        "o2, 2024-02-10, 100, 60, A, ads");
  }

  static Table adsSpend(String amount) {
    return TypedTable.of("marketing_spend", "period:D, channel:S, spend:N", "2024-01-01, ads, " + amount);
  }

  private static double cell(Table t, String column, int row) {
    return t.doubleColumn(column).getDouble(row);
  }

  @Test
  void customerBaseOfOrdersOnlyBusiness_givesArpaMarginCacPaybackAndCohortLtv() {
    Table t = UnitEconomics.table(twoOrders(), null, adsSpend("50"), DEC_31);
    assertEquals(List.of("ALL", "ads"), t.stringColumn("channel").asList());
    // In the base from the end of January: 11 months at the start (Feb..Dec), gained 1, lost 0,
    // so 11 + (1 - 0) / 2 = 11.5 average customer-months.
    double arpa = 200 / 11.5;
    for (int row = 0; row < 2; row++) {
      assertEquals(50, cell(t, "cac", row), 1e-12);
      assertEquals(arpa, cell(t, "arpa", row), 1e-12);
      assertEquals(0.4, cell(t, "gross_margin_pct", row), 1e-12);
      assertEquals(50 / (arpa * 0.4), cell(t, "cac_payback_months", row), 1e-12);
      assertEquals(80, cell(t, "ltv_cohort", row), 1e-12); // cohort 2024-01 is 12 months old
    }
  }

  @Test
  void noCustomerLostWhileOneCouldHaveLapsed_givesZeroChurnAndMissingLtv() {
    // Orders from 2023-12: by 2024-12 a customer could have gone 12 months without an order.
    Table orders = TypedTable.of("orders", "order_id:S, order_date:D, amount:N, cost:N, customer_id:S, channel:S",
        "o0, 2023-12-05, 100, 60, A, ads",
        "o1, 2024-01-10, 100, 60, A, ads",
        "o2, 2024-02-10, 100, 60, A, ads");
    Table t = UnitEconomics.table(orders, null, adsSpend("50"), DEC_31);
    assertEquals(0, cell(t, "churn_rate", 0));
    assertTrue(Double.isNaN(cell(t, "ltv", 0)));
    assertTrue(Double.isNaN(cell(t, "ltv_cac", 0)));
  }

  @Test
  void ordersHistoryShorterThanTheLapse_givesMissingChurnNotZero() {
    // First order 2024-01, window 2024-01..2024-12: nobody can have lapsed 12 months yet.
    Table t = UnitEconomics.table(twoOrders(), null, adsSpend("50"), DEC_31);
    assertTrue(Double.isNaN(cell(t, "churn_rate", 0)));
    assertTrue(Double.isNaN(cell(t, "ltv", 0)));
    assertEquals(200 / 11.5, cell(t, "arpa", 0), 1e-12); // ARPA does not need a loss
  }

  @Test
  void ordersWithoutAnyChannelColumn_giveTheAllRowOnly() {
    Table orders = TypedTable.of("orders", "order_id:S, order_date:D, amount:N, customer_id:S",
        "o1, 2024-01-10, 100, A",
        "o2, 2024-02-10, 100, B");
    Table t = UnitEconomics.table(orders, null, null, DEC_31);
    assertEquals(List.of("ALL"), t.stringColumn("channel").asList());
  }

  @Test
  void noSpendTable_givesMissingCacAndPayback() {
    Table t = UnitEconomics.table(twoOrders(), null, null, DEC_31);
    assertTrue(Double.isNaN(cell(t, "cac", 0)));
    assertTrue(Double.isNaN(cell(t, "cac_payback_months", 0)));
    assertEquals(0.4, cell(t, "gross_margin_pct", 0), 1e-12);
  }

  @Test
  void cohortYoungerThanTwelveMonths_givesMissingCohortLtv() {
    Table t = UnitEconomics.table(twoOrders(), null, null, MetricOptions.monthly(LocalDate.of(2024, 11, 30)));
    assertTrue(Double.isNaN(cell(t, "ltv_cohort", 0)));
  }

  @Test
  void customerLapsedTwelveMonthsInsideWindow_countsAsLost() {
    Table orders = TypedTable.of("orders", "order_id:S, order_date:D, amount:N, cost:N, customer_id:S, channel:S",
        "o1, 2023-03-15, 100, 60, A, ads",
        "o2, 2024-01-10, 100, 60, B, ads");
    Table t = UnitEconomics.table(orders, null, null, DEC_31);
    // A: in the base at the start of Jan..Mar 2024 (ordered in 2023-03), lost in 2024-03.
    // B: gained in January, in the base at the start of Feb..Dec (11 months).
    assertEquals(1.0 / (3 + 11), cell(t, "churn_rate", 0), 1e-12);
  }

  @Test
  void subscriptionSpells_giveChurnPerSpellChannel() {
    Table spells = TypedTable.of("customers", "customer_id:S, start_date:D, end_date:D, channel:S",
        "X, 2023-06-01, 2024-03-01, ads",
        "Y, 2023-01-01, , ads");
    Table orders = TypedTable.of("orders", "order_id:S, order_date:D, amount:N, customer_id:S",
        "o1, 2024-05-01, 10, Y");
    Table t = UnitEconomics.table(orders, spells, null, DEC_31);
    assertEquals(List.of("ALL", "ads"), t.stringColumn("channel").asList());
    // Customers at the start of Jan, Feb, Mar: 2 each; Apr..Dec: 1 each; X churns in March.
    assertEquals(1.0 / (3 * 2 + 9), cell(t, "churn_rate", 0), 1e-12);
    assertEquals(1.0 / (3 * 2 + 9), cell(t, "churn_rate", 1), 1e-12);
  }

  @Test
  void emptyOrders_giveEmptyTableWithColumns() {
    Table t = UnitEconomics.table(twoOrders().emptyCopy(), null, null, DEC_31);
    assertEquals(0, t.rowCount());
    assertEquals(List.of("channel", "cac", "arpa", "gross_margin_pct", "churn_rate", "ltv", "ltv_cac",
        "cac_payback_months", "ltv_cohort"), t.columnNames());
  }
}
