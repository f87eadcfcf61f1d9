package dev.kpikit.metrics;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kpikit.testing.DuckDbOracle;
import dev.kpikit.testing.Tables;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

/** mrr_movements against DuckDB SQL written from DESIGN §4, on generated spells. */
class MrrMovements_OracleTest {
  private static final LocalDate AS_OF = LocalDate.of(2024, 9, 15);
  private static final Table SPELLS =
      SpellGenerator.spells(7, 1500, LocalDate.of(2021, 1, 1), LocalDate.of(2024, 8, 31));
  private static DuckDbOracle oracle;
  private static double worst;

  @BeforeAll
  static void register() {
    oracle = new DuckDbOracle().register("spells", SPELLS);
  }

  @AfterAll
  static void report() {
    System.out.println("mrr_movements: worst relative difference vs DuckDB = " + worst);
    oracle.close();
  }

  private static void assertMatchesOracle(MetricOptions options) {
    Table expected = oracle.query(SpellSql.mrr(options.asOf(), options.by()));
    Table actual = MrrMovements.byPeriod(SPELLS, options);
    assertTrue(actual.rowCount() > 30, "enough periods to be meaningful");
    worst = Math.max(worst, Tables.assertSameCells(expected, actual, 1e-9));
  }

  @Test
  void monthly_matchesDefinition() {
    assertMatchesOracle(MetricOptions.monthly(AS_OF));
  }

  @Test
  void monthly_matchesDefinition_withAsOfOnAMonthEnd() {
    assertMatchesOracle(MetricOptions.monthly(LocalDate.of(2023, 12, 31)));
  }

  @Test
  void byRegion_matchesDefinition_withRegionOfFirstSpell() {
    assertMatchesOracle(MetricOptions.monthly(AS_OF).withBy("region"));
  }
}
