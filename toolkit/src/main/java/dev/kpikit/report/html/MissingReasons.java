package dev.kpikit.report.html;

import dev.kpikit.load.LoadResult;
import dev.kpikit.metrics.Kpi;
import dev.kpikit.schema.Dataset;
import java.time.LocalDate;
import java.time.YearMonth;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.Table;

/**
 * Why a value the page would show is missing, in words a reader can act on: the file or column
 * that would make it known, or why it cannot be known yet (e.g. orders-only churn before anyone
 * has had 12 months to lapse). The CSV holds an empty cell; the page says this instead of a 0.
 */
final class MissingReasons {
  /** Months without an order after which an orders-only customer counts as lost. */
  private static final int LAPSE_MONTHS = 12;

  private MissingReasons() {}

  /**
   * @param run the run
   * @return why CAC (and so LTV:CAC and CAC payback) is missing
   */
  static String cac(RunView run) {
    return run.run().loads().containsKey(Dataset.MARKETING_SPEND)
        ? "no acquisition spend or no new customers in the trailing twelve months"
        : "no marketing spend file (marketing_spend.csv), so the acquisition cost is unknown";
  }

  /**
   * @param run the run
   * @return why gross margin is missing: the orders have no cost column; null when they have one
   */
  static String margin(RunView run) {
    LoadResult orders = run.run().loads().get(Dataset.ORDERS);
    return orders != null && !orders.table().containsColumn("cost")
        ? "the orders have no cost column, so gross margin is unknown"
        : null;
  }

  /**
   * @param run the run
   * @return why the monthly churn rate of {@code unit_economics} is missing
   */
  static String churn(RunView run) {
    LoadResult customers = run.run().loads().get(Dataset.CUSTOMERS);
    if (customers != null && customers.table().containsColumn("start_date")) {
      return "no subscriber at the start of any month of the trailing twelve months";
    }
    LocalDate first = firstOrderDate(run);
    if (first == null) {
      return "no orders up to the as-of date";
    }
    YearMonth start = YearMonth.from(first);
    return "the orders start in " + start + " and a customer counts as lost only after "
        + LAPSE_MONTHS + " months without an order, so no loss can be seen before "
        + start.plusMonths(LAPSE_MONTHS) + "; churn is unknown, not 0";
  }

  /**
   * @param run the run
   * @param kpi a headline KPI without a value
   * @return why it has none
   */
  static String kpi(RunView run, Kpi kpi) {
    String margin = margin(run);
    return switch (kpi.name()) {
      case "gross_margin_pct" -> margin != null ? margin : "no revenue in " + kpi.period();
      case "cac", "cac_payback_months" -> cac(run);
      case "ltv_cac" -> !run.run().loads().containsKey(Dataset.MARKETING_SPEND) ? cac(run)
          : margin != null ? margin
          : "LTV is unknown: " + churn(run);
      default -> "no value for " + kpi.period();
    };
  }

  private static LocalDate firstOrderDate(RunView run) {
    LoadResult orders = run.run().loads().get(Dataset.ORDERS);
    if (orders == null) {
      return null;
    }
    Table t = orders.table();
    DateColumn dates = t.dateColumn("order_date");
    LocalDate first = null;
    for (int i = 0; i < dates.size(); i++) {
      LocalDate d = dates.get(i);
      if (d != null && !d.isAfter(run.options().asOf()) && (first == null || d.isBefore(first))) {
        first = d;
      }
    }
    return first;
  }
}
