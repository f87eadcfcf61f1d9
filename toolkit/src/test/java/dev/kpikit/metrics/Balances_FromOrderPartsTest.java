package dev.kpikit.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kpikit.schema.Dataset;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * {@link Balances#fromOrderParts}: the order measures summed by hand give the table {@link
 * Balances#table} computes from the rows (TTM 2024-01..2024-12).
 */
class Balances_FromOrderPartsTest {
  private static final MetricOptions DEC_31 = MetricOptions.monthly(LocalDate.of(2024, 12, 31));

  // A: first bought 2023-03, back 2024-02 (11 months later: one run); B: new in 2024-05 with a
  // refund in the same month; a guest row; a row after as-of that no measure sees.
  private static final Table ORDERS = TypedTable.of("orders",
      "order_id:S, order_date:D, amount:N, customer_id:S, product:S",
      "o1, 2023-03-05, 100, A, P1",
      "o2, 2024-02-10, 50, A, P1",
      "o3, 2024-05-01, 80, B, P2",
      "o4, 2024-05-20, -10, B, P2",
      "o5, 2024-06-01, 30, , P1",
      "o6, 2025-01-05, 999, C, P3");

  private static Table lifetimes(int... timeEventsCensored) {
    int n = timeEventsCensored.length / 3;
    StringColumn segment = StringColumn.create("segment");
    IntColumn time = IntColumn.create("time");
    IntColumn events = IntColumn.create("events");
    IntColumn censored = IntColumn.create("censored");
    for (int i = 0; i < n; i++) {
      segment.append("ALL");
      time.append(timeEventsCensored[3 * i]);
      events.append(timeEventsCensored[3 * i + 1]);
      censored.append(timeEventsCensored[3 * i + 2]);
    }
    return Table.create("lifetimes", segment, time, events, censored);
  }

  @Test
  void handSummedPartsGiveTheTableOfTheRows() {
    OrderBalanceParts parts = new OrderBalanceParts(
        80 - 10, 50, // B's first month (refund included) vs A's return; the guest left out
        true, 80 - 10, 50 + 30, // P2 first sold in the TTM; P1 in 2023 (the guest's row counts)
        1, 0, // B gained in 2024-05; nobody's lapse (last month + 12) falls in 2024
        lifetimes(1, 0, 1, 12, 0, 1), // B: 1 month, A: 2023-03..2024-02 = 12 months, both censored
        null, null, // no region column
        2, 70, 50, // top 10 % of 2 buying customers is 1: B (70) vs A (50)
        false, 80 - 10 + 50 + 30, Double.NaN);
    double payback = Balances.paybackMonths(UnitEconomics.table(ORDERS, null, null, DEC_31));
    Table expected = Balances.table(Map.of(Dataset.ORDERS, ORDERS), DEC_31, Map.of());
    assertEquals(expected.print(), Balances.fromOrderParts(Map.of(), DEC_31, Map.of(), parts, payback).print());
  }

  @Test
  void regionsGiveTheTopRegionFirstOfEquals() {
    OrderBalanceParts parts = new OrderBalanceParts(0, 0, false, 0, 0, 0, 0, lifetimes(),
        new String[] {"east", "north", "west"}, new double[] {40, 60, 60}, 0, 0, 0, false, 160, Double.NaN);
    Table t = Balances.fromOrderParts(Map.of(), DEC_31, Map.of(), parts, Double.NaN);
    int row = Balances.NAMES.indexOf(Balances.CONCENTRATION_VS_SPREAD);
    assertEquals("revenue of the top region, north (TTM)", t.stringColumn("left_label").get(row));
    assertEquals(60, t.doubleColumn("left_value").getDouble(row));
    assertEquals(100, t.doubleColumn("right_value").getDouble(row));
  }
}
