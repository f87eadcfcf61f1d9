package dev.kpikit.metrics;

import static dev.kpikit.metrics.KpiSource.perPeriod;
import static dev.kpikit.metrics.MetricDef.Kind.CUMULATIVE;
import static dev.kpikit.metrics.MetricDef.Kind.DERIVED;
import static dev.kpikit.metrics.MetricDef.Kind.RATIO;
import static dev.kpikit.metrics.MetricDef.Kind.SIMPLE;

import dev.kpikit.schema.Dataset;
import java.util.List;
import tech.tablesaw.api.Table;

/**
 * Every metric table, each declared once ({@link MetricTable}): name, description, documenting
 * class, inputs, dependencies, metric columns with units and definitions, headline KPIs and the
 * function that computes it. Adding a table is adding a declaration here (and the class that
 * computes it, plus a report section if it has one); {@link MetricCatalog}, the README's metric
 * reference, {@code metrics.json}, the report's notes, the scorecard's KPI sources and the order of
 * a whole run derive from {@link #ALL}, and {@code MetricTablesTest} fails when one disagrees.
 *
 * @since 0.2.0
 */
public final class MetricTables {
  private MetricTables() {}

  /**
   * The name a table's file has at a grain: a table named for the month ({@code revenue_monthly},
   * {@code new_customers_monthly}, {@code cac_monthly}, {@code churn_monthly}) computed at another
   * grain is named for that grain ({@code revenue_quarterly}, {@code cac_weekly},
   * {@code churn_yearly}); every other name is kept. {@code kpikit metrics} writes both names for
   * one release (0.2.x): the old {@code _monthly} file stays readable until 1.0.
   *
   * @param table a table name, e.g. {@code revenue_monthly}
   * @param grain the grain it was computed at
   * @return the name that says the grain, e.g. {@code revenue_quarterly} (the same name at {@link
   *     Grain#MONTH} or for a table without a grain in its name)
   * @since 0.2.0
   */
  public static String nameAt(String table, Grain grain) {
    if (!table.endsWith(MONTHLY_SUFFIX) || grain == Grain.MONTH) {
      return table;
    }
    String stem = table.substring(0, table.length() - MONTHLY_SUFFIX.length());
    return stem + switch (grain) {
      case WEEK -> "_weekly";
      case QUARTER -> "_quarterly";
      case YEAR -> "_yearly";
      case MONTH -> MONTHLY_SUFFIX;
    };
  }

  private static final String MONTHLY_SUFFIX = "_monthly";

  /**
   * Whether a computed table is broken down by a dimension: it has the dimension's column, or the
   * {@code segment} column of the tables without dates (tenure, snapshot, survival). A table
   * without either ({@code unit_economics}, always by acquisition channel; {@code balances} and
   * {@code scorecard}, whole-business) is not.
   *
   * @param table a computed metric table
   * @param by the dimension asked for, or null
   * @return true when {@code by} is null or the table is split by it
   * @since 0.2.0
   */
  public static boolean splitsBy(Table table, String by) {
    return by == null || table.containsColumn(by) || table.containsColumn("segment");
  }

  /** {@code revenue_monthly}: see {@link RevenueMetrics}. */
  public static final MetricTable REVENUE_MONTHLY =
      new MetricTable(
          "revenue_monthly",
          "Revenue, cost, gross margin, orders, active customers and average order value per period.",
          RevenueMetrics.class,
          List.of(Dataset.ORDERS),
          List.of(),
          List.of(
              def("revenue", "revenue_monthly", "currency", SIMPLE, "Sum of order amounts in the period, refunds (negative amounts) included."),
              def("cost", "revenue_monthly", "currency", SIMPLE, "Sum of order costs in the period; missing when orders have no cost column."),
              def("gross_margin", "revenue_monthly", "currency", SIMPLE, "Revenue − cost."),
              def("gross_margin_pct", "revenue_monthly", "ratio", RATIO, "Gross margin / revenue; missing when revenue is 0."),
              def("orders", "revenue_monthly", "count", SIMPLE, "Distinct order ids with a positive amount."),
              def("customers", "revenue_monthly", "count", SIMPLE, "Distinct customers with at least one positive order in the period."),
              def("aov", "revenue_monthly", "currency", RATIO, "Average order value: revenue / orders.")),
          List.of(perPeriod("revenue", "revenue", "financial"),
              perPeriod("gross_margin_pct", "gross_margin_pct", "financial"),
              perPeriod("aov", "aov", "customer")),
          (in, o) -> RevenueMetrics.table(in.table(Dataset.ORDERS), o, in.facts()));

