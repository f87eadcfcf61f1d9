package dev.kpikit.metrics;

import dev.kpikit.testing.DuckDbOracle;
import dev.kpikit.testing.Tables;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tech.tablesaw.api.Table;

/**
 * employee_turnover and hire_retention against DuckDB SQL written from DESIGN §4 on generated
 * spells: hires and terminations on month boundaries, people leaving in their hiring month or on
 * their first day, rehires of the same id, and events after {@code asOf} (mid-month).
 */
class EmployeeTurnoverOracleTest {
  private static final LocalDate AS_OF = LocalDate.of(2024, 6, 15);
  private static final String DATE = "DATE '" + AS_OF + "'";

  private static Table employees;
  private static DuckDbOracle oracle;

  @BeforeAll
  static void registerData() {
    employees = new OpsDataGenerator(7).employees();
    oracle = new DuckDbOracle().register("employees", employees);
  }

  @AfterAll
  static void closeOracle() {
    oracle.close();
  }

  /** Spells known at asOf, each month from the first hire to asOf times each segment. */
  private static String spellsAndGrid(String seg) {
    return """
    WITH e AS (
      SELECT employee_id, hire_date, termination_date AS raw_termination,
             CASE WHEN termination_date <= %1$s THEN termination_date END AS term,
             lower(trim(termination_type)) = 'voluntary' AS vol, %2$s AS seg
      FROM employees
      -- a spell that ends on or before its start is active on no day: left out (Spells)
      WHERE hire_date <= %1$s AND (termination_date IS NULL OR termination_date > hire_date)),
    segs AS (SELECT DISTINCT seg FROM e),
    grid AS (
      SELECT CAST(m AS DATE) AS m, seg FROM generate_series(
        (SELECT CAST(date_trunc('month', MIN(hire_date)) AS DATE) FROM e),
        CAST(date_trunc('month', %1$s) AS DATE), INTERVAL 1 MONTH) AS t(m) CROSS JOIN segs)
    """
        .formatted(DATE, seg);
  }

  private static String turnoverSql(String seg, String segColumn) {
    return spellsAndGrid(seg)
        + """
        , counts AS (
          SELECT g.m, g.seg,
            (SELECT COUNT(DISTINCT employee_id) FROM e WHERE e.seg = g.seg
               AND hire_date <= g.m - INTERVAL 1 DAY
               AND (term IS NULL OR term > g.m - INTERVAL 1 DAY)) AS headcount_start,
            (SELECT COUNT(*) FROM e WHERE e.seg = g.seg
               AND date_trunc('month', hire_date) = g.m) AS hires,
            (SELECT COUNT(*) FROM e WHERE e.seg = g.seg
               AND date_trunc('month', term) = g.m) AS separations,
            (SELECT COUNT(DISTINCT employee_id) FROM e WHERE e.seg = g.seg
               AND hire_date <= last_day(g.m)
               AND (term IS NULL OR term > last_day(g.m))) AS headcount_end,
            (SELECT COUNT(*) FROM e WHERE e.seg = g.seg
               AND date_trunc('month', term) = g.m AND vol) AS voluntary
          FROM grid g),
        rated AS (
          SELECT *, (headcount_start + headcount_end) / 2.0 AS avg_headcount FROM counts)
        SELECT strftime(m, '%%Y-%%m') AS month, %s headcount_start, hires, separations,
               headcount_end, avg_headcount,
               separations / NULLIF(avg_headcount, 0) AS turnover_rate,
               voluntary / NULLIF(avg_headcount, 0) AS voluntary_turnover_rate,
               CASE WHEN COUNT(*) OVER w = 12
                    THEN SUM(separations) OVER w / NULLIF(AVG(avg_headcount) OVER w, 0)
               END AS ttm_turnover_rate
        FROM rated
        WINDOW w AS (PARTITION BY seg ORDER BY m ROWS BETWEEN 11 PRECEDING AND CURRENT ROW)
        ORDER BY m, seg
        """
            .formatted(segColumn);
  }

  private static String retentionSql(String seg, String segColumn) {
    return spellsAndGrid(seg)
        + """
        , cohorts AS (
          SELECT g.m, g.seg,
            (SELECT COUNT(*) FROM e WHERE e.seg = g.seg
               AND date_trunc('month', hire_date) = g.m) AS hires,
            CASE WHEN last_day(g.m + INTERVAL 12 MONTH) <= %s THEN
              (SELECT COUNT(*) FROM e WHERE e.seg = g.seg AND date_trunc('month', hire_date) = g.m
                 AND (raw_termination IS NULL
                      OR raw_termination > hire_date + INTERVAL 12 MONTH)) END AS retained
          FROM grid g)
        SELECT strftime(m, '%%Y-%%m') AS hire_month, %s hires, retained AS retained_12m,
               retained / NULLIF(hires, 0) AS retention_12m
        FROM cohorts ORDER BY m, seg
        """
            .formatted(DATE, segColumn);
  }

  @ParameterizedTest(name = "split by [{0}]")
  @ValueSource(strings = {"", "department"})
  void turnoverMatchesTheSqlDefinition(String by) {
    Table expected = oracle.query(turnoverSql(segment(by), segmentColumn(by)));
    Table actual = EmployeeTurnover.table(employees, options(by));
    report("employee_turnover " + by, Tables.assertSameCells(expected, actual, 1e-9));
  }

  @ParameterizedTest(name = "split by [{0}]")
  @ValueSource(strings = {"", "department"})
  void twelveMonthRetentionOfHiresMatchesTheSqlDefinition(String by) {
    Table expected = oracle.query(retentionSql(segment(by), segmentColumn(by)));
    Table actual = HireRetention.table(employees, options(by));
    report("hire_retention " + by, Tables.assertSameCells(expected, actual, 1e-9));
  }

  private static MetricOptions options(String by) {
    return MetricOptions.monthly(AS_OF).withBy(by.isEmpty() ? null : by);
  }

  /** The SQL segment of a spell: its department, or 'ALL' without a split. */
  private static String segment(String by) {
    return by.isEmpty() ? "'ALL'" : "COALESCE(" + by + ", '(missing)')";
  }

  /** The output's dimension column in SQL, with its trailing comma; nothing without a split. */
  private static String segmentColumn(String by) {
    return by.isEmpty() ? "" : "seg AS " + by + ",";
  }

  private static void report(String what, double worst) {
    System.out.println(what + ": worst relative difference " + worst);
  }
}
