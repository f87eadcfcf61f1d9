package dev.kpikit.metrics;

import dev.kpikit.testing.DuckDbOracle;
import dev.kpikit.testing.Tables;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

/**
 * Survival from spells is the Kaplan–Meier curve of the customer lifetimes DESIGN §4 describes:
 * the lifetimes (merged spells, event or censored at asOf, in days) come from DuckDB SQL, and
 * the tenure-shape estimator (itself checked against R) turns them into the expected curve.
 */
class Survival_SpellsOracleTest {
  private static final LocalDate AS_OF = LocalDate.of(2024, 9, 15);

  @Test
  void spellSurvival_isKaplanMeierOfTheLifetimesTheDefinitionGives() {
    Table spells = SpellGenerator.spells(11, 1500, LocalDate.of(2021, 1, 1), LocalDate.of(2024, 8, 31));
    try (DuckDbOracle oracle = new DuckDbOracle().register("spells", spells)) {
      Table lifetimes = TenureTables.tenureShape(oracle.query(SpellSql.lifetimes(AS_OF, "region")));
      Table expected = Survival.fromTenure(lifetimes, "segment");
      Table actual = Survival.fromSpells(spells, MetricOptions.monthly(AS_OF).withBy("region"));
      double worst = Tables.assertSameCells(expected, actual, 1e-12);
      System.out.println("survival (spells): worst relative difference vs DuckDB lifetimes = " + worst);
    }
  }
}
