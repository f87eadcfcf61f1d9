package dev.kpikit.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kpikit.metrics.Grain;
import dev.kpikit.metrics.MetricOptions;
import dev.kpikit.metrics.NewCustomerCounts;
import dev.kpikit.metrics.NotComputableException;
import dev.kpikit.metrics.Periods;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * {@link ClusterCustomers} on a hand-made orders table (reading order = row order), as-of
 * 2024-03-31, split by region:
 *
 * <pre>
 * row customer channel region  date        amount
 *  0  A        ads     north   2024-01-10   50
 *  1  A        email   south   2024-01-05   20    A: first positive row (earliest date)
 *  2  B        ads     north   2024-02-01  -10    refund before B's first purchase
 *  3  B        organic east    2024-02-03   30    B: same day as row 4, earlier in reading order
 *  4  B        ads     west    2024-02-03   40
 *  5  C        ads     north   2024-01-01   -5    C: only a refund and a zero row
 *  6  C        ads     north   2024-01-02    0
 *  7  (guest)  ads     north   2024-01-03   99
 *  8  D        -       -       2024-03-15   10    D: channel and region missing
 *  9  E        ads     north   2024-04-02   25    E: only after as-of
 * 10  D        ads     north   2024-04-01    5    after as-of
 * 11  F        ads     north   2024-03-20   15    F: the customers table says partner
 * 12  G        ads     north   2024-05-01    8    G: its purchase is after as-of,
 * 13  G        ads     north   2024-03-01   -3       its refund before
 * </pre>
 *
 * Customer spells: F from 2024-03-01 on partner; A from 2024-01-01 without a channel; B from
 * 2024-04-15 (after as-of) on late.
 */
class ClusterCustomersTest {
  private static final LocalDate AS_OF = LocalDate.of(2024, 3, 31);
  private static final MetricOptions BY_REGION = MetricOptions.monthly(AS_OF).withBy("region");

  private static Table orders() {
    String[][] rows = {
      {"A", "ads", "north", "2024-01-10", "50"},
      {"A", "email", "south", "2024-01-05", "20"},
      {"B", "ads", "north", "2024-02-01", "-10"},
      {"B", "organic", "east", "2024-02-03", "30"},
      {"B", "ads", "west", "2024-02-03", "40"},
      {"C", "ads", "north", "2024-01-01", "-5"},
      {"C", "ads", "north", "2024-01-02", "0"},
      {null, "ads", "north", "2024-01-03", "99"},
      {"D", null, null, "2024-03-15", "10"},
      {"E", "ads", "north", "2024-04-02", "25"},
      {"D", "ads", "north", "2024-04-01", "5"},
      {"F", "ads", "north", "2024-03-20", "15"},
      {"G", "ads", "north", "2024-05-01", "8"},
      {"G", "ads", "north", "2024-03-01", "-3"},
    };
    StringColumn id = StringColumn.create("order_id");
    DateColumn date = DateColumn.create("order_date");
    StringColumn customer = StringColumn.create("customer_id");
    StringColumn channel = StringColumn.create("channel");
    StringColumn region = StringColumn.create("region");
    DoubleColumn amount = DoubleColumn.create("amount");
    for (int r = 0; r < rows.length; r++) {
      id.append("o" + r);
      customer.append(rows[r][0] == null ? "" : rows[r][0]);
      channel.append(rows[r][1] == null ? "" : rows[r][1]);
      region.append(rows[r][2] == null ? "" : rows[r][2]);
      date.append(LocalDate.parse(rows[r][3]));
      amount.append(Double.parseDouble(rows[r][4]));
    }
    return Table.create("orders", id, date, customer, channel, region, amount);
  }

  private static Table spells() {
    StringColumn customer = StringColumn.create("customer_id", "F", "A", "B");
    DateColumn start = DateColumn.create("start_date",
        LocalDate.of(2024, 3, 1), LocalDate.of(2024, 1, 1), LocalDate.of(2024, 4, 15));
    StringColumn channel = StringColumn.create("channel", "partner", "", "late");
    return Table.create("customers", customer, start, channel);
  }

