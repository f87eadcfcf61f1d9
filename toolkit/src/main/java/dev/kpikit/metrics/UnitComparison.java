package dev.kpikit.metrics;

import dev.kpikit.metrics.UnitMeasures.Measure;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The {@code units} table: the business's units compared on its headline KPIs, one row per KPI and
 * unit (KPIs in {@link UnitKpi} order, then the balances; units in natural order of their names).
 * A KPI no unit has (its dataset lacks the unit column and is not allocated, e.g. employees without
 * a store column) has no rows.
 * Each unit's value is the whole-business figure computed on that unit's rows alone ({@link
 * UnitSplit}), over the trailing twelve complete months ({@link UnitKpi}).
 *
 * <p>Columns: {@code unit, kpi, value, numerator, denominator, rank, business_value, limit_95_low,
 * limit_95_high, limit_99_8_low, limit_99_8_high, flag, trend, standout, reason}.
 *
 * <ul>
 *   <li>{@code numerator}, {@code denominator}: the counts of a proportion (repeat customers /
 *       customers; churned / customer-months; separations / employee-months); empty otherwise.
 *   <li>{@code rank}: 1 = best among the units with a value (highest revenue, lowest churn; spend by
 *       size), ties share the lower rank ("1, 2, 2, 4"); empty without a value and for balances.
 *   <li>{@code business_value}: the same KPI of the whole business.
 *   <li>{@code limit_*}: for proportions, the exact binomial funnel limits at 95 % and 99.8 % for the
 *       unit's denominator around the business's rate ({@link FunnelLimits}).
 *   <li>{@code flag}: for proportions {@code above_99_8}, {@code below_99_8}, {@code above_95},
 *       {@code below_95} or {@code within}; for balances their status ({@code balanced}, {@code
 *       leans_left}, {@code leans_right}, {@code missing_data}); empty otherwise.
 *   <li>{@code trend}: {@code worsening_3_periods} when the KPI's monthly value got worse in each
 *       of the last three complete months (four values, each worse than the one before: lower
 *       revenue, higher churn); only for the KPIs {@link UnitKpi#isTrended()} names; empty
 *       otherwise or without four monthly values.
 *   <li>{@code standout}: true when the unit is outside the 99.8 % limits or worsening three
 *       periods running; {@code reason} says why in words.
 * </ul>
 *
 * <p>Balance rows ({@code kpi} = the balance's name) give the unit's index {@code (L − R) / (L +
 * R)} as {@code value} and the business's index, so a reader sees which unit leans and to which
 * side.
 *
 * @since 0.3.0
 */
public final class UnitComparison {
  /** Column names, in order. */
  public static final List<String> COLUMNS = List.of(
      "unit", "kpi", "value", "numerator", "denominator", "rank", "business_value", "limit_95_low",
      "limit_95_high", "limit_99_8_low", "limit_99_8_high", "flag", "trend", "standout", "reason");

  private UnitComparison() {}

  /**
   * @param in the whole business's inputs, with a {@linkplain MetricInputs#unitColumn() unit column}
   * @param options the as-of date (always monthly, never split by {@code options.by()})
   * @return the table
   * @throws NotComputableException when the business has no unit column, or orders lack it
   */
  public static Table table(MetricInputs in, MetricOptions options) {
    String column = in.unitColumn();
    if (column == null) {
      throw new NotComputableException(
          "no unit column: name one with unit: in kpikit.yaml or kpikit report --by COLUMN");
    }
    UnitSplit split = in.unitSplit(column);
    Map<UnitKpi, Measure> whole = UnitMeasures.of(in, options);
    // Each unit on its own (common fork-join) thread; then in unit order.
    Map<String, Map<UnitKpi, Measure>> measured = new java.util.concurrent.ConcurrentHashMap<>();
    Map<String, Table> balanced = new java.util.concurrent.ConcurrentHashMap<>();
    split.units().parallelStream().forEach(u -> {
      measured.put(u, UnitMeasures.of(split.inputs(u), options));
      Table b = UnitMeasures.balances(split.inputs(u), options);
      if (b != null) {
        balanced.put(u, b);
      }
    });
    Map<String, Map<UnitKpi, Measure>> units = new LinkedHashMap<>();
    Map<String, Table> balances = new LinkedHashMap<>();
    for (String u : split.units()) {
      units.put(u, measured.get(u));
      balances.put(u, balanced.get(u));
    }
    Rows rows = new Rows();
    for (UnitKpi k : whole.keySet()) {
      if (units.values().stream().noneMatch(m -> m.containsKey(k))) {
        continue; // its dataset is not in the unit views (no unit column, not allocated)
      }
      Measure w = whole.get(k);
      Map<String, Integer> ranks = ranks(k, units);
      for (String u : split.units()) {
        Measure m = units.get(u).get(k);
        rows.kpi(u, k, m == null ? new Measure(null, null, null, null) : m, ranks.get(u), w);
      }
    }
    Table wholeBalances = UnitMeasures.balances(in, options);
    if (wholeBalances != null) {
      for (int i = 0; i < wholeBalances.rowCount(); i++) {
        String name = wholeBalances.getString(i, "balance");
        Double business = value(wholeBalances, "index", i);
        for (String u : split.units()) {
          Table b = balances.get(u);
          int row = b == null ? -1 : find(b, name);
          rows.balance(u, name, business, b, row);
        }
      }
    }
    return rows.table();
  }

  private static int find(Table balances, String name) {
    for (int i = 0; i < balances.rowCount(); i++) {
      if (balances.getString(i, "balance").equals(name)) {
        return i;
      }
    }
    return -1;
  }

  private static Double value(Table t, String column, int row) {
    return t.column(column).isMissing(row) ? null : t.numberColumn(column).getDouble(row);
  }

  /** Competition ranks ("1, 2, 2, 4"), 1 = best; units without a value get none. */
  static Map<String, Integer> ranks(UnitKpi k, Map<String, Map<UnitKpi, Measure>> units) {
    Map<String, Integer> ranks = new LinkedHashMap<>();
    boolean higherFirst = k.higherIsBetter() == null || k.higherIsBetter();
    units.forEach((u, ms) -> {
      Double v = ms.containsKey(k) ? ms.get(k).value() : null;
      if (v == null) {
        return;
      }
      int better = 0;
      for (Map<UnitKpi, Measure> other : units.values()) {
        Double o = other.containsKey(k) ? other.get(k).value() : null;
        if (o != null && (higherFirst ? o > v : o < v)) {
          better++;
        }
      }
      ranks.put(u, better + 1);
    });
    return ranks;
  }

  /** The table being built, column by column. */
  private static final class Rows {
    final StringColumn unit = StringColumn.create("unit");
    final StringColumn kpi = StringColumn.create("kpi");
    final DoubleColumn value = DoubleColumn.create("value");
    final LongColumn numerator = LongColumn.create("numerator");
    final LongColumn denominator = LongColumn.create("denominator");
    final IntColumn rank = IntColumn.create("rank");
    final DoubleColumn business = DoubleColumn.create("business_value");
    final DoubleColumn low95 = DoubleColumn.create("limit_95_low");
    final DoubleColumn high95 = DoubleColumn.create("limit_95_high");
    final DoubleColumn low998 = DoubleColumn.create("limit_99_8_low");
    final DoubleColumn high998 = DoubleColumn.create("limit_99_8_high");
    final StringColumn flag = StringColumn.create("flag");
    final StringColumn trend = StringColumn.create("trend");
    final BooleanColumn standout = BooleanColumn.create("standout");
    final StringColumn reason = StringColumn.create("reason");

    void kpi(String u, UnitKpi k, Measure m, Integer r, Measure w) {
      unit.append(u);
      kpi.append(k.key());
      value.append(m.value());
      appendLong(numerator, m.numerator());
      appendLong(denominator, m.denominator());
      if (r == null) {
        rank.appendMissing();
      } else {
        rank.append(r);
      }
      business.append(w.value());
      List<String> why = new ArrayList<>();
      String f = "";
      boolean outside = false;
      if (k.isProportion() && m.denominator() != null && m.denominator() > 0 && w.value() != null
          && m.denominator() <= Integer.MAX_VALUE) {
        int n = m.denominator().intValue();
        double[] inner = FunnelLimits.limits(FunnelLimits.INNER, n, w.value());
        double[] outer = FunnelLimits.limits(FunnelLimits.OUTER, n, w.value());
        low95.append(inner[0]);
        high95.append(inner[1]);
        low998.append(outer[0]);
        high998.append(outer[1]);
        int side998 = FunnelLimits.side(m.numerator(), n, w.value(), FunnelLimits.OUTER);
        int side95 = FunnelLimits.side(m.numerator(), n, w.value(), FunnelLimits.INNER);
        f = side998 > 0 ? "above_99_8" : side998 < 0 ? "below_99_8"
            : side95 > 0 ? "above_95" : side95 < 0 ? "below_95" : "within";
        outside = side998 != 0;
        if (side95 != 0) {
          boolean worse = (side95 > 0) != k.higherIsBetter();
          why.add(String.format(Locale.ROOT, "%s %s is %s the %s limit %s for %,d (business %s)%s",
              k.label(), pct(m.value()), side95 > 0 ? "above" : "below",
              outside ? "99.8 %" : "95 %", pct(side95 > 0 ? (outside ? outer[1] : inner[1]) : (outside ? outer[0] : inner[0])),
              n, pct(w.value()), ": " + (worse ? "worse" : "better") + " than the business"
                  + (outside ? ", more than chance explains for its size" : ", but inside the 99.8 % limits: could be chance for its size")));
        }
      } else {
        low95.appendMissing();
        high95.appendMissing();
        low998.appendMissing();
        high998.appendMissing();
      }
      flag.append(f);
      boolean worsening = worsening(k, m.recent());
      trend.append(worsening ? "worsening_3_periods" : "");
      if (worsening) {
        why.add(k.label() + (k.higherIsBetter() ? " fell" : " rose") + " three months running");
      }
      standout.append(outside || worsening);
      reason.append(String.join("; ", why));
    }

    void balance(String u, String name, Double businessIndex, Table b, int row) {
      unit.append(u);
      kpi.append(name);
      value.append(b == null || row < 0 ? null : value(b, "index", row));
      numerator.appendMissing();
      denominator.appendMissing();
      rank.appendMissing();
      business.append(businessIndex);
      low95.appendMissing();
      high95.appendMissing();
      low998.appendMissing();
      high998.appendMissing();
      String status = b == null || row < 0 ? "missing_data" : b.getString(row, "status");
      flag.append(status);
      trend.append("");
      standout.append(false);
      String why = "";
      if (status.equals("leans_left") || status.equals("leans_right")) {
        boolean left = status.equals("leans_left");
        why = "leans to " + b.getString(row, left ? "left_label" : "right_label") + " against "
            + b.getString(row, left ? "right_label" : "left_label");
      }
      reason.append(why);
    }

    Table table() {
      return Table.create("units", unit, kpi, value, numerator, denominator, rank, business, low95,
          high95, low998, high998, flag, trend, standout, reason);
    }

    private static void appendLong(LongColumn c, Long v) {
      if (v == null) {
        c.appendMissing();
      } else {
        c.append(v);
      }
    }
  }

  /** True when each of the last three monthly changes went the wrong way (four values needed). */
  static boolean worsening(UnitKpi k, double[] recent) {
    if (recent == null || k.higherIsBetter() == null || !k.isTrended()) {
      return false;
    }
    for (int i = 1; i < recent.length; i++) {
      if (Double.isNaN(recent[i]) || Double.isNaN(recent[i - 1])) {
        return false;
      }
      boolean worse = k.higherIsBetter() ? recent[i] < recent[i - 1] : recent[i] > recent[i - 1];
      if (!worse) {
        return false;
      }
    }
    return true;
  }

  private static String pct(double v) {
    return String.format(Locale.ROOT, "%.1f %%", v * 100);
  }
}
