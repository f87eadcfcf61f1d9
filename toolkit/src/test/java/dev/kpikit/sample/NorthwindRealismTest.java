package dev.kpikit.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Northwind Coffee has what its metrics need: the guards of DESIGN §4 on realistic data. */
class NorthwindRealismTest {
  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
  private static final int ORDER_ID = 0;
  private static final int DATE = 1;
  private static final int CUSTOMER = 2;
  private static final int SKU = 5;
  private static final int AMOUNT = 7;

  @TempDir static Path tmp;
  private static List<List<String>> orders;

  @BeforeAll
  static void generate() throws IOException {
    SampleBusiness.NORTHWIND_COFFEE.write(tmp, SampleOptions.DEFAULT.withClean(true));
    orders = SampleCsv.wellFormedRows(tmp.resolve("orders.csv"));
  }

  @Test
  void everyMonth_hasOrders() {
    Set<YearMonth> months = new HashSet<>();
    orders.forEach(r -> months.add(businessMonth(r.get(DATE))));

    assertEquals(36, months.size());
  }

  @Test
  void refunds_areFewButPresent() {
    long refunds = orders.stream().filter(r -> r.get(AMOUNT).startsWith("-")).count();

    assertTrue(refunds > 0 && refunds < orders.size() * 0.05, refunds + " refund rows");
  }

  @Test
  void guestCheckouts_haveNoCustomerId() {
    long guests = orders.stream().filter(r -> r.get(CUSTOMER).isEmpty()).count();

    assertTrue(guests > orders.size() * 0.02, guests + " guest rows");
  }

  @Test
  void someCustomersRepeat_butNotAll() {
    Map<String, Set<String>> ordersByCustomer = new HashMap<>();
    for (List<String> r : orders) {
      if (!r.get(CUSTOMER).isEmpty() && !r.get(AMOUNT).startsWith("-")) {
        ordersByCustomer
            .computeIfAbsent(r.get(CUSTOMER), c -> new HashSet<>())
            .add(r.get(ORDER_ID));
      }
    }
    long repeaters = ordersByCustomer.values().stream().filter(o -> o.size() >= 2).count();
    double repeatRate = (double) repeaters / ordersByCustomer.size();

    assertTrue(repeatRate > 0.25 && repeatRate < 0.8, "repeat purchase rate " + repeatRate);
  }

  @Test
  void someDateTimes_belongToAnotherMonthThanTheirText() {
    long moved =
        orders.stream()
            .map(r -> r.get(DATE))
            .filter(d -> d.length() > 10)
            .filter(d -> !YearMonth.parse(d.substring(0, 7)).equals(businessMonth(d)))
            .count();

    assertTrue(moved > 0);
  }

  @Test
  void twelveProducts_areFirstSoldInTheLastYear() {
    Map<String, YearMonth> firstSold = new HashMap<>();
    orders.forEach(
        r ->
            firstSold.merge(
                r.get(SKU), businessMonth(r.get(DATE)), (a, b) -> a.isBefore(b) ? a : b));
    long launched = firstSold.values().stream().filter(m -> m.getYear() == 2025).count();

    assertEquals(40, firstSold.size());
    assertEquals(12, launched);
  }

  @Test
  void financialRevenue_equalsOrderRevenuePerBusinessMonth() {
    Map<YearMonth, Double> fromOrders = new TreeMap<>();
    orders.forEach(
        r ->
            fromOrders.merge(
                businessMonth(r.get(DATE)), Double.parseDouble(r.get(AMOUNT)), Double::sum));

    for (List<String> f : SampleCsv.wellFormedRows(tmp.resolve("financials.csv"))) {
      double revenue = Double.parseDouble(f.get(1));
      assertEquals(revenue, fromOrders.get(YearMonth.parse(f.get(0))), 0.01, f.get(0));
    }
  }

  private static YearMonth businessMonth(String date) {
    if (date.length() == 10) {
      return YearMonth.parse(date.substring(0, 7));
    }
    return YearMonth.from(OffsetDateTime.parse(date).atZoneSameInstant(NEW_YORK));
  }
}