  private static ClusterCustomers customers(Table spells, MetricOptions options) {
    return ClusterCustomers.of(ClusterOrdersFixture.of(SharedSpark.get(), orders()), spells, options);
  }

  /** @return customer_id to its row: first_date, cohort, acquisition_channel, dimension */
  private static Map<String, Row> byId(ClusterCustomers customers) {
    Map<String, Row> out = new TreeMap<>();
    for (Row r : customers.customers().collectAsList()) {
      out.put(r.getString(r.fieldIndex(ClusterCustomers.CUSTOMER_ID)), r);
    }
    return out;
  }

  private static String text(Row r, String column) {
    return r.getString(r.fieldIndex(column));
  }

  private static int month(String date) {
    return Periods.MONTHLY.index(LocalDate.parse(date));
  }

  @Test
  void onlyCustomersWithAPositiveRowUpToAsOfHaveACohort() {
    // C has a refund and a zero row, E and G buy only after as-of, the guest is no customer
    assertEquals(java.util.Set.of("A", "B", "D", "F"), byId(customers(spells(), BY_REGION)).keySet());
  }

  @Test
  void theFirstPositiveRowIsTheEarliestDated() {
    Row a = byId(customers(null, BY_REGION)).get("A");
    assertEquals(java.sql.Date.valueOf("2024-01-05"), a.getDate(a.fieldIndex(ClusterCustomers.FIRST_DATE)));
    assertEquals(month("2024-01-05"), a.getInt(a.fieldIndex(ClusterCustomers.COHORT)));
    assertEquals("email", text(a, ClusterCustomers.CHANNEL));
    assertEquals("south", text(a, ClusterCustomers.DIMENSION));
  }

  @Test
  void aSameDayTieGoesToTheRowReadFirstAndEarlierRefundsDoNotCount() {
    Row b = byId(customers(null, BY_REGION)).get("B");
    assertEquals(month("2024-02-03"), b.getInt(b.fieldIndex(ClusterCustomers.COHORT)));
    assertEquals("organic", text(b, ClusterCustomers.CHANNEL));
    assertEquals("east", text(b, ClusterCustomers.DIMENSION));
  }

  @Test
  void missingChannelAndDimensionAreLabelledMissingAndRowsAfterAsOfIgnored() {
    Row d = byId(customers(null, BY_REGION)).get("D");
    assertEquals(NewCustomerCounts.MISSING, text(d, ClusterCustomers.CHANNEL));
    assertEquals(NewCustomerCounts.MISSING, text(d, ClusterCustomers.DIMENSION));
    assertEquals(month("2024-03-15"), d.getInt(d.fieldIndex(ClusterCustomers.COHORT)));
  }

  @Test
  void theCustomersTableOverridesTheAcquisitionChannelButNotTheDimension() {
    Map<String, Row> customers = byId(customers(spells(), BY_REGION));
    assertEquals("partner", text(customers.get("F"), ClusterCustomers.CHANNEL));
    assertEquals("north", text(customers.get("F"), ClusterCustomers.DIMENSION));
    assertEquals("email", text(customers.get("A"), ClusterCustomers.CHANNEL), "a spell without a channel keeps the order's");
    assertEquals("organic", text(customers.get("B"), ClusterCustomers.CHANNEL), "a spell starting after as-of gives none");
  }

  @Test
  void withoutASplitTheDimensionIsEmpty() {
    for (Row r : customers(null, MetricOptions.monthly(AS_OF)).customers().collectAsList()) {
      assertEquals("", text(r, ClusterCustomers.DIMENSION));
    }
  }