  /** {@code new_customers_monthly}: see {@link NewCustomers}. */
  public static final MetricTable NEW_CUSTOMERS_MONTHLY =
      new MetricTable(
          "new_customers_monthly",
          "Customers whose first positive order falls in the period, by acquisition channel.",
          NewCustomers.class,
          List.of(Dataset.ORDERS),
          List.of(),
          List.of(
              def("new_customers", "new_customers_monthly", "count", SIMPLE, "Customers whose first positive order is in the period (their cohort).")),
          List.of(perPeriod("new_customers", "new_customers", "customer")),
          (in, o) -> NewCustomers.table(in.table(Dataset.ORDERS), in.spellsOrNull(), o, in.facts()));

  /** {@code cac_monthly}: see {@link Cac}. */
  public static final MetricTable CAC_MONTHLY =
      new MetricTable(
          "cac_monthly",
          "Acquisition spend / new customers per period and channel; ALL = blended.",
          Cac.class,
          List.of(Dataset.ORDERS, Dataset.MARKETING_SPEND),
          List.of(),
          List.of(
              def("cac", "cac_monthly", "currency", RATIO, "Customer acquisition cost: acquisition spend / new customers (retention spend excluded); missing with no new customers.")),
          List.of(perPeriod("cac", "cac", "internal_process")),
          (in, o) -> Cac.table(in.table(Dataset.ORDERS), in.spellsOrNull(), in.table(Dataset.MARKETING_SPEND), o, in.facts()));

  /** {@code cohort_retention}: see {@link CohortRetention}. */
  public static final MetricTable COHORT_RETENTION =
      new MetricTable(
          "cohort_retention",
          "Share of each first-order cohort active k periods later.",
          CohortRetention.class,
          List.of(Dataset.ORDERS),
          List.of(),
          List.of(
              def("retention", "cohort_retention", "ratio", RATIO, "Customers of cohort c active in period c+k / cohort size; cells after as_of are missing, not 0.")),
          List.of(),
          (in, o) -> CohortRetention.table(in.table(Dataset.ORDERS), o, CohortRetention.ALL_OFFSETS, in.facts()));

  /** {@code cohort_revenue_retention}: see {@link CohortRetention}. */
  public static final MetricTable COHORT_REVENUE_RETENTION =
      new MetricTable(
          "cohort_revenue_retention",
          "Revenue of each cohort k periods later as a share of its first-period revenue.",
          CohortRetention.class,
          List.of(Dataset.ORDERS),
          List.of(),
          List.of(
              def("revenue_retention", "cohort_revenue_retention", "ratio", RATIO, "Revenue of cohort c's customers in period c+k / their revenue in c.")),
          List.of(),
          (in, o) -> CohortRetention.revenueTable(in.table(Dataset.ORDERS), o, CohortRetention.ALL_OFFSETS, in.facts()));

  /** {@code repeat_purchase_rate}: see {@link RepeatPurchase}. */
  public static final MetricTable REPEAT_PURCHASE_RATE =
      new MetricTable(
          "repeat_purchase_rate",
          "Customers with two or more distinct positive orders / customers, by acquisition channel.",
          RepeatPurchase.class,
          List.of(Dataset.ORDERS),
          List.of(),
          List.of(
              def("repeat_purchase_rate", "repeat_purchase_rate", "ratio", RATIO, "Customers with two or more distinct positive orders / customers with at least one.")),
          List.of(new KpiSource("repeat_purchase_rate", "repeat_purchase_rate", "customer", KpiSource.Span.TO_AS_OF)),
          (in, o) -> RepeatPurchase.table(in.table(Dataset.ORDERS), o, in.facts()));

  /** {@code churn_monthly}: see {@link LogoChurn}. */
  public static final MetricTable CHURN_MONTHLY =
      new MetricTable(
          "churn_monthly",
          "Subscription customers at the start and end of each period, new, reactivated, churned.",
          LogoChurn.class,
          List.of(Dataset.CUSTOMERS),
          List.of(),
          List.of(
              def("logo_churn_rate", "churn_monthly", "ratio", RATIO, "Customers churned in the period / customers at its start.")),
          List.of(perPeriod("logo_churn_rate", "logo_churn_rate", "customer")),
          (in, o) -> LogoChurn.table(in.spells(), o));

