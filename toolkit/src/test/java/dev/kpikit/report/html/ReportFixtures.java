package dev.kpikit.report.html;

import dev.kpikit.config.KpikitConfig;
import dev.kpikit.load.FileLedger;
import dev.kpikit.load.LoadResult;
import dev.kpikit.metrics.MetricOptions;
import dev.kpikit.metrics.Kpi;
import dev.kpikit.report.MetricRun;
import dev.kpikit.schema.Dataset;
import dev.kpikit.schema.Schemas;
import dev.kpikit.testing.Tables;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tech.tablesaw.api.Table;

/**
 * Small metric runs built inline: every table the report draws, with the names of channels,
 * segments and regions chosen by the test (so hostile names can be put anywhere).
 */
final class ReportFixtures {
  static final LocalDate AS_OF = LocalDate.of(2025, 3, 31);

  /** Hostile names: each would run script or break out of its context if written unescaped. */
  static final String SCRIPT_CLOSE = "</script><script>document.title='pwned'</script>";
  static final String IMG_ONERROR = "<img src=x onerror=\"document.title='pwned'\">";
  static final String JS_BREAKOUT = "\"];document.title='pwned';//";
  static final String LINE_SEPARATORS = "a\u2028b\u2029c";

  private ReportFixtures() {}

  /** Names used in a fixture run. */
  record Names(String channel, String segment, String region, String file) {
    static final Names PLAIN = new Names("email", "monthly", "north", "orders.csv");
  }

  static MetricRun everything(Path dataDir, Names n, List<Kpi> kpis) {
    return run(dataDir, allTables(n), Map.of(), kpis, List.of(orders(n.file(), 100, 2)), config());
  }

  static MetricRun run(
      Path dataDir,
      Map<String, Table> tables,
      Map<String, String> skipped,
      List<Kpi> kpis,
      List<LoadResult> loads,
      KpikitConfig config) {
    Map<Dataset, LoadResult> byDataset = new LinkedHashMap<>();
    loads.forEach(l -> byDataset.put(l.dataset(), l));
    return new MetricRun(dataDir, config, MetricOptions.monthly(AS_OF), byDataset, tables, skipped,
        kpis, Map.of());
  }

  static KpikitConfig config() {
    return new KpikitConfig(java.time.ZoneOffset.UTC, "EUR", null, Map.of(),
        Map.of("gross_margin_pct", new KpikitConfig.Target(0.5, null),
            "logo_churn_rate", new KpikitConfig.Target(null, 0.03),
            "ltv_cac", new KpikitConfig.Target(3.0, null)),
        Map.of());
  }

  static LoadResult orders(String file, long read, long rejected) {
    return new LoadResult(Dataset.ORDERS, Schemas.ORDERS, Table.create("orders"),
        List.of(new FileLedger("orders", file, read, read - rejected, rejected, Map.of(), Map.of(),
            List.of("rows without customer_id: 3"))),
        List.of());
  }

