package dev.kpikit.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kpikit.sample.BakeryShops.Shop;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Harborview Bakeries tells the story its README promises, read back from the files alone: one
 * excellent shop, one struggling, one new, shared marketing, per-shop stock and staff.
 */
class HarborviewRealismTest {
  private static final int ORDER_ID = 0;
  private static final int DATE = 1;
  private static final int CUSTOMER = 2;
  private static final int STORE = 3;
  private static final int AMOUNT = 7;
  private static final List<String> SHOP_NAMES = BakeryShops.SHOPS.stream().map(Shop::name).toList();

  @TempDir static Path tmp;
  private static List<List<String>> orders;

  @BeforeAll
  static void generate() throws IOException {
    SampleBusiness.HARBORVIEW_BAKERIES.write(tmp, SampleOptions.DEFAULT.withClean(true));
    orders = SampleCsv.wellFormedRows(tmp.resolve("orders.csv"));
  }

  @Test
  void everyOrder_namesOneOfTheEightShops() {
    Set<String> stores = new HashSet<>();
    orders.forEach(r -> stores.add(r.get(STORE)));

    assertEquals(8, SHOP_NAMES.size());
    assertEquals(new HashSet<>(SHOP_NAMES), stores);
  }

  @Test
  void marketingIsShared_stockAndStaffBelongToAShop() {
    assertFalse(header("marketing_spend.csv").contains("store"));
    assertTrue(header("inventory.csv").contains("store"));
    assertTrue(header("employees.csv").contains("store"));
  }

  @Test
  void eachShop_firstSellsInItsOpeningMonth_theNewOneInOctober2025() {
    Map<String, LocalDate> first = new HashMap<>();
    orders.forEach(r -> first.merge(r.get(STORE), LocalDate.parse(r.get(DATE)), (a, b) -> a.isBefore(b) ? a : b));

    for (Shop s : BakeryShops.SHOPS) {
      YearMonth opened = SampleCalendar.INSTANCE.yearMonth(Math.max(0, s.openedMonth()));
      assertEquals(opened, YearMonth.from(first.get(s.name())), s.name());
    }
    assertEquals(YearMonth.of(2025, 10), YearMonth.from(first.get(BakeryShops.NEW)));
  }

  @Test
  void cardCustomers_eachBuyInOneShop() {
    Map<String, String> shopOf = new HashMap<>();
    for (List<String> r : orders) {
      if (!r.get(CUSTOMER).isEmpty()) {
        String before = shopOf.putIfAbsent(r.get(CUSTOMER), r.get(STORE));
        assertTrue(before == null || before.equals(r.get(STORE)), r.toString());
      }
    }
  }

  @Test
  void strugglingShop_revenueFallsEveryQuarterOf2025_whileEveryOtherShopGrowsInQ4() {
    Map<String, double[]> quarters = new HashMap<>();
    for (List<String> r : orders) {
      LocalDate d = LocalDate.parse(r.get(DATE));
      if (d.getYear() == 2025) {
        double[] q = quarters.computeIfAbsent(r.get(STORE), s -> new double[4]);
        q[(d.getMonthValue() - 1) / 3] += Double.parseDouble(r.get(AMOUNT));
      }
    }

    double[] struggling = quarters.get(BakeryShops.STRUGGLING);
    for (int q = 1; q < 4; q++) {
      assertTrue(struggling[q] < struggling[q - 1], "Q" + (q + 1) + " " + struggling[q]);
    }
    for (String shop : SHOP_NAMES) {
      double[] q = quarters.get(shop);
      if (!shop.equals(BakeryShops.STRUGGLING) && !shop.equals(BakeryShops.NEW)) {
        assertTrue(q[3] > q[2], shop + " Q3 " + q[2] + ", Q4 " + q[3]);
      }
    }
  }

  @Test
  void strugglingShop_loses2025StaffAtMoreThanThreeTimesTheOtherShopsRate() {
    Map<String, int[]> leaversAndPostMonths = new TreeMap<>();
    for (List<String> e : SampleCsv.wellFormedRows(tmp.resolve("employees.csv"))) {
      LocalDate hired = LocalDate.parse(e.get(1));
      LocalDate left = e.get(2).isEmpty() ? null : LocalDate.parse(e.get(2));
      int[] counts = leaversAndPostMonths.computeIfAbsent(e.get(5), s -> new int[2]);
      if (left != null && left.getYear() == 2025) {
        counts[0]++;
      }
      for (int month = 1; month <= 12; month++) {
        LocalDate mid = LocalDate.of(2025, month, 15);
        counts[1] += !hired.isAfter(mid) && (left == null || left.isAfter(mid)) ? 1 : 0;
      }
    }
    int[] struggling = leaversAndPostMonths.remove(BakeryShops.STRUGGLING);
    int otherLeavers = leaversAndPostMonths.values().stream().mapToInt(c -> c[0]).sum();
    int otherPostMonths = leaversAndPostMonths.values().stream().mapToInt(c -> c[1]).sum();

    double ratio = ((double) struggling[0] / struggling[1]) / ((double) otherLeavers / otherPostMonths);

    assertTrue(ratio > 3, "leavers per post-month, struggling / others: " + ratio);
  }

  @Test
  void excellentShop_hasTheHighestRepeatRate_andTheFullestReceipts() {
    Map<String, Set<String>> receiptsOf = new HashMap<>();
    Map<String, String> shopOf = new HashMap<>();
    Map<String, Set<String>> receiptsByShop = new HashMap<>();
    Map<String, Double> revenueByShop = new HashMap<>();
    for (List<String> r : orders) {
      double amount = Double.parseDouble(r.get(AMOUNT));
      revenueByShop.merge(r.get(STORE), amount, Double::sum);
      if (amount > 0) {
        receiptsByShop.computeIfAbsent(r.get(STORE), s -> new HashSet<>()).add(r.get(ORDER_ID));
        if (!r.get(CUSTOMER).isEmpty()) {
          receiptsOf.computeIfAbsent(r.get(CUSTOMER), c -> new HashSet<>()).add(r.get(ORDER_ID));
          shopOf.put(r.get(CUSTOMER), r.get(STORE));
        }
      }
    }
    Map<String, int[]> repeatAndAll = new HashMap<>();
    receiptsOf.forEach(
        (c, receipts) -> {
          int[] counts = repeatAndAll.computeIfAbsent(shopOf.get(c), s -> new int[2]);
          counts[0] += receipts.size() >= 2 ? 1 : 0;
          counts[1]++;
        });

    String bestRepeat = null;
    String bestAov = null;
    for (String shop : SHOP_NAMES) {
      double repeat = (double) repeatAndAll.get(shop)[0] / repeatAndAll.get(shop)[1];
      double aov = revenueByShop.get(shop) / receiptsByShop.get(shop).size();
      if (bestRepeat == null || repeat > rate(repeatAndAll.get(bestRepeat))) {
        bestRepeat = shop;
      }
      if (bestAov == null || aov > revenueByShop.get(bestAov) / receiptsByShop.get(bestAov).size()) {
        bestAov = shop;
      }
    }
    assertEquals(BakeryShops.EXCELLENT, bestRepeat);
    assertEquals(BakeryShops.EXCELLENT, bestAov);
  }

  private static double rate(int[] repeatAndAll) {
    return (double) repeatAndAll[0] / repeatAndAll[1];
  }

  private static List<String> header(String file) {
    return SampleCsv.read(tmp.resolve(file)).get(0);
  }
}
