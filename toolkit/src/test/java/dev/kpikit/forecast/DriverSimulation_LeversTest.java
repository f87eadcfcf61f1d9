package dev.kpikit.forecast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kpikit.DriverFit;
import dev.kpikit.Kpikit;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The levers move the simulated business in the direction they must, on both sample businesses. */
class DriverSimulation_LeversTest {
  private static final int PATHS = 4_000;
  private static final int HORIZON = 24;
  private static DriverModel coffee;
  private static DriverModel saas;

  @BeforeAll
  static void fit() {
    coffee = DriverFit.fit(Kpikit.open(Path.of("../data-samples/northwind-coffee")));
    saas = DriverFit.fit(Kpikit.open(Path.of("../data-samples/cloudnote-saas")));
  }

  private static SimulatedPaths run(DriverModel model, Scenario s) {
    return new DriverSimulation(model, PATHS, 5).run(s, HORIZON);
  }

  private static void assertNeverBelow(PredictiveQuantiles lower, PredictiveQuantiles higher, String what) {
    for (double level : PredictiveQuantiles.LEVELS) {
      double[] lo = lower.quantile(level);
      double[] hi = higher.quantile(level);
      for (int t = 0; t < lo.length; t++) {
        assertTrue(hi[t] >= lo[t], what + ": quantile " + level + " of month " + (t + 1) + " fell: " + hi[t] + " < " + lo[t]);
      }
    }
  }

  @Test
  void lowerChurnNeverLowersActiveCustomersMrrOrRevenueOfASubscriptionBusiness() {
    SimulatedPaths base = run(saas, Scenario.base());
    SimulatedPaths lower = run(saas, Scenario.of("lower_churn", Map.of("churn_rate", "-1pp")));
    for (String metric : new String[] {"active_customers", "mrr", "revenue"}) {
      assertNeverBelow(base.quantiles(metric), lower.quantiles(metric), metric);
    }
    double[][] b = base.of("active_customers");
    double[][] l = lower.of("active_customers");
    for (int p = 0; p < PATHS; p++) {
      for (int t = 0; t < HORIZON; t++) {
        assertTrue(l[p][t] >= b[p][t], "path " + p + " month " + (t + 1));
      }
    }
    assertTrue(lower.quantiles("active_customers").median()[HORIZON - 1]
        > base.quantiles("active_customers").median()[HORIZON - 1] + 100, "1pp less churn keeps over 100 more accounts in 2 years");
  }

  @Test
  void lowerChurnNeverLowersTheMedianPathOfAnOrderBusiness() {
    SimulatedPaths base = run(coffee, Scenario.base());
    SimulatedPaths lower = run(coffee, Scenario.of("lower_churn", Map.of("churn_rate", "-1pp")));
    double[] b = base.quantiles("active_customers").median();
    double[] l = lower.quantiles("active_customers").median();
    for (int t = 0; t < HORIZON; t++) {
      assertTrue(l[t] >= b[t], "month " + (t + 1));
    }
    assertTrue(l[HORIZON - 1] > b[HORIZON - 1]);
    assertNeverBelow(base.quantiles("revenue"), lower.quantiles("revenue"), "revenue");
  }

  @Test
  void moreSpendOnAChannelWithFiniteCacNeverLowersNewCustomers() {
    for (DriverModel model : new DriverModel[] {coffee, saas}) {
      Acquisition paid = model.channels().stream().filter(c -> c.channel().equals("paid_search")).findFirst().orElseThrow();
      assertTrue(paid.spendDriven() && paid.mean() > 0, "paid search has a finite CAC");
      SimulatedPaths base = run(model, Scenario.base());
      SimulatedPaths more = run(model, Scenario.of("more", Map.of("marketing_spend.paid_search", "+20%")));
      assertNeverBelow(base.quantiles("new_customers"), more.quantiles("new_customers"), "new customers");
      double[] b = base.quantiles("new_customers").mean();
      double[] m = more.quantiles("new_customers").mean();
      assertTrue(Arrays.stream(m).sum() > Arrays.stream(b).sum(), "more spend brings more customers on average");
    }
  }

  @Test
  void priceScalesRevenueAndLeavesCustomersAlone() {
    SimulatedPaths base = run(coffee, Scenario.base());
    SimulatedPaths up = run(coffee, Scenario.of("price_up", Map.of("price", "+5%")));
    double[][] rb = base.of("revenue");
    double[][] ru = up.of("revenue");
    for (int p = 0; p < PATHS; p += 97) {
      for (int t = 0; t < HORIZON; t++) {
        assertEquals(rb[p][t] * 1.05, ru[p][t], 1e-9 * rb[p][t]);
      }
    }
    assertTrue(Arrays.deepEquals(base.of("active_customers"), up.of("active_customers")));
  }

  @Test
  void scenariosShareTheirRandomNumbersSoAnEmptyScenarioEqualsBase() {
    SimulatedPaths base = run(saas, Scenario.base());
    SimulatedPaths same = run(saas, Scenario.of("nothing", Map.of()));
    assertTrue(Arrays.deepEquals(base.values(), same.values()));
    SimulatedPaths otherSeed = new DriverSimulation(saas, PATHS, 6).run(Scenario.base(), HORIZON);
    assertNotEquals(base.quantiles("mrr").median()[HORIZON - 1], otherSeed.quantiles("mrr").median()[HORIZON - 1]);
  }

  @Test
  void quantilesNeverCrossInTheForecastTable() {
    Outlook o = Outlook.simulate(saas, 12, 1_000, 3, java.util.List.of(Scenario.of("up", Map.of("price", "+5%"))));
    var t = o.forecastTable();
    String[] cols = {"p05", "p10", "p25", "p50", "p75", "p90", "p95"};
    for (int r = 0; r < t.rowCount(); r++) {
      for (int c = 1; c < cols.length; c++) {
        assertTrue(t.doubleColumn(cols[c]).getDouble(r) >= t.doubleColumn(cols[c - 1]).getDouble(r), "row " + r);
      }
    }
    assertEquals(2 * 4 * 12, t.rowCount(), "2 scenarios x 4 metrics (with mrr) x 12 months");
  }

  @Test
  void aChannelTheDataDoesNotHaveIsAnErrorNamingScenarioAndKey() {
    DriverSimulation sim = new DriverSimulation(coffee, 100, 1);
    ScenarioException e = assertThrows(ScenarioException.class,
        () -> sim.run(Scenario.of("tv", Map.of("marketing_spend.television", "+20%")), 3));
    assertEquals("tv", e.scenario());
    assertEquals("marketing_spend.television", e.key());
    assertTrue(e.getMessage().contains("paid_search"), "lists the channels: " + e.getMessage());
  }
}
