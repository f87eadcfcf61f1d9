package dev.kpikit.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

/** The one rule for a spell and for a customer's attribute at a date ({@link Spells}). */
class SpellsTest {
  private static final String HEADER = "customer_id:S, start_date:D, end_date:D, mrr:N, channel:S";
  private static final LocalDate JUNE_END = LocalDate.of(2024, 6, 30);

  private static Table customers(String... rows) {
    return TypedTable.of("customers", HEADER, rows);
  }

  @Test
  void aSpellEndingOnOrBeforeItsStart_isNeverActive() {
    assertFalse(Spells.everActive(10, 10));
    assertFalse(Spells.everActive(10, 9));
    assertTrue(Spells.everActive(10, 11));
    assertTrue(Spells.everActive(10, Spells.OPEN));
  }

  @Test
  void attribute_isTheEarliestSpells_notTheFirstInFileOrder() {
    Table t = customers("c1, 2024-05-01, , 10, organic", "c1, 2024-03-01, 2024-05-01, 10, paid");
    assertEquals(Map.of("c1", "paid"), Spells.attributeAt(t, "channel", JUNE_END));
  }

  @Test
  void attribute_tiesOnStartGoToTheRowFirstInTheFile() {
    Table t = customers("c1, 2024-03-01, , 10, organic", "c1, 2024-03-01, , 5, paid");
    assertEquals(Map.of("c1", "organic"), Spells.attributeAt(t, "channel", JUNE_END));
  }

  @Test
  void attribute_skipsSpellsStartingAfterTheDate() {
    Table t = customers("c1, 2024-07-01, , 10, paid", "c1, 2024-04-01, , 10, organic");
    assertEquals(Map.of("c1", "organic"), Spells.attributeAt(t, "channel", JUNE_END));
    assertEquals(Map.of("c1", "organic"), Spells.attributeAt(t, "channel", LocalDate.of(2024, 12, 31)));
    assertEquals(Map.of(), Spells.attributeAt(t, "channel", LocalDate.of(2024, 3, 31)));
  }

  @Test
  void attribute_skipsNeverActiveSpells() {
    Table t = customers("c1, 2024-02-01, 2024-02-01, 10, partner", "c1, 2024-03-01, , 10, paid");
    assertEquals(Map.of("c1", "paid"), Spells.attributeAt(t, "channel", JUNE_END));
  }

  @Test
  void aBlankValueOnTheEarliestSpell_isNoValue_evenWhenALaterSpellHasOne() {
    Table t = customers("c1, 2024-01-01, , 10, ", "c1, 2024-03-01, , 10, paid", "c2, 2024-01-01, , 10, web");
    assertEquals(Map.of("c2", "web"), Spells.attributeAt(t, "channel", JUNE_END));
  }

  @Test
  void withoutStartDates_fileOrderDecides() {
    Table t = TypedTable.of("customers", "customer_id:S, channel:S", "c1, paid", "c1, organic");
    assertEquals(Map.of("c1", "paid"), Spells.attributeAt(t, "channel", JUNE_END));
  }

  /**
   * The bug this rule fixed: orders took the first channel in file order, the subscription tables
   * the earliest spell's, so one customer could be in two channels.
   */
  @Test
  void orderAndSubscriptionTables_putACustomerInTheSameChannel() {
    Table spells = customers("c1, 2024-05-01, , 10, organic", "c1, 2024-03-01, 2024-05-01, 10, paid");
    Table orders =
        TypedTable.of(
            "orders",
            "order_id:S, order_date:D, customer_id:S, amount:N, channel:S",
            "o1, 2024-03-02, c1, 10, web");
    MetricOptions byChannel = MetricOptions.monthly(JUNE_END).withBy("channel");
    Table newCustomers = NewCustomers.table(orders, spells, MetricOptions.monthly(JUNE_END));
    Table mrr = MrrMovements.table(spells, byChannel);
    int march = mrr.stringColumn("month").indexOf("2024-03");
    assertEquals(List.of("paid"), mrr.where(mrr.stringColumn("month").isEqualTo("2024-03")).stringColumn("channel").asList());
    assertEquals(10.0, mrr.doubleColumn("new").getDouble(march));
    Table acquired =
        newCustomers.where(
            newCustomers.intColumn("new_customers").isGreaterThan(0).and(newCustomers.stringColumn("channel").isNotEqualTo("ALL")));
    assertEquals(List.of("paid"), acquired.stringColumn("channel").asList(), newCustomers.print());
  }
}
