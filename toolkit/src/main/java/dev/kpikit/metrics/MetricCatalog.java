package dev.kpikit.metrics;

import static dev.kpikit.metrics.MetricDef.Kind.CUMULATIVE;
import static dev.kpikit.metrics.MetricDef.Kind.DERIVED;
import static dev.kpikit.metrics.MetricDef.Kind.RATIO;
import static dev.kpikit.metrics.MetricDef.Kind.SIMPLE;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The definitions of kpikit's metrics (DESIGN §4), the single source for {@code metrics.json}, the
 * report's notes and the README's metric reference.
 *
 * @since 0.1.0
 */
public final class MetricCatalog {
  private MetricCatalog() {}

  /** The metric tables and what each holds, in report order. */
  public static final Map<String, String> TABLES =
      orderedMap(
          "revenue_monthly",
          "Revenue, cost, gross margin, orders, active customers and average order value per period.",
          "new_customers_monthly",
          "Customers whose first positive order falls in the period, by acquisition channel.",
          "cac_monthly",
          "Acquisition spend / new customers per period and channel; ALL = blended.",
          "cohort_retention",
          "Share of each first-order cohort active k periods later.",
          "cohort_revenue_retention",
          "Revenue of each cohort k periods later as a share of its first-period revenue.",
          "repeat_purchase_rate",
          "Customers with two or more distinct positive orders / customers, by acquisition channel.",
          "churn_monthly",
          "Subscription customers at the start and end of each period, new, reactivated, churned.",
          "mrr_movements",
          "Monthly recurring revenue bridge: new, expansion, contraction, churned, reactivation; NRR,"
              + " GRR, quick ratio.",
          "survival",
          "Kaplan–Meier survival of customer lifetimes with 95 % log-transformed bands.",
          "tenure_churn",
          "Churned / customers of a tenure-shaped export (e.g. IBM Telco), by segment.",
          "unit_economics",
          "CAC, ARPA, margin, churn, LTV, LTV:CAC and CAC payback by acquisition channel.",
          "inventory_turnover",
          "COGS / average inventory value per period, and days of inventory outstanding.",
          "employee_turnover",
          "Headcount, hires, separations and turnover rates per period.",
          "hire_retention",
          "Share of each month's hires still employed 12 months later.",
          "attrition",
          "Leavers / employees of a snapshot-shaped HR export (e.g. IBM HR), by segment.",
          "financial_ratios",
          "Liquidity, leverage, coverage and spending ratios from the monthly financials.",
          "balances",
          "Pairs of opposing measures with their index (L − R) / (L + R), band and status.",
          "scorecard",
          "KPIs grouped into the Balanced Scorecard's four perspectives, with targets and trend.");

  /** Every metric with its definition. */
  public static final List<MetricDef> METRICS =
      List.of(
          def("revenue", "revenue_monthly", "currency", SIMPLE, "Sum of order amounts in the period, refunds (negative amounts) included."),
          def("cost", "revenue_monthly", "currency", SIMPLE, "Sum of order costs in the period; missing when orders have no cost column."),
          def("gross_margin", "revenue_monthly", "currency", SIMPLE, "Revenue − cost."),
          def("gross_margin_pct", "revenue_monthly", "ratio", RATIO, "Gross margin / revenue; missing when revenue is 0."),
          def("orders", "revenue_monthly", "count", SIMPLE, "Distinct order ids with a positive amount."),
          def("customers", "revenue_monthly", "count", SIMPLE, "Distinct customers with at least one positive order in the period."),
          def("aov", "revenue_monthly", "currency", RATIO, "Average order value: revenue / orders."),
          def("new_customers", "new_customers_monthly", "count", SIMPLE, "Customers whose first positive order is in the period (their cohort)."),
          def("cac", "cac_monthly", "currency", RATIO, "Customer acquisition cost: acquisition spend / new customers (retention spend excluded); missing with no new customers."),
          def("retention", "cohort_retention", "ratio", RATIO, "Customers of cohort c active in period c+k / cohort size; cells after as_of are missing, not 0."),
          def("revenue_retention", "cohort_revenue_retention", "ratio", RATIO, "Revenue of cohort c's customers in period c+k / their revenue in c."),
          def("repeat_purchase_rate", "repeat_purchase_rate", "ratio", RATIO, "Customers with two or more distinct positive orders / customers with at least one."),
          def("logo_churn_rate", "churn_monthly", "ratio", RATIO, "Customers churned in the period / customers at its start."),
          def("mrr", "mrr_movements", "currency", SIMPLE, "Monthly recurring revenue at the end of the period."),
          def("nrr", "mrr_movements", "ratio", RATIO, "Net revenue retention: (MRR at start + expansion − contraction − churned) / MRR at start."),
          def("grr", "mrr_movements", "ratio", RATIO, "Gross revenue retention: (MRR at start − contraction − churned) / MRR at start."),
          def("quick_ratio", "mrr_movements", "times", RATIO, "(New + expansion + reactivation MRR) / (contraction + churned MRR)."),
          def("nrr_12m", "mrr_movements", "ratio", CUMULATIVE, "MRR now of the customers who had MRR 12 months ago / their MRR then."),
          def("median_lifetime_months", "survival", "months", DERIVED, "Smallest time at which Kaplan–Meier survival falls to 0.5 or below; missing if it never does."),
          def("ltv", "unit_economics", "currency", DERIVED, "ARPA × gross margin % / monthly logo churn rate (trailing twelve months)."),
          def("ltv_cohort", "unit_economics", "currency", CUMULATIVE, "Gross margin per customer over a cohort's first 12 months, pooled over cohorts at least 12 months old."),
          def("ltv_cac", "unit_economics", "times", DERIVED, "LTV / CAC."),
          def("cac_payback_months", "unit_economics", "months", DERIVED, "CAC / (ARPA × gross margin %)."),
          def("inventory_turnover", "inventory_turnover", "times", RATIO, "COGS in the period / average inventory value."),
          def("dio", "inventory_turnover", "days", DERIVED, "Days inventory outstanding: days in the period / turnover."),
          def("turnover_rate", "employee_turnover", "ratio", RATIO, "Separations in the period / average headcount."),
          def("voluntary_turnover_rate", "employee_turnover", "ratio", RATIO, "Voluntary separations in the period / average headcount."),
          def("retention_12m", "hire_retention", "ratio", RATIO, "Hires of the month still employed 12 months after their hire date / hires."),
          def("churn_rate", "tenure_churn", "ratio", RATIO, "Churned customers / customers of a tenure-shaped export."),
          def("ttm_turnover_rate", "employee_turnover", "ratio", CUMULATIVE, "Separations in 12 months / mean of the 12 monthly average headcounts."),
          def("attrition_rate", "attrition", "ratio", RATIO, "Employees with attrition / all employees (snapshot exports)."),
          def("current_ratio", "financial_ratios", "times", RATIO, "Current assets / current liabilities."),
          def("debt_to_equity", "financial_ratios", "times", RATIO, "Total debt / equity."),
          def("interest_coverage", "financial_ratios", "times", RATIO, "EBIT / interest expense."),
          def("opex_ratio", "financial_ratios", "ratio", RATIO, "Operating expenses / revenue."),
          def("rnd_share", "financial_ratios", "ratio", RATIO, "R&D spend / revenue (R&D intensity)."));

