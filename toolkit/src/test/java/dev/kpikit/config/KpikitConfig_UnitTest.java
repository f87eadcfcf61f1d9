package dev.kpikit.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kpikit.load.DataException;
import dev.kpikit.schema.Dataset;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The {@code unit} and {@code unit_allocation} keys of kpikit.yaml. */
class KpikitConfig_UnitTest {
  @Test
  void unitAndAllocations_areRead() {
    KpikitConfig c = KpikitConfig.parse("k.yaml",
        "unit: store\nunit_allocation: { marketing_spend: even, financials: none }\n");
    assertEquals("store", c.unit());
    assertEquals("even", c.allocation(Dataset.MARKETING_SPEND));
    assertEquals("none", c.allocation(Dataset.FINANCIALS));
  }

  @Test
  void withoutAllocation_sharedCostsAndStockGoByRevenueShare_peopleAndCustomersAreLeftOut() {
    KpikitConfig c = KpikitConfig.parse("k.yaml", "unit: store\n");
    assertEquals("revenue_share", c.allocation(Dataset.MARKETING_SPEND));
    assertEquals("revenue_share", c.allocation(Dataset.INVENTORY));
    assertEquals("revenue_share", c.allocation(Dataset.FINANCIALS));
    assertEquals("none", c.allocation(Dataset.EMPLOYEES));
    assertEquals("none", c.allocation(Dataset.CUSTOMERS));
  }

  @Test
  void noUnit_byDefault_andInTheSixArgumentConfig() {
    assertNull(KpikitConfig.DEFAULT.unit());
    assertNull(new KpikitConfig(ZoneOffset.UTC, null, null, Map.of(), Map.of(), Map.of()).unit());
    assertEquals("region", KpikitConfig.DEFAULT.withUnit("region").unit());
  }

  @Test
  void anUnknownAllocation_isRefusedNamingTheKnownOnes() {
    DataException e = assertThrows(DataException.class,
        () -> KpikitConfig.parse("k.yaml", "unit_allocation:\n  marketing_spend: by_headcount\n"));
    assertEquals("k.yaml:2:3: unit_allocation.marketing_spend: 'by_headcount' is not allowed, expected one of"
        + " [revenue_share, even, none]", e.getMessage());
  }

  @Test
  void customersCannotBeAllocated() {
    DataException e = assertThrows(DataException.class,
        () -> KpikitConfig.parse("k.yaml", "unit_allocation: { customers: even }\n"));
    assertTrue(e.getMessage().contains("customers cannot be divided among units"), e.getMessage());
  }

  @Test
  void aMisspeltUnitKey_isAnIssueWithTheNearestName() {
    ConfigFile f = ConfigFile.parse("k.yaml", "unit_alocation: { marketing_spend: even }\n", ConfigNames.NONE);
    assertEquals(1, f.issues().size());
    assertTrue(f.issues().get(0).toString().contains("did you mean `unit_allocation`?"), f.issues().toString());
  }
}
