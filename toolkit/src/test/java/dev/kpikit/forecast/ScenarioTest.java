package dev.kpikit.forecast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ScenarioTest {
  @Test
  void leversBecomeMultipliersAndShifts() {
    Scenario s = Scenario.parse("mix=marketing_spend.paid_search:+20%,churn_rate:-1pp,price:+5%,new_customers:-10%");
    assertEquals("mix", s.name());
    assertEquals(1.2, s.spendMultiplier("paid_search"), 1e-12);
    assertEquals(1.0, s.spendMultiplier("email"), 1e-12);
    assertEquals(-0.01, s.churnShift(), 1e-12);
    assertEquals(1.05, s.price(), 1e-12);
    assertEquals(0.9, s.newCustomers(), 1e-12);
  }

  @Test
  void spendWithoutAChannelScalesEveryChannel() {
    Scenario s = Scenario.of("all", Map.of("marketing_spend", "-50%"));
    assertEquals(0.5, s.spendMultiplier("email"), 1e-12);
    assertEquals(0.5, s.spendMultiplier("social"), 1e-12);
  }

  @Test
  void halfAPointIsReadAsAFraction() {
    assertEquals(0.005, Scenario.of("up", Map.of("churn_rate", "+0.5pp")).churnShift(), 1e-12);
  }

  @Test
  void anUnknownLeverNamesTheScenarioTheKeyAndTheValidLevers() {
    ScenarioException e = assertThrows(ScenarioException.class, () -> Scenario.of("x", Map.of("discount", "+5%")));
    assertEquals("x", e.scenario());
    assertEquals("discount", e.key());
    assertTrue(e.getMessage().startsWith("scenario 'x', discount: unknown lever"), e.getMessage());
    assertTrue(e.getMessage().contains("marketing_spend"), e.getMessage());
  }

  @Test
  void malformedValuesAreErrorsNamingTheKey() {
    for (Map.Entry<String, String> bad : Map.of(
        "price", "5", "churn_rate", "-1%", "new_customers", "lots", "marketing_spend.paid_search", "+20pp").entrySet()) {
      ScenarioException e = assertThrows(ScenarioException.class, () -> Scenario.of("s", Map.of(bad.getKey(), bad.getValue())));
      assertEquals(bad.getKey(), e.key());
      assertTrue(e.getMessage().contains("'" + bad.getValue() + "'"), e.getMessage());
    }
  }

  @Test
  void aPriceCutBelowZeroIsRefused() {
    assertThrows(ScenarioException.class, () -> Scenario.of("s", Map.of("price", "-120%")));
  }

  @Test
  void onlyMarketingSpendTakesAChannel() {
    ScenarioException e = assertThrows(ScenarioException.class, () -> Scenario.of("s", Map.of("price.paid_search", "+5%")));
    assertEquals("price.paid_search", e.key());
  }

  @Test
  void baseCannotBeRedefinedWithLevers() {
    assertThrows(ScenarioException.class, () -> Scenario.of("base", Map.of("price", "+5%")));
  }

  @Test
  void theCommandLineFormNeedsANameAndLeverValuePairs() {
    assertThrows(ScenarioException.class, () -> Scenario.parse("price:+5%"));
    assertThrows(ScenarioException.class, () -> Scenario.parse("p=price+5%"));
    assertThrows(ScenarioException.class, () -> Scenario.parse("p=price:+5%,price:+6%"));
  }
}
