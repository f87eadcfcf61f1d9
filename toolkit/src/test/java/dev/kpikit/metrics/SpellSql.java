package dev.kpikit.metrics;

import java.time.LocalDate;

/**
 * DuckDB SQL written from DESIGN §4's definitions of subscription metrics, for oracle tests. It
 * states the rules set-wise (who is active on which day, which lifetimes start or end in a
 * period) and shares nothing with kpikit's code. The input table is {@code spells}.
 */
final class SpellSql {
  private SpellSql() {}

  /**
   * Common table expressions: {@code clean} (spells usable on asOf, ends after asOf unknown),
   * {@code spans} (each customer's overlapping or touching spells merged: customer_id, s, e),
   * {@code segments} (customer_id, segment = region of its first spell or ALL), {@code periods}
   * (p, label, last_day, prev_last_day from the first start's period to asOf's).
   *
   * @param asOf the analysis date
   * @param unit {@code month} or {@code quarter}
   * @param by the dimension column or null
   */
  static String ctes(LocalDate asOf, String unit, String by) {
    String step = unit.equals("quarter") ? "INTERVAL 3 MONTH" : "INTERVAL 1 MONTH";
    String label =
        unit.equals("quarter")
            ? "strftime(p, '%Y') || '-Q' || quarter(p)"
            : "strftime(p, '%Y-%m')";
    String segment =
        by == null ? "'ALL'" : "first(coalesce(nullif(" + by + ", ''), '(missing)') ORDER BY start_date, line)";
    return """
        WITH clean AS (
          SELECT *, CASE WHEN raw_end <= DATE '%1$s' THEN raw_end END AS end_date
          FROM (SELECT * RENAME (end_date AS raw_end) FROM spells)
          WHERE customer_id IS NOT NULL AND customer_id <> '' AND start_date <= DATE '%1$s'
            AND (raw_end IS NULL OR raw_end > start_date)),
        marked AS (
          SELECT *, max(coalesce(end_date, DATE '9999-12-31')) OVER (PARTITION BY customer_id
              ORDER BY start_date, line ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS reach
          FROM clean),
        islands AS (
          SELECT *, sum(CASE WHEN reach IS NULL OR start_date > reach THEN 1 ELSE 0 END)
              OVER (PARTITION BY customer_id ORDER BY start_date, line ROWS UNBOUNDED PRECEDING) AS island
          FROM marked),
        spans AS (
          SELECT customer_id, min(start_date) AS s,
                 nullif(max(coalesce(end_date, DATE '9999-12-31')), DATE '9999-12-31') AS e
          FROM islands GROUP BY customer_id, island),
        segments AS (SELECT customer_id, %4$s AS segment FROM clean GROUP BY customer_id),
        periods AS (
          SELECT p, %3$s AS label, CAST(p + %2$s - INTERVAL 1 DAY AS DATE) AS last_day,
                 CAST(p - INTERVAL 1 DAY AS DATE) AS prev_last_day
          FROM (SELECT CAST(unnest(range(
                    CAST(date_trunc('%5$s', (SELECT min(start_date) FROM clean)) AS TIMESTAMP),
                    CAST(date_trunc('%5$s', DATE '%1$s') AS TIMESTAMP) + INTERVAL 1 DAY, %2$s)) AS DATE) AS p))
        """
        .formatted(asOf, step, label, segment, unit);
  }

