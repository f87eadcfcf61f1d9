package dev.kpikit.report.html;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tech.tablesaw.api.Table;

/**
 * The "Cohort retention" section: heatmaps of customer and revenue retention, one row per
 * first-order cohort and one column per period since, with each cell's value written in it.
 */
final class RetentionSection {
  static final String ID = "section-retention";
  private static final int ROW_PX = 20;

  private RetentionSection() {}

  static Section build(RunView run) {
    List<Block> blocks = new ArrayList<>();
    blocks.add(run.table("cohort_retention").<Block>map(t -> customers(t))
        .orElseGet(() -> run.omitted("Customer retention by cohort", "cohort_retention")));
    blocks.add(run.table("cohort_revenue_retention").<Block>map(t -> revenue(t))
        .orElseGet(() -> run.omitted("Revenue retention by cohort", "cohort_revenue_retention")));
    return new Section(ID, "Cohort retention", blocks);
  }

  private static Chart customers(Table t) {
    Grid g = Grid.of(t, "retention", "active_customers");
    Map<String, Double> sizes = firstValues(t, "cohort_size");
    List<String> labels = g.cohorts.stream()
        .map(c -> c + " · " + ValueFormat.number(sizes.getOrDefault(c, Double.NaN))).toList();
    Figure f = heatmap(g, labels, 1.0,
        "Cohort %{y}<br>%{x} periods later: %{z:.1%}<br>%{customdata:,} active customers");
    return new Chart("chart-cohort-customers", "Customer retention by cohort", f.json(),
        HowToRead.of("Each row is the customers whose first order fell in that period (the number"
            + " after the dot is the cohort size, the denominator); each column counts periods"
            + " since. Darker is higher. Blank cells lie after the as-of date.", "retention"));
  }

  private static Chart revenue(Table t) {
    Grid g = Grid.of(t, "revenue_retention", "revenue");
    double max = 1.0;
    for (double[] row : g.values) {
      for (double v : row) {
        max = Double.isFinite(v) ? Math.max(max, v) : max;
      }
    }
    Figure f = heatmap(g, g.cohorts, Math.min(max, 2.0),
        "Cohort %{y}<br>%{x} periods later: %{z:.1%} of first-period revenue<br>revenue"
            + " %{customdata:,.0f}");
    return new Chart("chart-cohort-revenue", "Revenue retention by cohort", f.json(),
        HowToRead.of("Revenue of each cohort's customers k periods later as a share of their revenue"
            + " in the first period (the denominator, column 0). Above 100 % means the cohort"
            + " spends more than when it started.", "revenue_retention"));
  }

  private static Figure heatmap(Grid g, List<String> rowLabels, double zmax, String hover) {
    int height = Math.max(260, g.cohorts.size() * ROW_PX + 90);
    Trace h = Trace.heatmap().y(rowLabels).z(g.values).set("zmin", 0).set("zmax", zmax)
        .set("texttemplate", "%{z:.0%}").set("hoverongaps", false).hover(hover)
        .set("xgap", 1).set("ygap", 1);
    double[] offsets = new double[g.offsets];
    java.util.Arrays.setAll(offsets, k -> k);
    h.x(offsets).customGrid(g.counts);
    h.object("textfont").put("size", 9);
    h.json().putArray("colorscale").add(stop(0, "#f7fbff")).add(stop(0.5, "#6baed6"))
        .add(stop(1, "#08306b"));
    h.object("colorbar").put("tickformat", ".0%").put("thickness", 12);
    Figure f = Figure.of(height).add(h).xAxis("Periods since first order", "d").yAxis("Cohort", null);
    f.layout("yaxis").put("autorange", "reversed").put("type", "category");
    f.layout("xaxis").put("side", "top").put("dtick", 1);
    f.layout("margin").put("t", 48);
    return f;
  }

  private static com.fasterxml.jackson.databind.node.ArrayNode stop(double at, String color) {
    return ScriptJson.object().arrayNode().add(at).add(color);
  }

  private static Map<String, Double> firstValues(Table t, String column) {
    Map<String, Double> out = new LinkedHashMap<>();
    List<String> cohorts = Columns.text(t, "cohort");
    double[] v = Columns.numbers(t, column);
    for (int i = 0; i < v.length; i++) {
      out.putIfAbsent(cohorts.get(i), v[i]);
    }
    return out;
  }

  /** A long cohort table pivoted to cohort rows × offset columns. */
  private record Grid(List<String> cohorts, int offsets, double[][] values, double[][] counts) {
    static Grid of(Table t, String valueColumn, String countColumn) {
      List<String> cohorts = Columns.distinct(t, "cohort");
      Map<String, Integer> row = new LinkedHashMap<>();
      cohorts.forEach(c -> row.put(c, row.size()));
      List<String> cohortOf = Columns.text(t, "cohort");
      double[] offset = Columns.numbers(t, "offset");
      double[] value = Columns.numbers(t, valueColumn);
      double[] count = Columns.numbers(t, countColumn);
      int offsets = 0;
      for (double o : offset) {
        offsets = Double.isFinite(o) ? Math.max(offsets, (int) o + 1) : offsets;
      }
      double[][] values = filled(cohorts.size(), offsets);
      double[][] counts = filled(cohorts.size(), offsets);
      for (int i = 0; i < offset.length; i++) {
        if (Double.isFinite(offset[i]) && cohortOf.get(i) != null) {
          int r = row.get(cohortOf.get(i));
          values[r][(int) offset[i]] = value[i];
          counts[r][(int) offset[i]] = count[i];
        }
      }
      return new Grid(cohorts, offsets, values, counts);
    }

    private static double[][] filled(int rows, int cols) {
      double[][] a = new double[rows][cols];
      for (double[] r : a) {
        java.util.Arrays.fill(r, Double.NaN);
      }
      return a;
    }
  }
}