  /** {@code mrr_movements}: see {@link MrrMovements}. */
  public static final MetricTable MRR_MOVEMENTS =
      new MetricTable(
          "mrr_movements",
          "Monthly recurring revenue bridge: new, expansion, contraction, churned, reactivation; NRR,"
              + " GRR, quick ratio.",
          MrrMovements.class,
          List.of(Dataset.CUSTOMERS),
          List.of(),
          List.of(
              def("mrr", "mrr_movements", "currency", SIMPLE, "Monthly recurring revenue at the end of the period."),
              def("nrr", "mrr_movements", "ratio", RATIO, "Net revenue retention: (MRR at start + expansion − contraction − churned) / MRR at start."),
              def("grr", "mrr_movements", "ratio", RATIO, "Gross revenue retention: (MRR at start − contraction − churned) / MRR at start."),
              def("quick_ratio", "mrr_movements", "times", RATIO, "(New + expansion + reactivation MRR) / (contraction + churned MRR)."),
              def("nrr_12m", "mrr_movements", "ratio", CUMULATIVE, "MRR now of the customers who had MRR 12 months ago / their MRR then.")),
          List.of(perPeriod("mrr", "mrr_end", "financial"),
              perPeriod("nrr", "nrr", "financial"),
              perPeriod("grr", "grr", "financial"),
              perPeriod("quick_ratio", "quick_ratio", "financial")),
          (in, o) -> MrrMovements.table(in.spells(), o));

  /** {@code trial_conversion}: see {@link TrialConversion}. */
  public static final MetricTable TRIAL_CONVERSION =
      new MetricTable(
          "trial_conversion",
          "Trials started per period and how many converted to paid, lapsed or are still running.",
          TrialConversion.class,
          List.of(Dataset.CUSTOMERS),
          List.of(),
          List.of(
              def("trial_conversion_rate", "trial_conversion", "ratio", RATIO, "Trials converted to paid / trials decided (converted + lapsed) by trial-start period; trials still running at as_of are excluded and counted; missing, never 0, with no decided trial."),
              def("median_days_to_convert", "trial_conversion", "days", DERIVED, "Median of trial end − trial start over the period's converted trials.")),
          List.of(),
          (in, o) -> TrialConversion.table(in.spells(), o));

  /** {@code survival}: see {@link Survival}. */
  public static final MetricTable SURVIVAL =
      new MetricTable(
          "survival",
          "Kaplan–Meier survival of customer lifetimes with 95 % log-transformed bands.",
          Survival.class,
          List.of(Dataset.CUSTOMERS),
          List.of(),
          List.of(
              def("median_lifetime_months", "survival", "months", DERIVED, "Smallest time at which Kaplan–Meier survival falls to 0.5 or below; missing if it never does.")),
          List.of(new KpiSource("median_lifetime_months", "survival", "customer", KpiSource.Span.TENURE_MEDIAN)),
          (in, o) -> in.shape(Dataset.CUSTOMERS).equals("spells") ? Survival.spells(in.table(Dataset.CUSTOMERS), o) : Survival.tenure(in.table(Dataset.CUSTOMERS), o.by()));

  /** {@code tenure_churn}: see {@link TenureChurn}. */
  public static final MetricTable TENURE_CHURN =
      new MetricTable(
          "tenure_churn",
          "Churned / customers of a tenure-shaped export (e.g. IBM Telco), by segment.",
          TenureChurn.class,
          List.of(Dataset.CUSTOMERS),
          List.of(),
          List.of(
              def("churn_rate", "tenure_churn", "ratio", RATIO, "Churned customers / customers of a tenure-shaped export.")),
          List.of(new KpiSource("churn_rate", "churn_rate", "customer", KpiSource.Span.WHOLE_EXPORT)),
          (in, o) -> TenureChurn.table(in.tenure(), o));

