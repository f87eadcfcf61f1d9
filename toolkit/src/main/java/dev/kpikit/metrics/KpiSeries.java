package dev.kpikit.metrics;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * One KPI's values over time, read from a metric table, with its unit and Balanced Scorecard
 * perspective: the input of the headline tiles, {@code metrics.json} and the {@link Scorecard}.
 *
 * <p>Each KPI is declared with its table ({@link MetricTable#kpis()} in {@link MetricTables}); those
 * of the 0.1 tables, by perspective ({@link #fromTables} reads whichever tables are given):
 *
 * <ul>
 *   <li><b>financial</b>: revenue, gross_margin_pct ({@code revenue_monthly}); mrr (mrr_end), nrr,
 *       grr, quick_ratio ({@code mrr_movements}); current_ratio, debt_to_equity ({@code
 *       financial_ratios}).
 *   <li><b>customer</b>: aov ({@code revenue_monthly}); new_customers ({@code
 *       new_customers_monthly}, channel {@code ALL}); logo_churn_rate ({@code churn_monthly});
 *       repeat_purchase_rate ({@code repeat_purchase_rate}, {@code ALL} row, to {@code asOf});
 *       ltv_cac ({@code unit_economics}, {@code ALL} row, TTM); of a tenure export (0.3): churn_rate
 *       ({@code tenure_churn}, segment {@code ALL}) and median_lifetime_months ({@code survival},
 *       the {@code ALL} curve's median, in months).
 *   <li><b>internal_process</b>: cac ({@code cac_monthly}, channel {@code ALL}); cac_payback_months
 *       ({@code unit_economics}, TTM); inventory_turnover (turnover), dio ({@code
 *       inventory_turnover}).
 *   <li><b>learning_and_growth</b>: turnover_rate, ttm_turnover_rate ({@code employee_turnover});
 *       rnd_share ({@code financial_ratios}); of an HR snapshot (0.3): attrition_rate ({@code
 *       attrition}, segment {@code ALL}).
 * </ul>
 *
 * <p>A <em>periodic</em> series has one value per period of the table, labelled like the table's
 * period column; the others (from {@code unit_economics}, {@code repeat_purchase_rate} and the
 * exports without dates) have a single value labelled with what it covers (e.g. {@code TTM
 * 2025-12}, {@value #WHOLE_EXPORT}). Series are read from
 * unsplit tables only: a table with the {@code options.by()} column is skipped, as one headline
 * cannot stand for many segments.
 *
 * @param name the KPI name, as in {@link MetricCatalog}
 * @param unit {@code currency}, {@code ratio}, {@code count}, {@code months}, {@code days} or
 *     {@code times}
 * @param perspective {@code financial}, {@code customer}, {@code internal_process} or {@code
 *     learning_and_growth}
 * @param periodic true when there is one value per period
 * @param labels the period labels (or the single value's label), oldest first
 * @param values the values, aligned with {@code labels}; NaN = missing
 * @since 0.1.0
 */
public record KpiSeries(
    String name, String unit, String perspective, boolean periodic, List<String> labels, List<Double> values) {

  /** The label of a single-valued KPI of a whole export without dates (tenure, snapshot). */
  public static final String WHOLE_EXPORT = "whole export";

  /** Perspective names, in scorecard order. */
  public static final List<String> PERSPECTIVES =
      List.of("financial", "customer", "internal_process", "learning_and_growth");

  /**
   * The scorecard order of 0.1's KPIs within a perspective, kept so that files stay byte-identical;
   * KPIs not named here follow in their perspective, in table order. A new KPI never needs adding.
   */
  private static final List<String> KPI_ORDER_0_1 =
      List.of(
          "revenue", "gross_margin_pct", "mrr", "nrr", "grr", "quick_ratio", "current_ratio",
          "debt_to_equity", "aov", "new_customers", "logo_churn_rate", "repeat_purchase_rate",
          "ltv_cac", "cac", "cac_payback_months", "inventory_turnover", "dio", "turnover_rate",
          "ttm_turnover_rate", "rnd_share");

  /** A KPI with the table it is read from. */
  record Source(String table, KpiSource kpi) {}

  /** Where each KPI comes from, in scorecard order: from the declarations' {@code kpis}. */
  static final List<Source> SOURCES =
      MetricTables.ALL.stream()
          .flatMap(t -> t.kpis().stream().map(k -> new Source(t.name(), k)))
          .sorted(
              Comparator.<Source>comparingInt(s -> PERSPECTIVES.indexOf(s.kpi().perspective()))
                  .thenComparingInt(s -> MetricCatalog.legacyRank(KPI_ORDER_0_1, s.kpi().name())))
          .toList();

  /** Copies the lists and checks they are aligned. */
  public KpiSeries {
    labels = List.copyOf(labels);
    values = Collections.unmodifiableList(new ArrayList<>(values));
    if (labels.size() != values.size()) {
      throw new IllegalArgumentException(name + ": " + labels.size() + " labels but " + values.size() + " values");
    }
  }

  /**
   * Reads every KPI the given tables hold, in the order of the class comment's list.
   *
   * @param tables metric tables by name (e.g. {@code revenue_monthly}); absent ones are skipped
   * @param options the grain and dimension the tables were computed with
   * @return the series, financial first
   */
  public static List<KpiSeries> fromTables(Map<String, Table> tables, MetricOptions options) {
    List<KpiSeries> out = new ArrayList<>();
    for (Source source : SOURCES) {
      Table t = tables.get(source.table());
      if (t == null || !t.containsColumn(source.kpi().column()) || (options.by() != null && t.containsColumn(options.by()))) {
        continue;
      }
      switch (source.kpi().span()) {
        case WHOLE_EXPORT -> out.add(wholeExport(source.kpi(), allRowValue(t, source.kpi().column())));
        case TENURE_MEDIAN -> {
          if (tables.containsKey(TenureChurn.TABLE)) {
            out.add(wholeExport(source.kpi(), medianOfAll(t)));
          }
        }
        default -> out.add(read(source.kpi(), t, options));
      }
    }
    return out;
  }

  /** A single-valued series labelled {@value #WHOLE_EXPORT}. */
  private static KpiSeries wholeExport(KpiSource source, double value) {
    String unit = MetricCatalog.get(source.name()).map(MetricDef::unit).orElse("ratio");
    return new KpiSeries(source.name(), unit, source.perspective(), false, List.of(WHOLE_EXPORT), List.of(value));
  }

  /** @return the column's value on the {@code segment = ALL} row; NaN without one or when missing */
  private static double allRowValue(Table t, String column) {
    if (!t.containsColumn("segment")) {
      return Double.NaN;
    }
    StringColumn segment = t.stringColumn("segment");
    NumericColumn<?> values = t.numberColumn(column);
    for (int r = 0; r < t.rowCount(); r++) {
      if (AcquisitionGrid.ALL.equals(segment.get(r))) {
        return values.isMissing(r) ? Double.NaN : values.getDouble(r);
      }
    }
    return Double.NaN;
  }

  /** @return the median lifetime of the survival table's {@code ALL} curve; NaN when not reached */
  private static double medianOfAll(Table survival) {
    Table medians = Survival.medianLifetime(survival);
    for (int r = 0; r < medians.rowCount(); r++) {
      if (AcquisitionGrid.ALL.equals(medians.stringColumn("segment").get(r))) {
        return medians.doubleColumn("median_lifetime").getDouble(r);
      }
    }
    return Double.NaN;
  }

  private static KpiSeries read(KpiSource source, Table t, MetricOptions options) {
    boolean periodic =
        source.span() == KpiSource.Span.PER_PERIOD || source.span() == KpiSource.Span.PER_PERIOD_COLUMN;
    String keyColumn = source.span() == KpiSource.Span.PER_PERIOD_COLUMN ? "period" : options.periodColumn();
    StringColumn keys = periodic ? t.stringColumn(keyColumn) : null;
    StringColumn channel = t.containsColumn("channel") ? t.stringColumn("channel") : null;
    NumericColumn<?> column = t.numberColumn(source.column());
    List<String> labels = new ArrayList<>();
    List<Double> values = new ArrayList<>();
    for (int r = 0; r < t.rowCount(); r++) {
      if (channel != null && !channel.get(r).equals(AcquisitionGrid.ALL)) {
        continue;
      }
      labels.add(periodic ? keys.get(r) : singleLabel(source.span(), options));
      values.add(column.isMissing(r) ? Double.NaN : column.getDouble(r));
    }
    String unit = MetricCatalog.get(source.name()).map(MetricDef::unit).orElse("ratio");
    return new KpiSeries(source.name(), unit, source.perspective(), periodic, labels, values);
  }

  private static String singleLabel(KpiSource.Span span, MetricOptions options) {
    return span == KpiSource.Span.TRAILING_YEAR ? TrailingYear.of(options).label() : "to " + options.asOf();
  }

  /** @return the name of every KPI kpikit knows (the names {@code targets} in kpikit.yaml may use) */
  public static List<String> names() {
    return SOURCES.stream().map(s -> s.kpi().name()).toList();
  }

  /**
   * @param kpi a KPI name
   * @return its perspective, if kpikit knows the KPI
   */
  public static Optional<String> perspectiveOf(String kpi) {
    return SOURCES.stream().filter(s -> s.kpi().name().equals(kpi)).map(s -> s.kpi().perspective()).findFirst();
  }

  /**
   * The value at a period label.
   *
   * @param label a period label
   * @return the value, NaN when the series has no such period or the value is missing
   */
  public double valueAt(String label) {
    int i = labels.indexOf(label);
    return i < 0 ? Double.NaN : values.get(i);
  }

  /**
   * The headline of each series: for a periodic series the value of the last complete period (the
   * period of {@code asOf} when {@code asOf} is its last day, else the one before), of the period
   * before it, and of the same period a year earlier (12 months, 4 quarters, 52 weeks or 1 year
   * back); for a single-valued series its value, with previous and year-ago missing. Values the
   * series lacks are missing (NaN).
   *
   * @param series the series, e.g. from {@link #fromTables}
   * @param options the grain and {@code asOf} the tables were computed with
   * @return one KPI per series, in the same order, with definitions from {@link MetricCatalog}
   */
  public static List<Kpi> headlines(List<KpiSeries> series, MetricOptions options) {
    int last = lastComplete(options);
    Periods p = options.periods();
    List<Kpi> out = new ArrayList<>();
    for (KpiSeries s : series) {
      String definition = MetricCatalog.get(s.name()).map(MetricDef::definition).orElse("");
      if (s.periodic()) {
        out.add(new Kpi(s.name(), s.valueAt(p.label(last)), s.unit(), p.label(last),
            s.valueAt(p.label(last - 1)), s.valueAt(p.label(last - periodsPerYear(p.grain()))), definition));
      } else {
        double v = s.values().isEmpty() ? Double.NaN : s.values().get(0);
        String label = s.labels().isEmpty() ? "" : s.labels().get(0);
        out.add(new Kpi(s.name(), v, s.unit(), label, Double.NaN, Double.NaN, definition));
      }
    }
    return out;
  }

  /** @return the index of the last complete period of the options' grain */
  static int lastComplete(MetricOptions options) {
    int last = options.lastPeriod();
    return options.isComplete(last) ? last : last - 1;
  }

  /** @return how many periods of a grain make a year */
  static int periodsPerYear(Grain grain) {
    return switch (grain) {
      case WEEK -> 52;
      case MONTH -> 12;
      case QUARTER -> 4;
      case YEAR -> 1;
    };
  }
}
