package dev.kpikit.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kpikit.load.DataException;
import org.junit.jupiter.api.Test;

/**
 * The switches of {@code kpikit.yaml} that let a nightly report skip its slow steps: {@code
 * forecast.enabled} and {@code customer_value.enabled}, true unless set to false, and keys like any
 * other (a misspelling is named).
 */
class KpikitConfig_SwitchesTest {
  @Test
  void bothAreOnWithoutTheSectionsOrTheKeys() {
    KpikitConfig none = KpikitConfig.parse("kpikit.yaml", "timezone: UTC\n");
    assertTrue(none.forecast().enabled());
    assertTrue(none.customerValue().enabled());
    KpikitConfig other = KpikitConfig.parse("kpikit.yaml", "forecast: { seed: 3 }\ncustomer_value: { unit: day }\n");
    assertTrue(other.forecast().enabled());
    assertTrue(other.customerValue().enabled());
  }

  @Test
  void falseTurnsEachOffAndKeepsTheOtherSettings() {
    KpikitConfig c = KpikitConfig.parse("kpikit.yaml",
        "forecast: { enabled: false, seed: 3 }\ncustomer_value: { enabled: false, unit: day }\n");
    assertEquals(new ForecastSettings(12, 10_000, 3, false), c.forecast());
    assertFalse(c.customerValue().enabled());
    assertEquals("day", c.customerValue().unit());
  }

  @Test
  void aValueThatIsNotTrueOrFalseIsNamed() {
    DataException e = assertThrows(DataException.class,
        () -> KpikitConfig.parse("k.yaml", "forecast: { enabled: sometimes }\n"));
    assertTrue(e.getMessage().matches("k\\.yaml:1:\\d+: forecast\\.enabled: 'sometimes' is not true or false.*"),
        e.getMessage());
  }

  @Test
  void aMisspelledSwitchIsAnUnknownKeyWithTheNearestName() {
    DataException e = assertThrows(DataException.class,
        () -> KpikitConfig.parse("k.yaml", "customer_value: { enable: false }\n"));
    assertTrue(e.getMessage().contains("unknown key `enable` in customer_value; did you mean `enabled`?"), e.getMessage());
  }
}