  /** {@code unit_economics}: see {@link UnitEconomics}. */
  public static final MetricTable UNIT_ECONOMICS =
      new MetricTable(
          "unit_economics",
          "CAC, ARPA, margin, churn, LTV, LTV:CAC and CAC payback by acquisition channel.",
          UnitEconomics.class,
          List.of(Dataset.ORDERS),
          List.of(),
          List.of(
              def("ltv", "unit_economics", "currency", DERIVED, "ARPA × gross margin % / monthly logo churn rate (trailing twelve months)."),
              def("ltv_cohort", "unit_economics", "currency", CUMULATIVE, "Gross margin per customer over a cohort's first 12 months, pooled over cohorts at least 12 months old."),
              def("ltv_cac", "unit_economics", "times", DERIVED, "LTV / CAC."),
              def("cac_payback_months", "unit_economics", "months", DERIVED, "CAC / (ARPA × gross margin %).")),
          List.of(new KpiSource("ltv_cac", "ltv_cac", "customer", KpiSource.Span.TRAILING_YEAR),
              new KpiSource("cac_payback_months", "cac_payback_months", "internal_process", KpiSource.Span.TRAILING_YEAR)),
          (in, o) -> UnitEconomics.table(in.table(Dataset.ORDERS), in.spellsOrNull(), in.tableOrNull(Dataset.MARKETING_SPEND), o, in.facts()));

  /** {@code inventory_turnover}: see {@link InventoryTurnover}. */
  public static final MetricTable INVENTORY_TURNOVER =
      new MetricTable(
          "inventory_turnover",
          "COGS / average inventory value per period, and days of inventory outstanding.",
          InventoryTurnover.class,
          List.of(Dataset.INVENTORY),
          List.of(),
          List.of(
              def("inventory_turnover", "inventory_turnover", "times", RATIO, "COGS in the period / average inventory value."),
              def("dio", "inventory_turnover", "days", DERIVED, "Days inventory outstanding: days in the period / turnover.")),
          List.of(new KpiSource("inventory_turnover", "turnover", "internal_process", KpiSource.Span.PER_PERIOD_COLUMN),
              new KpiSource("dio", "dio", "internal_process", KpiSource.Span.PER_PERIOD_COLUMN)),
          (in, o) -> InventoryTurnover.table(in.table(Dataset.INVENTORY), in.tableOrNull(Dataset.ORDERS), in.tableOrNull(Dataset.FINANCIALS), o, in.facts()));

  /** {@code employee_turnover}: see {@link EmployeeTurnover}. */
  public static final MetricTable EMPLOYEE_TURNOVER =
      new MetricTable(
          "employee_turnover",
          "Headcount, hires, separations and turnover rates per period.",
          EmployeeTurnover.class,
          List.of(Dataset.EMPLOYEES),
          List.of(),
          List.of(
              def("turnover_rate", "employee_turnover", "ratio", RATIO, "Separations in the period / average headcount."),
              def("voluntary_turnover_rate", "employee_turnover", "ratio", RATIO, "Voluntary separations in the period / average headcount."),
              def("ttm_turnover_rate", "employee_turnover", "ratio", CUMULATIVE, "Separations in 12 months / mean of the 12 monthly average headcounts.")),
          List.of(perPeriod("turnover_rate", "turnover_rate", "learning_and_growth"),
              perPeriod("ttm_turnover_rate", "ttm_turnover_rate", "learning_and_growth")),
          (in, o) -> EmployeeTurnover.table(in.employeeSpells(), o));

  /** {@code hire_retention}: see {@link HireRetention}. */
  public static final MetricTable HIRE_RETENTION =
      new MetricTable(
          "hire_retention",
          "Share of each month's hires still employed 12 months later.",
          HireRetention.class,
          List.of(Dataset.EMPLOYEES),
          List.of(),
          List.of(
              def("retention_12m", "hire_retention", "ratio", RATIO, "Hires of the month still employed 12 months after their hire date / hires.")),
          List.of(),
          (in, o) -> HireRetention.table(in.employeeSpells(), o));

  /** {@code attrition}: see {@link Attrition}. */
  public static final MetricTable ATTRITION =
      new MetricTable(
          "attrition",
          "Leavers / employees of a snapshot-shaped HR export (e.g. IBM HR), by segment.",
          Attrition.class,
          List.of(Dataset.EMPLOYEES),
          List.of(),
          List.of(
              def("attrition_rate", "attrition", "ratio", RATIO, "Employees with attrition / all employees (snapshot exports).")),
          List.of(new KpiSource("attrition_rate", "attrition_rate", "learning_and_growth", KpiSource.Span.WHOLE_EXPORT)),
          (in, o) -> Attrition.table(in.employeeSnapshot(), o));