  @Test
  void cohortsArePeriodsOfTheOptionsGrainAndFiscalYear() {
    Periods fiscalQuarters = Periods.of(Grain.QUARTER, 2);
    MetricOptions quarterly = new MetricOptions(fiscalQuarters, AS_OF, null);
    Map<String, Row> customers = byId(customers(null, quarterly));
    // quarters from February: A (January) is in the quarter before B's and D's (February, March)
    int a = customers.get("A").getInt(customers.get("A").fieldIndex(ClusterCustomers.COHORT));
    int b = customers.get("B").getInt(customers.get("B").fieldIndex(ClusterCustomers.COHORT));
    int d = customers.get("D").getInt(customers.get("D").fieldIndex(ClusterCustomers.COHORT));
    assertEquals(a + 1, b);
    assertEquals(b, d);
    assertEquals("FY2024-Q4", fiscalQuarters.label(a));
  }

  @Test
  void keptRowsAreThoseUpToAsOfGuestsIncluded() {
    ClusterCustomers customers = customers(null, BY_REGION);
    assertEquals(11, customers.rows().count(), "rows 9, 10 and 12 are after as-of");
    assertEquals(1, customers.rows().filter(org.apache.spark.sql.functions.col(ClusterCustomers.CUSTOMER_ID).isNull()).count());
  }

  @Test
  void customerRowsCarryTheirCustomersCohortChannelAndDimension() {
    // B's rows: the refund (2024-02-01) and both purchases, all with B's cohort, organic, east
    java.util.List<Row> b = customers(null, BY_REGION).customerRows()
        .filter(org.apache.spark.sql.functions.col(ClusterCustomers.CUSTOMER_ID).equalTo("B")).collectAsList();
    assertEquals(3, b.size());
    double total = 0;
    for (Row r : b) {
      assertEquals("organic", text(r, ClusterCustomers.CHANNEL));
      assertEquals("east", text(r, ClusterCustomers.DIMENSION));
      total += r.getDouble(r.fieldIndex(ClusterCustomers.AMOUNT));
    }
    assertEquals(-10 + 30 + 40, total);
  }

  @Test
  void newCustomerCountsGroupCustomersByCohortDimensionAndChannel() {
    ClusterCustomers customers = customers(spells(), MetricOptions.monthly(AS_OF));
    assertTrue(customers.hasChannels());
    Table counts = dev.kpikit.metrics.NewCustomers.table(customers.newCustomerCounts());
    // March: D (missing) and F (partner); ALL = 2
    Table march = counts.where(counts.stringColumn("month").isEqualTo("2024-03"));
    assertEquals(2, march.where(march.stringColumn("channel").isEqualTo("ALL")).intColumn("new_customers").get(0));
    assertEquals(1, march.where(march.stringColumn("channel").isEqualTo("partner")).intColumn("new_customers").get(0));
  }

  @Test
  void theCountsGiveTheLocalEnginesNewCustomersTable() {
    for (MetricOptions options : new MetricOptions[] {MetricOptions.monthly(AS_OF), BY_REGION}) {
      SameRun.assertSameTable("new_customers_monthly",
          dev.kpikit.metrics.NewCustomers.table(orders(), spells(), options),
          dev.kpikit.metrics.NewCustomers.table(customers(spells(), options).newCustomerCounts()));
    }
  }

  @Test
  void withoutAnyChannelColumnChannelsAreUnknown() {
    Table noChannel = orders().removeColumns("channel");
    ClusterCustomers customers = ClusterCustomers.of(
        ClusterOrdersFixture.of(SharedSpark.get(), noChannel), null, MetricOptions.monthly(AS_OF));
    assertFalse(customers.hasChannels());
    for (Row r : customers.customers().collectAsList()) {
      assertEquals(NewCustomerCounts.MISSING, text(r, ClusterCustomers.CHANNEL));
    }
  }

  @Test
  void aSplitColumnTheOrdersLackIsRefused() {
    NotComputableException e = assertThrows(NotComputableException.class,
        () -> customers(null, MetricOptions.monthly(AS_OF).withBy("store")));
    assertEquals("order metrics cannot be split by store: orders has no store column", e.getMessage());
  }
}