  static Map<String, Table> allTables(Names n) {
    Map<String, Table> t = new LinkedHashMap<>();
    t.put("revenue_monthly", table("revenue_monthly",
        "month,orders,customers,revenue,cost,gross_margin,gross_margin_pct,aov",
        row("2025-01", 10, 8, 1000, 400, 600, 0.6, 100),
        row("2025-02", 12, 9, 1200, 600, 600, 0.5, 100),
        row("2025-03", 11, 9, 1100, 440, 660, 0.6, 100)));
    t.put("new_customers_monthly", table("new_customers_monthly", "month,channel,new_customers",
        row("2025-01", "ALL", 5), row("2025-01", n.channel(), 5),
        row("2025-02", "ALL", 4), row("2025-02", n.channel(), 4)));
    t.put("cac_monthly", table("cac_monthly", "month,channel,spend,new_customers,cac",
        row("2025-01", "ALL", 100, 5, 20), row("2025-01", n.channel(), 100, 5, 20),
        row("2025-02", "ALL", 80, 0, null), row("2025-02", n.channel(), 80, 0, null)));
    t.put("repeat_purchase_rate", table("repeat_purchase_rate",
        "channel,customers,repeat_customers,repeat_purchase_rate",
        row("ALL", 10, 4, 0.4), row(n.channel(), 10, 4, 0.4)));
    t.put("cohort_retention", table("cohort_retention",
        "cohort,cohort_size,offset,active_customers,retention",
        row("2025-01", 5, 0, 5, 1.0), row("2025-01", 5, 1, 2, 0.4), row("2025-02", 4, 0, 4, 1.0)));
    t.put("cohort_revenue_retention", table("cohort_revenue_retention",
        "cohort,offset,revenue,revenue_retention",
        row("2025-01", 0, 500, 1.0), row("2025-01", 1, 250, 0.5), row("2025-02", 0, 300, 1.0)));
    t.put("churn_monthly", table("churn_monthly",
        "month,customers_start,new,reactivated,churned,customers_end,logo_churn_rate",
        row("2025-01", 0, 10, 0, 0, 10, null), row("2025-02", 10, 2, 0, 1, 11, 0.1)));
    t.put("mrr_movements", table("mrr_movements",
        "month,mrr_start,new,expansion,contraction,churned,reactivation,mrr_end,nrr,grr,quick_ratio",
        row("2025-01", 0, 1000, 0, 0, 0, 0, 1000, null, null, null),
        row("2025-02", 1000, 200, 50, 20, 100, 0, 1130, 0.93, 0.88, 2.08)));
    t.put("survival", table("survival", "segment,time,at_risk,events,censored,survival,ci_lower,ci_upper",
        row(n.segment(), 0, 10, 0, 0, 1.0, 1.0, 1.0), row(n.segment(), 30, 10, 2, 0, 0.8, 0.55, 0.93),
        row(n.segment(), 60, 8, 2, 1, 0.6, 0.33, 0.8)));
    t.put("unit_economics", table("unit_economics",
        "channel,cac,arpa,gross_margin_pct,churn_rate,ltv,ltv_cac,cac_payback_months",
        row(n.channel(), 20, 50, 0.6, 0.05, 600, 30, 0.67)));
    t.put("inventory_turnover", table("inventory_turnover", "period,cogs,avg_inventory_value,turnover,dio",
        row("2025-01", 400, 800, 0.5, 62), row("2025-02", 600, 800, 0.75, 37.3)));
    t.put("employee_turnover", table("employee_turnover",
        "month,headcount_start,hires,separations,headcount_end,avg_headcount,turnover_rate,voluntary_turnover_rate",
        row("2025-01", 10, 1, 1, 10, 10, 0.1, 0.1), row("2025-02", 10, 0, 0, 10, 10, 0.0, 0.0)));
    t.put("balances", table("balances",
        "balance,left_label,left_value,right_label,right_value,index,band_low,band_high,status",
        row("concentration_vs_spread", "top region " + n.region(), 700, "other regions", 300, 0.4, -0.33, 0.33, "leans_left"),
        row("growth_vs_churn", "customers gained", 12, "customers lost", 10, 0.09, -0.33, 0.33, "balanced"),
        row("people_vs_profit", "TTM turnover", 0.2, "gross margin %", 0.6, null, null, null, "missing_data")));
    t.put("scorecard", table("scorecard", "perspective,kpi,value,target,status,trend",
        row("financial", "gross_margin_pct", 0.6, 0.5, "met", "up"),
        row("financial", "revenue", 1100, null, "no_target", "down"),
        row("customer", "logo_churn_rate", 0.1, 0.03, "missed", "flat")));
    return t;
  }

  /** A table from a CSV header and rows (numbers become double columns, text string columns). */
  @SafeVarargs
  static Table table(String name, String header, List<Object>... rows) {
    return Tables.fromRows(name, Arrays.asList(header.split(",")), Arrays.asList(rows));
  }

  static List<Object> row(Object... values) {
    List<Object> out = new ArrayList<>();
    for (Object v : values) {
      out.add(v instanceof Integer i ? (Object) i.doubleValue() : v);
    }
    return out;
  }
}
