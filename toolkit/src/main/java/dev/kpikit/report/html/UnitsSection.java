package dev.kpikit.report.html;

import dev.kpikit.metrics.FunnelLimits;
import dev.kpikit.metrics.UnitKpi;
import dev.kpikit.report.MetricRun;
import dev.kpikit.report.UnitRuns;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import tech.tablesaw.api.Table;

/**
 * The "Units" section of a report split into units ({@code kpikit report --by UNIT} or {@code
 * unit:}): the unit selector, what is split and what is allocated, a league table (units × headline
 * KPIs with their rank and a revenue trend line), one funnel plot per size-dependent rate (each
 * unit against the exact binomial 95 % and 99.8 % limits for its size), the units' balances, and
 * what stands out. Everything is read from {@code units.csv} (the run's {@code units} table) and
 * the units' own runs.
 *
 * @since 0.3.0
 */
final class UnitsSection {
  static final String ID = "section-units";

  private UnitsSection() {}

  static Section build(RunView view, UnitRuns units, List<UnitSelector.Panel> panels) {
    List<Block> blocks = new ArrayList<>();
    blocks.add(new UnitSelector(units.column(), "Whole business: all units together.", panels));
    blocks.add(Note.of(units.treatmentText() + " Sections that always show the whole business: Units,"
        + " Customer value, Outlook and Data quality."));
    view.table("units").ifPresentOrElse(t -> {
      UnitTable u = new UnitTable(t);
      blocks.add(new LeagueTable(u, units, view.currency()));
      for (UnitKpi k : UnitKpi.values()) {
        if (k.isProportion() && u.has(k.key()) && u.units.stream()
            .anyMatch(n -> u.number(u.row(n, k.key()), "denominator") >= 1)) {
          blocks.add(funnel(u, k));
        }
      }
      DataTable balances = balances(u);
      if (balances != null) {
        blocks.add(balances);
      }
      blocks.add(new Standouts(u));
    }, () -> blocks.add(view.omitted("The units comparison", "units")));
    return new Section(ID, "Units", blocks);
  }

  /** The rows of {@code units.csv}, looked up by unit and KPI. */
  static final class UnitTable {
    final Table t;
    final List<String> units = new ArrayList<>();
    final List<String> kpis = new ArrayList<>();
    private final Map<String, Integer> rows = new LinkedHashMap<>();

    UnitTable(Table t) {
      this.t = t;
      for (int i = 0; i < t.rowCount(); i++) {
        String u = t.getString(i, "unit");
        String k = t.getString(i, "kpi");
        if (!units.contains(u)) {
          units.add(u);
        }
        if (!kpis.contains(k)) {
          kpis.add(k);
        }
        rows.put(u + "\u0000" + k, i);
      }
    }

    boolean has(String kpi) {
      return kpis.contains(kpi);
    }

    int row(String unit, String kpi) {
      return rows.getOrDefault(unit + "\u0000" + kpi, -1);
    }

    double number(int row, String column) {
      return row < 0 || t.column(column).isMissing(row) ? Double.NaN : t.numberColumn(column).getDouble(row);
    }

    String text(int row, String column) {
      return row < 0 ? "" : t.getString(row, column);
    }
  }

  /** The league table: one row per unit, ranked by revenue, each KPI with its rank. */
  private record LeagueTable(UnitTable u, UnitRuns runs, String currency) implements Block {
    @Override
    public void renderTo(StringBuilder out) {
      List<UnitKpi> shown = Arrays.stream(UnitKpi.values()).filter(k -> u.has(k.key())).toList();
      out.append("<div class=\"table-card\"><table id=\"table-units\"><caption>League table:"
          + " each unit over the trailing twelve months, rank among the units in brackets (1 = best)"
          + "</caption>\n<thead><tr><th scope=\"col\">Unit</th>");
      for (UnitKpi k : shown) {
        out.append("<th scope=\"col\">").append(Html.escape(capitalised(k.label()))).append("</th>");
      }
      out.append("<th scope=\"col\">Revenue, last 12 months</th></tr></thead>\n<tbody>\n");
      out.append("<tr class=\"whole\"><th scope=\"row\">Whole business</th>");
      for (UnitKpi k : shown) {
        int r = u.row(u.units.get(0), k.key());
        out.append("<td class=\"num\">").append(Html.escape(format(k, u.number(r, "business_value")))).append("</td>");
      }
      out.append("<td></td></tr>\n");
      List<String> order = new ArrayList<>(u.units);
      order.sort(Comparator.comparingDouble(n -> {
        double rank = u.number(u.row(n, UnitKpi.REVENUE.key()), "rank");
        return Double.isNaN(rank) ? Double.MAX_VALUE : rank;
      }));
      for (String name : order) {
        out.append("<tr><th scope=\"row\">").append(Html.escape(name)).append("</th>");
        for (UnitKpi k : shown) {
          int r = u.row(name, k.key());
          double rank = u.number(r, "rank");
          boolean standout = r >= 0 && u.t.booleanColumn("standout").get(r) != null && u.t.booleanColumn("standout").get(r);
          out.append("<td class=\"num").append(standout ? " standout" : "").append("\">")
              .append(Html.escape(format(k, u.number(r, "value"))));
          if (!Double.isNaN(rank)) {
            out.append(" <span class=\"rank\">(").append((int) rank).append(")</span>");
          }
          out.append("</td>");
        }
        MetricRun run = runs.runs().get(name);
        out.append("<td>").append(Sparkline.svg(monthly(run, "revenue_monthly", "revenue"),
            "revenue of " + name + ", last 12 months")).append("</td></tr>\n");
      }
      out.append("</tbody></table>\n");
      HowToRead.of("Rates that depend on a unit's size are on the funnel plots below: a small unit's"
          + " rate swings more by chance. A highlighted cell stands out (see the list below).",
          "revenue", "unit_standout").renderTo(out);
      out.append("</div>\n");
    }

