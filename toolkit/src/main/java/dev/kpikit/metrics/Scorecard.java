package dev.kpikit.metrics;

import dev.kpikit.config.KpikitConfig.Target;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The {@code scorecard} table (DESIGN §4, §5): the KPIs grouped into the Balanced Scorecard's four
 * perspectives (mapping in {@link KpiSeries}), each with its latest value, target, status and trend.
 *
 * <ul>
 *   <li><b>value</b>: the value of the last complete period (see {@link KpiSeries#headlines}); for
 *       single-valued KPIs (ltv_cac, cac_payback_months, repeat_purchase_rate) their only value.
 *   <li><b>target</b>: from the config's {@code targets}, as text: {@code >= 3}, {@code <= 0.03},
 *       {@code >= 0.5 and <= 0.8}, or empty without a target.
 *   <li><b>status</b>: {@code missing} when the value is missing; else {@code no_target} without a
 *       target; else {@code on_target} when {@code min <= value <= max} (bounds inclusive, an absent
 *       bound not checked), {@code off_target} otherwise.
 *   <li><b>trend</b>: over the last 3 complete periods v1, v2, v3: {@code up} when {@code (v3 - v1) /
 *       max(|v1|, |v2|, |v3|) > }{@value #FLAT_TOLERANCE}, {@code down} when it is below the
 *       negative tolerance, {@code flat} otherwise (also when all three are 0); empty when one of
 *       them is missing or the KPI is single-valued. Up is not necessarily good (e.g. churn).
 * </ul>
 *
 * <p>Rows: perspectives in the order financial, customer, internal_process, learning_and_growth;
 * within each, the KPIs in {@link KpiSeries}'s order, followed by any KPI that has a target but no
 * data (status {@code missing}, so a configured target never disappears silently). Targets for
 * names kpikit does not know are not shown.
 *
 * @since 0.1.0
 */
public final class Scorecard {
  /** The output table's name. */
  public static final String TABLE = "scorecard";

  /** Relative change over 3 periods below which the trend is flat. */
  public static final double FLAT_TOLERANCE = 0.02;

  private Scorecard() {}

  /**
   * @param series KPI series, e.g. {@link KpiSeries#fromTables}
   * @param targets KPI name to target (the config's {@code targets}); may be empty
   * @param options the grain and {@code asOf} the series were computed with
   * @return {@code scorecard}: perspective, kpi, value, target, status, trend
   */
  public static Table table(List<KpiSeries> series, Map<String, Target> targets, MetricOptions options) {
    StringColumn perspective = StringColumn.create("perspective");
    StringColumn kpi = StringColumn.create("kpi");
    DoubleColumn value = DoubleColumn.create("value");
    StringColumn target = StringColumn.create("target");
    StringColumn status = StringColumn.create("status");
    StringColumn trend = StringColumn.create("trend");
    List<Kpi> headlines = KpiSeries.headlines(series, options);
    int last = KpiSeries.lastComplete(options);
    for (String p : KpiSeries.PERSPECTIVES) {
      Set<String> shown = new LinkedHashSet<>();
      for (int i = 0; i < series.size(); i++) {
        KpiSeries s = series.get(i);
        if (s.perspective().equals(p) && shown.add(s.name())) {
          double v = headlines.get(i).value();
          append(perspective, kpi, value, target, status, p, s.name(), v, targets.get(s.name()));
          trend.append(s.periodic() ? trend(threeValues(s, options, last)) : "");
        }
      }
      for (Map.Entry<String, Target> t : targets.entrySet()) {
        String name = t.getKey();
        if (!shown.contains(name) && KpiSeries.perspectiveOf(name).filter(p::equals).isPresent()) {
          append(perspective, kpi, value, target, status, p, name, Double.NaN, t.getValue());
          trend.append("");
        }
      }
    }
    return Table.create(TABLE, perspective, kpi, value, target, status, trend);
  }

  private static void append(
      StringColumn perspective,
      StringColumn kpi,
      DoubleColumn value,
      StringColumn target,
      StringColumn status,
      String p,
      String name,
      double v,
      Target t) {
    perspective.append(p);
    kpi.append(name);
    value.append(v);
    target.append(targetText(t));
    status.append(status(v, t));
  }

  private static double[] threeValues(KpiSeries s, MetricOptions options, int last) {
    Periods p = options.periods();
    return new double[] {s.valueAt(p.label(last - 2)), s.valueAt(p.label(last - 1)), s.valueAt(p.label(last))};
  }

  /**
   * @param target a target, or null
   * @return e.g. {@code >= 3}, {@code <= 0.03}, {@code >= 0.5 and <= 0.8}; empty for null
   */
  static String targetText(Target target) {
    if (target == null) {
      return "";
    }
    List<String> parts = new ArrayList<>();
    if (target.min() != null) {
      parts.add(">= " + plain(target.min()));
    }
    if (target.max() != null) {
      parts.add("<= " + plain(target.max()));
    }
    return String.join(" and ", parts);
  }

  private static String plain(double v) {
    return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
  }

  /**
   * @param value the KPI's value, NaN when missing
   * @param target its target, or null
   * @return missing, no_target, on_target or off_target (see the class comment)
   */
  static String status(double value, Target target) {
    if (Double.isNaN(value)) {
      return "missing";
    }
    if (target == null) {
      return "no_target";
    }
    boolean aboveMin = target.min() == null || value >= target.min();
    boolean belowMax = target.max() == null || value <= target.max();
    return aboveMin && belowMax ? "on_target" : "off_target";
  }

  /**
   * @param lastThree the values of the last three complete periods, oldest first
   * @return up, down, flat, or empty when a value is missing (see the class comment)
   */
  static String trend(double[] lastThree) {
    double scale = 0;
    for (double v : lastThree) {
      if (Double.isNaN(v)) {
        return "";
      }
      scale = Math.max(scale, Math.abs(v));
    }
    double change = scale == 0 ? 0 : (lastThree[2] - lastThree[0]) / scale;
    return change > FLAT_TOLERANCE ? "up" : change < -FLAT_TOLERANCE ? "down" : "flat";
  }
}
