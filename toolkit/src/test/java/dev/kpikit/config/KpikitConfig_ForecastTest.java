package dev.kpikit.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kpikit.load.DataException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KpikitConfig_ForecastTest {
  private static final String EXAMPLE = """
      forecast: { horizon: 12, paths: 10000, seed: 7 }
      scenarios:
        more_paid_search: { marketing_spend: { paid_search: "+20%" } }
        lower_churn:      { churn_rate: "-1pp" }
        price_up:         { price: "+5%", churn_rate: "+0.5pp" }
      """;

  @Test
  void theIssueExampleParsesWithScenariosInFileOrderAndChannelsDotted() {
    KpikitConfig c = KpikitConfig.parse("kpikit.yaml", EXAMPLE);
    assertEquals(new ForecastSettings(12, 10_000, 7), c.forecast());
    assertEquals(List.of("more_paid_search", "lower_churn", "price_up"), List.copyOf(c.scenarios().keySet()));
    assertEquals(Map.of("marketing_spend.paid_search", "+20%"), c.scenarios().get("more_paid_search"));
    assertEquals(List.of("price", "churn_rate"), List.copyOf(c.scenarios().get("price_up").keySet()));
  }

  @Test
  void withoutTheSectionsTheDefaultsApply() {
    KpikitConfig c = KpikitConfig.parse("kpikit.yaml", "timezone: UTC\n");
    assertEquals(ForecastSettings.DEFAULT, c.forecast());
    assertTrue(c.scenarios().isEmpty());
  }

  @Test
  void anUnknownForecastKeyIsAnErrorNamingItsPlaceAndTheNearestKey() {
    DataException e = assertThrows(DataException.class, () -> KpikitConfig.parse("k.yaml", "forecast: { horizn: 3 }\n"));
    assertEquals("k.yaml:1:13: unknown key `horizn` in forecast; did you mean `horizon`?", e.getMessage());
  }

  @Test
  void aHorizonOutOfRangeOrNotWholeIsNamed() {
    assertTrue(assertThrows(DataException.class, () -> KpikitConfig.parse("k.yaml", "forecast: { horizon: 0 }\n"))
        .getMessage().matches("k\\.yaml:1:\\d+: forecast\\.horizon: expected 1 to 60 months.*"));
    assertTrue(assertThrows(DataException.class, () -> KpikitConfig.parse("k.yaml", "forecast: { paths: 1.5 }\n"))
        .getMessage().matches("k\\.yaml:1:\\d+: forecast\\.paths: '1\\.5' is not a whole number.*"));
  }

  @Test
  void aScenarioThatIsNotAMappingIsNamed() {
    DataException e = assertThrows(DataException.class, () -> KpikitConfig.parse("k.yaml", "scenarios:\n  s: \"+5%\"\n"));
    assertTrue(e.getMessage().startsWith("k.yaml:2:3: scenarios.s: expected a mapping"), e.getMessage());
  }
}