    private String format(UnitKpi k, double v) {
      return switch (k) {
        case REVENUE, ACQUISITION_SPEND, CAC -> ValueFormat.format(v, "currency", currency);
        case NEW_CUSTOMERS -> ValueFormat.format(v, "count", null);
        case ACTIVE_CUSTOMERS -> ValueFormat.number(v);
        default -> ValueFormat.percent(v);
      };
    }
  }

  /** The last 12 values of a monthly column of a unit's run (fewer when the run has fewer). */
  static double[] monthly(MetricRun run, String table, String column) {
    Table t = run == null ? null : run.tables().get(table);
    if (t == null || !t.containsColumn(column) || !t.containsColumn("month")) {
      return new double[0];
    }
    int from = Math.max(0, t.rowCount() - 12);
    double[] v = new double[t.rowCount() - from];
    for (int i = from; i < t.rowCount(); i++) {
      v[i - from] = t.column(column).isMissing(i) ? Double.NaN : t.numberColumn(column).getDouble(i);
    }
    return v;
  }

  /** A funnel plot: each unit's rate against its denominator, with the limits for every size. */
  static Chart funnel(UnitTable u, UnitKpi k) {
    List<String> names = new ArrayList<>();
    List<Double> xs = new ArrayList<>();
    List<Double> ys = new ArrayList<>();
    List<String> colours = new ArrayList<>();
    double p = Double.NaN;
    for (String name : u.units) {
      int r = u.row(name, k.key());
      p = Double.isNaN(p) ? u.number(r, "business_value") : p;
      double n = u.number(r, "denominator");
      double v = u.number(r, "value");
      if (Double.isNaN(n) || Double.isNaN(v) || n < 1) {
        continue;
      }
      names.add(name + " — " + flagWords(u.text(r, "flag")));
      xs.add(n);
      ys.add(v);
      String flag = u.text(r, "flag");
      colours.add(flag.endsWith("99_8") ? Palette.VERMILLION : flag.endsWith("95") ? Palette.ORANGE : Palette.GREY);
    }
    String id = "chart-funnel-" + k.key().replace('_', '-');
    String denominator = switch (k) {
      case REPEAT_PURCHASE_RATE -> "customers";
      case LOGO_CHURN_RATE -> "customer-months";
      case TRIAL_CONVERSION_RATE -> "decided trials";
      default -> "employee-months";
    };
    Figure f = Figure.of(360).xAxis(denominator + " (log scale)", ",.0f").yAxis(k.label(), ".1%");
    f.layout("xaxis").put("type", "log");
    if (!xs.isEmpty() && !Double.isNaN(p)) {
      double lo = Math.max(1, xs.stream().mapToDouble(Double::doubleValue).min().orElse(1) / 2);
      double hi = xs.stream().mapToDouble(Double::doubleValue).max().orElse(1) * 1.5;
      TreeSet<Integer> grid = new TreeSet<>();
      for (int i = 0; i <= 80; i++) {
        grid.add((int) Math.round(lo * Math.pow(hi / lo, i / 80.0)));
      }
      double[] ns = grid.stream().mapToDouble(Integer::doubleValue).toArray();
      limitTraces(f, ns, p, FunnelLimits.OUTER, "99.8 % limits", "dash");
      limitTraces(f, ns, p, FunnelLimits.INNER, "95 % limits", "dot");
      f.referenceLine(p, "y", "whole business " + ValueFormat.percent(p));
    }
    Trace points = Trace.line("Units").x(xs.stream().mapToDouble(Double::doubleValue).toArray())
        .y(ys.stream().mapToDouble(Double::doubleValue).toArray()).text(names)
        .set("mode", "markers")
        .hover("%{text}<br>" + k.label() + " %{y:.1%} of %{x:,} " + denominator);
    var marker = points.object("marker").put("size", 10);
    colours.forEach(c -> marker.withArray("color").add(c));
    f.add(points);
    return new Chart(id, capitalised(k.label()) + " by unit size (funnel plot)", f.json(),
        HowToRead.of("Each dot is a unit: its " + k.label() + " against its number of " + denominator
            + ". Between the lines is where a unit no different from the whole business falls 95 % (dotted)"
            + " or 99.8 % (dashed) of the time for its size, by exact binomial limits; a dot outside the"
            + " dashed lines is unlikely to be noise.", metric(k), "funnel_limit_99_8"));
  }

