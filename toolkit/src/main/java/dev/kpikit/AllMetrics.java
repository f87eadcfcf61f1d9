package dev.kpikit;

import dev.kpikit.load.LoadResult;
import dev.kpikit.metrics.MetricOptions;
import dev.kpikit.metrics.Kpi;
import dev.kpikit.metrics.KpiSeries;
import dev.kpikit.metrics.Scorecard;
import dev.kpikit.report.MetricRun;
import dev.kpikit.schema.Dataset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;
import java.util.function.Function;
import tech.tablesaw.api.Table;

/** Computes every metric table a business's data allows, and says why the others were skipped. */
final class AllMetrics {
  /** A table, the datasets it needs, and how to get it from a business. */
  private record Entry(String table, List<Dataset> needs, Function<Business, Metric> metric) {}

  private static final List<Entry> PLAN =
      List.of(
          new Entry("revenue_monthly", List.of(Dataset.ORDERS), Business::revenue),
          new Entry("new_customers_monthly", List.of(Dataset.ORDERS), Business::newCustomers),
          new Entry("cac_monthly", List.of(Dataset.ORDERS, Dataset.MARKETING_SPEND), Business::cac),
          new Entry("cohort_retention", List.of(Dataset.ORDERS), Business::cohortRetention),
          new Entry(
              "cohort_revenue_retention", List.of(Dataset.ORDERS), Business::cohortRevenueRetention),
          new Entry("repeat_purchase_rate", List.of(Dataset.ORDERS), Business::repeatPurchase),
          new Entry("churn_monthly", List.of(Dataset.CUSTOMERS), Business::churn),
          new Entry("mrr_movements", List.of(Dataset.CUSTOMERS), Business::mrrMovements),
          new Entry("survival", List.of(Dataset.CUSTOMERS), Business::survival),
          new Entry("tenure_churn", List.of(Dataset.CUSTOMERS), Business::tenureChurn),
          new Entry("unit_economics", List.of(Dataset.ORDERS), Business::unitEconomics),
          new Entry("inventory_turnover", List.of(Dataset.INVENTORY), Business::inventoryTurnover),
          new Entry("employee_turnover", List.of(Dataset.EMPLOYEES), Business::employeeTurnover),
          new Entry("hire_retention", List.of(Dataset.EMPLOYEES), Business::hireRetention),
          new Entry("attrition", List.of(Dataset.EMPLOYEES), Business::attrition),
          new Entry("financial_ratios", List.of(Dataset.FINANCIALS), Business::financialRatios),
          new Entry("balances", List.of(), Business::balances));

  /**
   * The order in which tables are started: the first one indexes the orders (on two cores, see
   * {@link dev.kpikit.metrics.OrderFacts}) while the other thread computes the tables of the other
   * datasets; then the order tables (which wait for the index), those that take longest first.
   * Balances reads unit economics last, so the two run at once.
   */
  private static final List<String> START =
      List.of(
          "revenue_monthly",
          "employee_turnover",
          "hire_retention",
          "attrition",
          "financial_ratios",
          "churn_monthly",
          "mrr_movements",
          "survival",
          "tenure_churn",
          "unit_economics",
          "balances",
          "inventory_turnover",
          "cohort_revenue_retention",
          "cohort_retention",
          "new_customers_monthly",
          "repeat_purchase_rate",
          "cac_monthly");

  private AllMetrics() {}

  /** Loads what the folder has, computes what it allows, and collects the run. */
  static MetricRun compute(Business business, MetricOptions options) {
    Map<String, Long> timings = new LinkedHashMap<>();
    long start = System.nanoTime();
    Map<Dataset, LoadResult> loads = new EnumMap<>(Dataset.class);
    for (Dataset d : business.folder().inputs().keySet()) {
      long t = System.nanoTime();
      loads.put(d, business.load(d));
      timings.put("load_" + d.fileStem(), millisSince(t));
    }
    Map<String, Table> tables = new LinkedHashMap<>();
    Map<String, String> skipped = new LinkedHashMap<>();
    long metricsStart = System.nanoTime();
    computeTables(business, options, tables, skipped, timings);
    // KPIs and the scorecard read whole-business series: from unsplit tables.
    Map<String, Table> whole = tables;
    if (options.by() != null) {
      whole = new LinkedHashMap<>();
      computeTables(business, options.withBy(null), whole, new LinkedHashMap<>(), timings);
    }
    List<KpiSeries> series = KpiSeries.fromTables(whole, options.withBy(null));
    List<Kpi> kpis = KpiSeries.headlines(series, options.withBy(null));
    tables.put(
        Scorecard.TABLE, Scorecard.table(series, business.config().targets(), options.withBy(null)));
    timings.put("metrics", millisSince(metricsStart));
    timings.put("total", millisSince(start));
    return new MetricRun(
        business.folder().dir(), business.config(), options, loads, tables, skipped, kpis, timings,
        business.configIssues());
  }

  /**
   * Computes the tables of {@link #PLAN} on {@link TablePool} threads, started in {@link #START}
   * order, and adds them to {@code tables} and {@code skipped} in plan order; adds each table's
   * milliseconds to {@code timings} as {@code metric_<table>}.
   */
  private static void computeTables(
      Business business,
      MetricOptions options,
      Map<String, Table> tables,
      Map<String, String> skipped,
      Map<String, Long> timings) {
    Map<String, Future<Outcome>> outcomes = new HashMap<>();
    try (TablePool pool = TablePool.forThisMachine()) {
      for (Entry e : startOrder()) {
        outcomes.put(e.table(), pool.submit(() -> compute(e, business, options)));
      }
      for (Entry e : PLAN) {
        Outcome o = TablePool.await(outcomes.get(e.table()));
        if (o.table() != null) {
          tables.put(e.table(), o.table());
          timings.merge("metric_" + e.table(), o.millis(), Long::sum);
        } else {
          skipped.put(e.table(), o.skipped());
        }
      }
    }
  }

  /** @return the plan's entries, those named in {@link #START} first and in that order */
  private static List<Entry> startOrder() {
    List<Entry> order = new ArrayList<>(PLAN);
    order.sort(Comparator.comparingInt(e -> START.contains(e.table()) ? START.indexOf(e.table()) : START.size()));
    return order;
  }

  /** A computed table with its milliseconds, or why it was skipped. */
  private record Outcome(Table table, long millis, String skipped) {}

  private static Outcome compute(Entry e, Business business, MetricOptions options) {
    List<Dataset> absent = e.needs().stream().filter(d -> !business.has(d)).toList();
    if (!absent.isEmpty()) {
      return new Outcome(null, 0, "no " + describe(absent));
    }
    try {
      long t = System.nanoTime();
      Table table = e.metric().apply(business).computeWith(options);
      return new Outcome(table, millisSince(t), null);
    } catch (IllegalArgumentException ex) {
      return new Outcome(null, 0, ex.getMessage());
    }
  }

  private static String describe(List<Dataset> absent) {
    List<String> names = absent.stream().map(d -> d.fileStem() + " file (" + d.fileStem() + ".csv)").toList();
    return String.join(" and no ", names);
  }

  private static long millisSince(long nanos) {
    return (System.nanoTime() - nanos) / 1_000_000;
  }
}
