package dev.kpikit.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kpikit.load.DataException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CustomerValueConfigTest {

  @Test
  void section_isRead() {
    KpikitConfig c = KpikitConfig.parse("k.yaml",
        "customer_value:\n  model: pareto-nbd\n  unit: day\n  horizon: 90\n  discount_rate: 0.08\n"
            + "  margin: 0.4\n  holdout_start: 2025-07-01\n");
    CustomerValueConfig v = c.customerValue();
    assertEquals("pareto-nbd", v.model());
    assertEquals("day", v.unit());
    assertEquals(90.0, v.horizon());
    assertEquals(0.08, v.discountRate());
    assertEquals(0.4, v.margin());
    assertEquals(LocalDate.of(2025, 7, 1), v.holdoutStart());
  }

  @Test
  void absentSection_isEmpty() {
    CustomerValueConfig v = KpikitConfig.parse("k.yaml", "currency: EUR\n").customerValue();
    assertNull(v.model());
    assertNull(v.margin());
  }

  @Test
  void unknownKeyOrModelOrMargin_isAnErrorNamingTheKey() {
    DataException key = assertThrows(DataException.class,
        () -> KpikitConfig.parse("k.yaml", "customer_value:\n  discount: 0.1\n"));
    assertTrue(key.getMessage().contains("unknown key `discount` in customer_value"), key.getMessage());
    DataException model = assertThrows(DataException.class,
        () -> KpikitConfig.parse("k.yaml", "customer_value:\n  model: weibull\n"));
    assertTrue(model.getMessage().contains("customer_value.model"), model.getMessage());
    DataException margin = assertThrows(DataException.class,
        () -> KpikitConfig.parse("k.yaml", "customer_value:\n  margin: 30\n"));
    assertTrue(margin.getMessage().contains("customer_value.margin"), margin.getMessage());
  }
}