  /** {@code financial_ratios}: see {@link FinancialRatios}. */
  public static final MetricTable FINANCIAL_RATIOS =
      new MetricTable(
          "financial_ratios",
          "Liquidity, leverage, coverage and spending ratios from the monthly financials.",
          FinancialRatios.class,
          List.of(Dataset.FINANCIALS),
          List.of(),
          List.of(
              def("current_ratio", "financial_ratios", "times", RATIO, "Current assets / current liabilities."),
              def("debt_to_equity", "financial_ratios", "times", RATIO, "Total debt / equity."),
              def("interest_coverage", "financial_ratios", "times", RATIO, "EBIT / interest expense."),
              def("opex_ratio", "financial_ratios", "ratio", RATIO, "Operating expenses / revenue."),
              def("rnd_share", "financial_ratios", "ratio", RATIO, "R&D spend / revenue (R&D intensity).")),
          List.of(perPeriod("current_ratio", "current_ratio", "financial"),
              perPeriod("debt_to_equity", "debt_to_equity", "financial"),
              perPeriod("rnd_share", "rnd_share", "learning_and_growth")),
          (in, o) -> FinancialRatios.table(in.table(Dataset.FINANCIALS), o));

  /** {@code balances}: see {@link Balances}. */
  public static final MetricTable BALANCES =
      new MetricTable(
          "balances",
          "Pairs of opposing measures with their index (L − R) / (L + R), band and status.",
          Balances.class,
          List.of(),
          List.of("unit_economics"),
          List.of(
),
          List.of(),
          (in, o) -> Balances.table(in.loadedTables(), o, in.bands(), in.facts()));

  /** {@code units}: see {@link UnitComparison}. */
  public static final MetricTable UNITS =
      new MetricTable(
          "units",
          "Each unit (store, branch, region: the unit column) on the headline KPIs over the trailing"
              + " twelve months: value, rank, the business's value, funnel limits, balances, standouts.",
          UnitComparison.class,
          List.of(Dataset.ORDERS),
          List.of(),
          List.of(
              def("funnel_limit_99_8", "units", "ratio", DERIVED, "Exact binomial limits qbinom(0.001, n, p) / n and qbinom(0.999, n, p) / n for a unit's denominator n around the whole business's rate p (also at 95 %: 0.025, 0.975)."),
              def("unit_standout", "units", "flag", DERIVED, "A unit outside the 99.8 % funnel limits of a proportion, or whose monthly revenue, new or active customers, churn or turnover got worse three months running.")),
          List.of(),
          (in, o) -> UnitComparison.table(in, o));

  /** {@code scorecard}: see {@link Scorecard}. */
  public static final MetricTable SCORECARD =
      new MetricTable(
          "scorecard",
          "KPIs grouped into the Balanced Scorecard's four perspectives, with targets and trend.",
          Scorecard.class,
          List.of(),
          List.of(),
          List.of(
),
          List.of(),
          null);

  /** Every table, in report order (the order of the README's reference and of a run's outputs). */
  public static final List<MetricTable> ALL =
      List.of(
          REVENUE_MONTHLY,
          NEW_CUSTOMERS_MONTHLY,
          CAC_MONTHLY,
          COHORT_RETENTION,
          COHORT_REVENUE_RETENTION,
          REPEAT_PURCHASE_RATE,
          CHURN_MONTHLY,
          MRR_MOVEMENTS,
          TRIAL_CONVERSION,
          SURVIVAL,
          TENURE_CHURN,
          UNIT_ECONOMICS,
          INVENTORY_TURNOVER,
          EMPLOYEE_TURNOVER,
          HIRE_RETENTION,
          ATTRITION,
          FINANCIAL_RATIOS,
          BALANCES,
          UNITS,
          SCORECARD);

  /**
   * @param name a table name, e.g. {@code cac_monthly}
   * @return its declaration
   * @throws IllegalArgumentException naming the known tables when there is none
   */
  public static MetricTable named(String name) {
    return ALL.stream()
        .filter(t -> t.name().equals(name))
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "no metric table " + name + "; expected one of " + ALL.stream().map(MetricTable::name).toList()));
  }

  private static MetricDef def(
      String name, String table, String unit, MetricDef.Kind kind, String definition) {
    return new MetricDef(name, table, unit, kind, definition);
  }
}