  /** churn_monthly from the definitions: customers active at the two period ends, lifetimes starting and ending inside. */
  static String churn(LocalDate asOf, String unit, String by) {
    String dim = by == null ? "" : "segment AS " + by + ", ";
    return ctes(asOf, unit, by)
        + """
        , firsts AS (SELECT customer_id, min(s) AS first_start FROM spans GROUP BY customer_id),
        flags AS (
          SELECT x.customer_id, p.p, p.label, p.last_day, p.prev_last_day,
            bool_or(x.s <= p.prev_last_day AND coalesce(x.e > p.prev_last_day, true)) AS a,
            bool_or(x.s <= p.last_day AND coalesce(x.e > p.last_day, true)) AS b,
            bool_or(x.s > p.prev_last_day AND x.s <= p.last_day) AS joined,
            bool_or(coalesce(x.e > p.prev_last_day AND x.e <= p.last_day, false)) AS left_
          FROM spans x CROSS JOIN periods p GROUP BY ALL),
        counted AS (
          SELECT f.*, g.segment, fi.first_start,
            f.joined AND NOT (f.a AND NOT f.b) AS counts_join,
            f.left_ AND NOT (NOT f.a AND f.b) AS counts_leave
          FROM flags f JOIN segments g USING (customer_id) JOIN firsts fi USING (customer_id))
        SELECT label AS %1$s, %2$s
          sum(a::INT) AS customers_start,
          sum((counts_join AND first_start > prev_last_day)::INT) AS "new",
          sum((counts_join AND first_start <= prev_last_day)::INT) AS reactivated,
          sum(counts_leave::INT) AS churned,
          sum(b::INT) AS customers_end,
          sum(counts_leave::INT) / nullif(sum(a::INT), 0) AS logo_churn_rate
        FROM counted GROUP BY p, label, segment ORDER BY p, segment
        """
            .formatted(unit, dim);
  }

  /** mrr_movements from month-end MRR per customer. */
  static String mrr(LocalDate asOf, String by) {
    String dim = by == null ? "" : "segment AS " + by + ", ";
    return ctes(asOf, "month", by)
        + """
        , ends AS (
          SELECT c.customer_id, c.segment, p.p, p.label,
            coalesce(sum(coalesce(x.mrr, 0)) FILTER (WHERE x.start_date <= p.last_day
                AND coalesce(x.end_date > p.last_day, true)), 0) AS y
          FROM segments c CROSS JOIN periods p JOIN clean x USING (customer_id) GROUP BY ALL),
        moves AS (
          SELECT *, coalesce(lag(y) OVER w, 0) AS x0, lag(y, 12) OVER w AS y12,
            coalesce(bool_or(y <> 0) OVER (PARTITION BY customer_id ORDER BY p
                ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), false) AS had
          FROM ends WINDOW w AS (PARTITION BY customer_id ORDER BY p)),
        totals AS (
          SELECT p, label, segment, sum(x0) AS mrr_start,
            sum(CASE WHEN x0 = 0 AND y <> 0 AND NOT had THEN y ELSE 0 END) AS "new",
            sum(CASE WHEN x0 <> 0 AND y > x0 THEN y - x0 ELSE 0 END) AS expansion,
            sum(CASE WHEN y <> 0 AND y < x0 THEN x0 - y ELSE 0 END) AS contraction,
            sum(CASE WHEN x0 <> 0 AND y = 0 THEN x0 ELSE 0 END) AS churned,
            sum(CASE WHEN x0 = 0 AND y <> 0 AND had THEN y ELSE 0 END) AS reactivation,
            sum(y) AS mrr_end,
            sum(y) FILTER (WHERE y12 <> 0) AS kept12, sum(y12) FILTER (WHERE y12 <> 0) AS base12
          FROM moves GROUP BY p, label, segment)
        SELECT label AS month, %1$s mrr_start, "new", expansion, contraction, churned, reactivation, mrr_end,
          (mrr_start + expansion - contraction - churned) / nullif(mrr_start, 0) AS nrr,
          (mrr_start - contraction - churned) / nullif(mrr_start, 0) AS grr,
          ("new" + expansion + reactivation) / nullif(contraction + churned, 0) AS quick_ratio,
          kept12 / nullif(base12, 0) AS nrr_12m
        FROM totals ORDER BY p, segment
        """
            .formatted(dim);
  }

  /** Each merged lifetime as a tenure-shaped row: time in days, event when it ended by asOf. */
  static String lifetimes(LocalDate asOf, String by) {
    return ctes(asOf, "month", by)
        + """
        SELECT customer_id, CAST(coalesce(e, DATE '%1$s') - s AS INTEGER) AS tenure,
               e IS NOT NULL AS churned, segment
        FROM spans JOIN segments USING (customer_id) ORDER BY customer_id, s
        """
            .formatted(asOf);
  }
}
