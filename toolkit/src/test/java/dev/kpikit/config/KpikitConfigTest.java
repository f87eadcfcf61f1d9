package dev.kpikit.config;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kpikit.load.DataException;
import dev.kpikit.load.LoadOptions;
import dev.kpikit.schema.Dataset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class KpikitConfigTest {
  /** The example of DESIGN §6, every key used once. */
  static final String DESIGN_EXAMPLE =
      """
      timezone: Europe/Berlin
      currency: EUR
      as_of: 2025-12-31
      datasets:
        orders:
          path: exports/sales_2025.csv
          preset: uci-online-retail
          encoding: ISO-8859-1
          date_format: "M/d/yyyy H:mm"
          decimal_separator: "."
          columns: { order_id: "Order ID", order_date: "Order Date", amount: "Net Amount" }
        customers: { path: subs.csv, end_is_last_active_day: false }
      targets: { logo_churn_rate: { max: 0.03 }, ltv_cac: { min: 3 } }
      bands:   { acquisition_vs_retention: [-0.5, 0.2] }
      """;

  @Test
  void theDesignExampleParses() {
    KpikitConfig c = KpikitConfig.parse("kpikit.yaml", DESIGN_EXAMPLE);
    assertEquals(ZoneId.of("Europe/Berlin"), c.timezone());
    assertEquals("EUR", c.currency());
    assertEquals(LocalDate.of(2025, 12, 31), c.asOf());
    assertEquals("exports/sales_2025.csv", c.dataset(Dataset.ORDERS).path());
    assertEquals(0.03, c.targets().get("logo_churn_rate").max());
    assertEquals(3.0, c.targets().get("ltv_cac").min());
    assertArrayEquals(new double[] {-0.5, 0.2}, c.bands().get("acquisition_vs_retention"));
  }

  @Test
  void datasetSectionBecomesLoadOptions() {
    KpikitConfig c = KpikitConfig.parse("kpikit.yaml", DESIGN_EXAMPLE);
    LoadOptions o = c.dataset(Dataset.ORDERS).toLoadOptions(c.timezone());
    assertEquals(StandardCharsets.ISO_8859_1, o.encoding());
    assertEquals("M/d/yyyy H:mm", o.dateFormat());
    assertEquals("uci-online-retail", o.preset());
    assertEquals("Net Amount", o.columns().get("amount"));
    assertEquals(ZoneId.of("Europe/Berlin"), o.zone());
  }

  @Test
  void unknownKeyIsAnErrorNamingTheLineAndTheNearestKey() {
    DataException e =
        assertThrows(DataException.class, () -> KpikitConfig.parse("k.yaml", "timezon: UTC\n"));
    assertEquals("k.yaml:1:1: unknown key `timezon`; did you mean `timezone`?", e.getMessage());
  }

  @Test
  void unknownDatasetIsAnError() {
    DataException e =
        assertThrows(
            DataException.class,
            () -> KpikitConfig.parse("k.yaml", "datasets:\n  sales: { path: s.csv }\n"));
    assertEquals("k.yaml:2:3: unknown dataset `sales` in datasets; expected one of orders, customers,"
        + " marketing_spend, inventory, employees, financials", e.getMessage());
  }

  @Test
  void badTimeZoneIsNamed() {
    DataException e =
        assertThrows(DataException.class, () -> KpikitConfig.parse("k.yaml", "timezone: Mars/Base\n"));
    assertEquals("k.yaml:1:1: timezone: 'Mars/Base' is not a time zone (e.g. UTC, Europe/Berlin)", e.getMessage());
  }

  @Test
  void bandOutsideMinusOneToOneIsRefused() {
    assertThrows(
        DataException.class, () -> KpikitConfig.parse("k.yaml", "bands: { growth_vs_churn: [-2, 0.5] }\n"));
  }

  @Test
  void invalidYamlNamesTheLine() {
    DataException e =
        assertThrows(DataException.class, () -> KpikitConfig.parse("k.yaml", "a: [1, 2\nb: 3\n"));
    assertTrue(e.getMessage().startsWith("k.yaml:"), e.getMessage());
  }

  @Test
  void emptyFileIsTheDefault() {
    assertEquals(KpikitConfig.DEFAULT, KpikitConfig.parse("k.yaml", ""));
  }
}
