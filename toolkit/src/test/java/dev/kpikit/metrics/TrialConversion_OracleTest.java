package dev.kpikit.metrics;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kpikit.config.DataFolder;
import dev.kpikit.schema.Dataset;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.Table;

/**
 * trial_conversion against DuckDB SQL written from the rule in {@link TrialConversion}'s class
 * comment, on generated spells with trials of every outcome ({@link TrialSpellGenerator}), as
 * exported (start = signup) and as loaded under each trial policy.
 */
class TrialConversion_OracleTest {
  private static final LocalDate MID_MONTH = LocalDate.of(2024, 9, 15);
  private static final LocalDate MONTH_END = LocalDate.of(2024, 6, 30);
  private static final Table RAW =
      TrialSpellGenerator.spells(7, 2000, LocalDate.of(2023, 1, 1), LocalDate.of(2024, 10, 31));
  private static SpellOracle oracle;

  @TempDir static Path dir;

  @BeforeAll
  static void start() {
    oracle = new SpellOracle(RAW);
  }

  @AfterAll
  static void stop() {
    oracle.close();
  }

  /** DuckDB's answer for {@code asOf}, by month or quarter, optionally by region. */
  private static Table expected(LocalDate asOf, String unit, String by) {
    String step = unit.equals("quarter") ? "INTERVAL 3 MONTH" : "INTERVAL 1 MONTH";
    String label = unit.equals("quarter") ? "strftime(p, '%Y') || '-Q' || quarter(p)" : "strftime(p, '%Y-%m')";
    String segment = by == null ? "'ALL'" : "coalesce(nullif(" + by + ", ''), '(missing)')";
    String sql = """
        WITH trials AS (
          SELECT customer_id, line, start_date AS ts, trial_end AS te, end_date, %4$s AS seg
          FROM spells
          WHERE customer_id IS NOT NULL AND customer_id <> '' AND trial_end IS NOT NULL
            AND trial_end > start_date AND start_date <= DATE '%1$s'),
        firsts AS (
          SELECT * FROM (SELECT *, row_number() OVER (PARTITION BY customer_id ORDER BY ts, line) AS k
                         FROM trials) WHERE k = 1),
        paying AS (
          SELECT customer_id,
                 CASE WHEN trial_end > start_date THEN trial_end ELSE start_date END AS s,
                 CASE WHEN end_date <= DATE '%1$s' THEN end_date ELSE DATE '9999-12-31' END AS e
          FROM spells),
        decided AS (
          SELECT f.*, date_trunc('%5$s', ts) AS p, datediff('day', ts, te) AS days,
                 CASE
                   WHEN te <= DATE '%1$s' AND EXISTS (
                       SELECT 1 FROM paying s WHERE s.customer_id = f.customer_id AND s.s <= te AND te < s.e)
                     THEN 'converted'
                   WHEN te <= DATE '%1$s' THEN 'lapsed'
                   WHEN end_date <= DATE '%1$s' THEN 'lapsed'
                   ELSE 'in_trial' END AS outcome
          FROM firsts f),
        periods AS (
          SELECT CAST(unnest(range(CAST((SELECT min(p) FROM decided) AS TIMESTAMP),
                 CAST(date_trunc('%5$s', DATE '%1$s') AS TIMESTAMP) + INTERVAL 1 DAY, %2$s)) AS DATE) AS p),
        grid AS (SELECT p, seg FROM periods, (SELECT DISTINCT seg FROM decided))
        SELECT %3$s AS label, %6$s
               CAST(count(d.outcome) AS INTEGER) AS trials_started,
               CAST(count(*) FILTER (WHERE d.outcome = 'converted') AS INTEGER) AS converted,
               CAST(count(*) FILTER (WHERE d.outcome = 'lapsed') AS INTEGER) AS lapsed,
               CAST(count(*) FILTER (WHERE d.outcome = 'in_trial') AS INTEGER) AS in_trial,
               count(*) FILTER (WHERE d.outcome = 'converted')
                 / nullif(count(*) FILTER (WHERE d.outcome IN ('converted', 'lapsed')), 0) AS trial_conversion_rate,
               quantile_cont(d.days, 0.5) FILTER (WHERE d.outcome = 'converted') AS median_days_to_convert
        FROM grid g LEFT JOIN decided d ON d.p = g.p AND d.seg = g.seg
        GROUP BY g.p, g.seg ORDER BY g.p, g.seg
        """.formatted(asOf, step, label.replace("(p", "(g.p"), segment, unit,
            by == null ? "" : "g.seg AS " + by + ",");
    Table t = oracle.query(sql);
    t.column("label").setName(unit);
    return t;
  }

  private static void assertMatches(Table spells, MetricOptions options, String unit) {
    Table expected = expected(options.asOf(), unit, options.by());
    for (String outcome : new String[] {"converted", "lapsed", "in_trial"}) {
      assertTrue(expected.numberColumn(outcome).sum() > 0, "no " + outcome + " trial: the comparison proves little");
    }
    oracle.assertSame(TrialConversion.TABLE, expected, TrialConversion.table(spells, options), 1e-12);
  }

  @Test
  void asExported_matchesTheRule_withAsOfInsideAMonth() {
    assertMatches(RAW, MetricOptions.monthly(MID_MONTH), "month");
  }

  @Test
  void asExported_matchesTheRule_withAsOfOnAMonthEnd() {
    assertMatches(RAW, MetricOptions.monthly(MONTH_END), "month");
  }

  @Test
  void byRegion_matchesTheRule_withEachTrialRowsRegion() {
    assertMatches(RAW, MetricOptions.monthly(MID_MONTH).withBy("region"), "month");
  }

  @Test
  void quarterly_matchesTheRule() {
    assertMatches(RAW, MetricOptions.monthly(MID_MONTH).withPeriods(Periods.of(Grain.QUARTER)), "quarter");
  }

  @Test
  void loadedUnderEitherTrialPolicy_matchesTheRuleOnTheExport() throws IOException {
    Table export = RAW.copy();
    export.removeColumns("line").write().csv(dir.resolve("customers.csv").toString());
    for (String yaml : new String[] {"", "policies:\n  trials: from_signup\n"}) {
      Files.writeString(dir.resolve("kpikit.yaml"), yaml);
      Table loaded = DataFolder.open(dir).load(Dataset.CUSTOMERS).table();
      assertMatches(loaded, MetricOptions.monthly(MID_MONTH).withBy("region"), "month");
    }
  }
}
