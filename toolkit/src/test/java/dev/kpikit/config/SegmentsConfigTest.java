package dev.kpikit.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kpikit.load.DataException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The {@code segments} section of kpikit.yaml. */
class SegmentsConfigTest {
  @Test
  void listedColumnsAndLimits_areRead() {
    SegmentsConfig s = KpikitConfig.parse("kpikit.yaml",
        "segments:\n  columns: [contract, payment_method]\n  max_values: 8\n  max_columns: 3\n  top: 6\n")
        .segments();
    assertEquals(new SegmentsConfig(List.of("contract", "payment_method"), 8, 3, 6), s);
  }

  @Test
  void withoutTheSection_theReportChooses_withTheDefaults() {
    SegmentsConfig s = KpikitConfig.parse("kpikit.yaml", "currency: EUR\n").segments();
    assertNull(s.columns());
    assertEquals(List.of(12, 5, 10), List.of(s.maxValuesOrDefault(), s.maxColumnsOrDefault(), s.topOrDefault()));
  }

  @Test
  void aLimitThatIsNotAWholeNumber_isAnErrorNamingTheKey() {
    DataException e = assertThrows(DataException.class,
        () -> KpikitConfig.parse("kpikit.yaml", "segments:\n  max_values: 1.5\n"));
    assertTrue(e.getMessage().contains("segments.max_values"), e.getMessage());
  }

  @Test
  void columnsThatAreNotAList_isAnError() {
    DataException e = assertThrows(DataException.class,
        () -> KpikitConfig.parse("kpikit.yaml", "segments:\n  columns: contract\n"));
    assertTrue(e.getMessage().contains("expected a list of column names"), e.getMessage());
  }

  @Test
  void anUnknownKeyOfTheSection_isNamedWithTheNearestOne() {
    DataException e = assertThrows(DataException.class,
        () -> KpikitConfig.parse("kpikit.yaml", "segments:\n  max_column: 3\n"));
    assertTrue(e.getMessage().contains("max_columns"), e.getMessage());
  }
}