  /** The catalog metric a funnel KPI is computed like. */
  private static String metric(UnitKpi k) {
    return k == UnitKpi.EMPLOYEE_TURNOVER_RATE ? "turnover_rate" : k.key();
  }

  private static void limitTraces(Figure f, double[] ns, double p, double coverage, String name, String dash) {
    double[] low = new double[ns.length];
    double[] high = new double[ns.length];
    for (int i = 0; i < ns.length; i++) {
      double[] l = FunnelLimits.limits(coverage, (int) ns[i], p);
      low[i] = l[0];
      high[i] = l[1];
    }
    for (double[] side : List.of(high, low)) {
      Trace t = Trace.line(side == high ? name : name + " (low)").x(ns).y(side).color(Palette.GREY)
          .set("mode", "lines").set("showlegend", side == high).set("legendgroup", name)
          .hover(name + " at %{x:,}: %{y:.1%}");
      t.object("line").put("dash", dash).put("width", 1).put("shape", "hv");
      f.add(t);
    }
  }

  private static String flagWords(String flag) {
    return switch (flag) {
      case "above_99_8" -> "above the 99.8 % limit";
      case "below_99_8" -> "below the 99.8 % limit";
      case "above_95" -> "above the 95 % limit";
      case "below_95" -> "below the 95 % limit";
      default -> "within the limits";
    };
  }

  /** Units × balances: each unit's index and whether it leans, and to which side. */
  private static DataTable balances(UnitTable u) {
    List<String> names = u.kpis.stream()
        .filter(k -> Arrays.stream(UnitKpi.values()).noneMatch(x -> x.key().equals(k)))
        .filter(k -> u.units.stream().anyMatch(n -> !Double.isNaN(u.number(u.row(n, k), "value"))))
        .toList();
    if (names.isEmpty()) {
      return null;
    }
    List<String> header = new ArrayList<>(List.of("Unit"));
    names.forEach(n -> header.add(n.replace('_', ' ')));
    List<List<Cell>> rows = new ArrayList<>();
    List<Cell> whole = new ArrayList<>(List.of(Cell.text("Whole business")));
    names.forEach(n -> whole.add(Cell.number(index(u.number(u.row(u.units.get(0), n), "business_value")))));
    rows.add(whole);
    for (String unit : u.units) {
      List<Cell> row = new ArrayList<>(List.of(Cell.text(unit)));
      for (String n : names) {
        int r = u.row(unit, n);
        String status = u.text(r, "flag");
        row.add(Cell.status(Status.of(status), index(u.number(r, "value")) + " " + status.replace('_', ' ')));
      }
      rows.add(row);
    }
    return new DataTable("table-unit-balances", "Balances by unit: index (L − R) / (L + R) and status",
        header, rows, HowToRead.of("A unit that leans while the business is balanced (or the other way"
            + " round) runs differently from the rest; the reason column of units.csv names the side."));
  }

  private static String index(double v) {
    return Double.isNaN(v) ? ValueFormat.MISSING : String.format(Locale.ROOT, "%+.2f", v);
  }

  /** What stands out: units outside the 99.8 % limits or worsening three months running. */
  private record Standouts(UnitTable u) implements Block {
    @Override
    public void renderTo(StringBuilder out) {
      out.append("<div class=\"standouts\" id=\"unit-standouts\"><h3>What stands out</h3>");
      List<String> items = new ArrayList<>();
      for (int i = 0; i < u.t.rowCount(); i++) {
        Boolean s = u.t.booleanColumn("standout").get(i);
        if (s != null && s) {
          items.add("<li><strong>" + Html.escape(u.t.getString(i, "unit")) + "</strong>: "
              + Html.escape(u.t.getString(i, "reason")) + "</li>");
        }
      }
      if (items.isEmpty()) {
        out.append("<p>Nothing stands out: every unit is within the 99.8 % limits and no KPI got worse"
            + " three months running.</p>");
      } else {
        out.append("<ul>");
        items.forEach(out::append);
        out.append("</ul>");
      }
      out.append("</div>\n");
    }
  }

  private static String capitalised(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