  /** The class whose Javadoc documents each table (in {@code dev.kpikit.metrics}). */
  public static final Map<String, String> TABLE_CLASSES =
      orderedMap(
          "revenue_monthly", "RevenueMetrics",
          "new_customers_monthly", "NewCustomers",
          "cac_monthly", "Cac",
          "cohort_retention", "CohortRetention",
          "cohort_revenue_retention", "CohortRetention",
          "repeat_purchase_rate", "RepeatPurchase",
          "churn_monthly", "LogoChurn",
          "mrr_movements", "MrrMovements",
          "survival", "Survival",
          "tenure_churn", "TenureChurn",
          "unit_economics", "UnitEconomics",
          "inventory_turnover", "InventoryTurnover",
          "employee_turnover", "EmployeeTurnover",
          "hire_retention", "HireRetention",
          "attrition", "Attrition",
          "financial_ratios", "FinancialRatios",
          "balances", "Balances",
          "scorecard", "Scorecard");

  /**
   * The metric reference as Markdown (the README's "Metric reference" section is this text): per
   * table, what it holds and the class documenting it, then one line per metric with its unit.
   *
   * @return the Markdown text, ending with a newline
   */
  public static String markdownReference() {
    StringBuilder md = new StringBuilder();
    md.append("| table | what it holds | documented in |\n|---|---|---|\n");
    TABLES.forEach(
        (t, what) ->
            md.append("| `").append(t).append("` | ").append(what).append(" | [`")
                .append(TABLE_CLASSES.get(t)).append("`](toolkit/src/main/java/dev/kpikit/metrics/")
                .append(TABLE_CLASSES.get(t)).append(".java) |\n"));
    md.append("\n| metric | table | unit | definition |\n|---|---|---|---|\n");
    for (MetricDef d : METRICS) {
      md.append("| `").append(d.name()).append("` | `").append(d.table()).append("` | ")
          .append(d.unit()).append(" | ").append(d.definition()).append(" |\n");
    }
    return md.toString();
  }

  private static final Map<String, MetricDef> BY_NAME =
      METRICS.stream().collect(Collectors.toMap(MetricDef::name, Function.identity()));

  /**
   * @param name a metric name
   * @return its definition, if it is in the catalog
   */
  public static Optional<MetricDef> get(String name) {
    return Optional.ofNullable(BY_NAME.get(name));
  }

  private static MetricDef def(
      String name, String table, String unit, MetricDef.Kind kind, String definition) {
    return new MetricDef(name, table, unit, kind, definition);
  }

  private static Map<String, String> orderedMap(String... keyValues) {
    java.util.LinkedHashMap<String, String> m = new java.util.LinkedHashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      m.put(keyValues[i], keyValues[i + 1]);
    }
    return java.util.Collections.unmodifiableMap(m);
  }
}
