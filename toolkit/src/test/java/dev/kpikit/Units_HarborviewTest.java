package dev.kpikit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

/**
 * What the harborview-bakeries README says a reader finds in the Units section: the struggling shop
 * flagged for its two reasons, the excellent one above the limits, the small kiosk outside the 95 %
 * but inside the 99.8 % limits (size, not trouble), and nothing else standing out.
 */
class Units_HarborviewTest {
  private static Table units;

  @BeforeAll
  static void compute() {
    Business b = Kpikit.open(Path.of("../data-samples/harborview-bakeries"));
    assertEquals("store", b.unitColumn(), "unit: store in its kpikit.yaml");
    units = b.by("store").table();
  }

  private static int row(String unit, String kpi) {
    for (int i = 0; i < units.rowCount(); i++) {
      if (units.getString(i, "unit").equals(unit) && units.getString(i, "kpi").equals(kpi)) {
        return i;
      }
    }
    throw new AssertionError("no " + kpi + " row for " + unit);
  }

  @Test
  void marketSquare_standsOutForItsStaffTurnoverAndItsDriftingRegulars() {
    int staff = row("market-square", "employee_turnover_rate");
    assertEquals("above_99_8", units.getString(staff, "flag"));
    assertTrue(units.getString(staff, "reason").contains("worse than the business, more than chance"), units.getString(staff, "reason"));
    assertEquals("worsening_3_periods", units.getString(row("market-square", "active_customers"), "trend"));
  }

  @Test
  void harborFront_isAboveTheLimitsForRepeatPurchases() {
    int r = row("harbor-front", "repeat_purchase_rate");
    assertEquals("above_99_8", units.getString(r, "flag"));
    assertEquals(1, units.intColumn("rank").get(r));
  }

  @Test
  void theKiosk_isBelowThe95PercentLimitsOnly_soItDoesNotStandOut() {
    int r = row("lighthouse-kiosk", "repeat_purchase_rate");
    assertEquals("below_95", units.getString(r, "flag"));
    assertEquals(43, units.longColumn("denominator").get(r));
    assertEquals(false, units.booleanColumn("standout").get(r));
  }

  @Test
  void onlyMarketSquareAndHarborFrontStandOut() {
    Set<String> standouts = new TreeSet<>();
    for (int i = 0; i < units.rowCount(); i++) {
      if (units.booleanColumn("standout").get(i)) {
        standouts.add(units.getString(i, "unit") + " " + units.getString(i, "kpi"));
      }
    }
    assertEquals(new TreeSet<>(List.of("harbor-front repeat_purchase_rate", "market-square active_customers",
        "market-square employee_turnover_rate")), standouts);
  }
}
