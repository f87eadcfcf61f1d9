package dev.kpikit.metrics;

import dev.kpikit.testing.DuckDbOracle;
import dev.kpikit.testing.Tables;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

/**
 * employee_turnover and hire_retention against DuckDB SQL written from DESIGN §4 on generated
 * spells: hires and terminations on month boundaries, people leaving in their hiring month or on
 * their first day, rehires of the same id, and events after {@code asOf} (mid-month).
 */
class EmployeeTurnoverOracleTest {
  private static final LocalDate AS_OF = LocalDate.of(2024, 6, 15);
  private static final String DATE = "DATE '" + AS_OF + "'";
  private static final String DEPARTMENT = "COALESCE(department, '(missing)')";

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
          FROM employees WHERE hire_date <= %1$s),
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

  @Test
  void monthlyTurnoverMatchesTheSqlDefinition() {
    Table expected = oracle.query(turnoverSql("'ALL'", ""));
    Table actual = EmployeeTurnover.compute(employees, MetricOptions.monthly(AS_OF));
    report("employee_turnover", Tables.assertSameCells(expected, actual, 1e-9));
  }

  @Test
  void turnoverByDepartmentMatchesTheSqlDefinition() {
    Table expected = oracle.query(turnoverSql(DEPARTMENT, "seg AS department,"));
    Table actual =
        EmployeeTurnover.compute(employees, MetricOptions.monthly(AS_OF).withBy("department"));
    report("employee_turnover by department", Tables.assertSameCells(expected, actual, 1e-9));
  }

  @Test
  void twelveMonthRetentionOfHiresMatchesTheSqlDefinition() {
    Table expected = oracle.query(retentionSql("'ALL'", ""));
    Table actual = HireRetention.compute(employees, MetricOptions.monthly(AS_OF));
    report("hire_retention", Tables.assertSameCells(expected, actual, 1e-9));
  }

  @Test
  void retentionByDepartmentMatchesTheSqlDefinition() {
    Table expected = oracle.query(retentionSql(DEPARTMENT, "seg AS department,"));
    Table actual =
        HireRetention.compute(employees, MetricOptions.monthly(AS_OF).withBy("department"));
    report("hire_retention by department", Tables.assertSameCells(expected, actual, 1e-9));
  }

  private static void report(String what, double worst) {
    System.out.println(what + ": worst relative difference " + worst);
  }
}
