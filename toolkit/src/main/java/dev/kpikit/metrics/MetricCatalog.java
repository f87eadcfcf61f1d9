package dev.kpikit.metrics;


import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The definitions of kpikit's metrics (DESIGN §4) as lookups for {@code metrics.json}, the report's
 * notes and the README's metric reference, all derived from the declarations in {@link
 * MetricTables}.
 *
 * @since 0.1.0
 */
public final class MetricCatalog {
  private MetricCatalog() {}

  /** The metric tables and what each holds, in report order: from {@link MetricTables#ALL}. */
  public static final Map<String, String> TABLES =
      Collections.unmodifiableMap(
      MetricTables.ALL.stream()
          .collect(
              Collectors.toMap(
                  MetricTable::name, MetricTable::description, (a, b) -> a, LinkedHashMap::new)));

  /**
   * The order of the definitions in 0.1 ({@code metrics.json} and the README list them so): kept
   * so that files stay byte-identical. Metrics not named here follow, in table order; a new metric
   * never needs adding here.
   */
  private static final List<String> DEFINITION_ORDER_0_1 =
      List.of(
          "revenue",
          "cost",
          "gross_margin",
          "gross_margin_pct",
          "orders",
          "customers",
          "aov",
          "new_customers",
          "cac",
          "retention",
          "revenue_retention",
          "repeat_purchase_rate",
          "logo_churn_rate",
          "mrr",
          "nrr",
          "grr",
          "quick_ratio",
          "nrr_12m",
          "median_lifetime_months",
          "ltv",
          "ltv_cohort",
          "ltv_cac",
          "cac_payback_months",
          "inventory_turnover",
          "dio",
          "turnover_rate",
          "voluntary_turnover_rate",
          "retention_12m",
          "churn_rate",
          "ttm_turnover_rate",
          "attrition_rate",
          "current_ratio",
          "debt_to_equity",
          "interest_coverage",
          "opex_ratio",
          "rnd_share");

  /** Every metric with its definition: the measures of {@link MetricTables#ALL}. */
  public static final List<MetricDef> METRICS =
      MetricTables.ALL.stream()
          .flatMap(t -> t.measures().stream())
          .sorted(Comparator.comparingInt(d -> legacyRank(DEFINITION_ORDER_0_1, d.name())))
          .toList();

  /** The class whose Javadoc documents each table: from {@link MetricTables#ALL}. */
  public static final Map<String, String> TABLE_CLASSES =
      Collections.unmodifiableMap(
      MetricTables.ALL.stream()
          .collect(
              Collectors.toMap(
                  MetricTable::name, t -> t.documentedIn().getSimpleName(), (a, b) -> a, LinkedHashMap::new)));

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
                .append(TABLE_CLASSES.get(t)).append("`](toolkit/src/main/java/")
                .append(MetricTables.named(t).documentedIn().getName().replace('.', '/'))
                .append(".java) |\n"));
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

  /**
   * @return the position of {@code name} in {@code order}, or {@code order.size()} for a name it
   *     lacks (a stable sort then keeps those in their given order, after the listed ones)
   */
  static int legacyRank(List<String> order, String name) {
    int i = order.indexOf(name);
    return i < 0 ? order.size() : i;
  }
}
