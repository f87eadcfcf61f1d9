package dev.kpikit.report.html;

import dev.kpikit.metrics.Kpi;
import dev.kpikit.metrics.MetricCatalog;
import dev.kpikit.metrics.MetricDef;
import dev.kpikit.metrics.Survival;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tech.tablesaw.api.Table;

/**
 * The headline KPIs a run's data can support, chosen from what it computed: the run's periodic and
 * trailing KPIs that have a value (revenue, AOV, repeat purchase rate for orders; MRR and churn for
 * subscriptions, ...), then the whole-export rates of the shapes without dates: the attrition rate
 * of an HR snapshot ({@code attrition}, row {@code ALL}), the churn rate and median lifetime of a
 * tenure export ({@code tenure_churn}, {@code survival}). A KPI without a value is not a tile: it
 * is named on one line with the reason (no cost column, no marketing spend, churn not observable
 * yet), never shown as 0.
 */
final class HeadlineChoice {
  private static final String ALL = "ALL";

  private HeadlineChoice() {}

  /**
   * @param run the run
   * @return the tiles' KPIs, in the run's order, then the whole-export rates
   */
  static List<Kpi> shown(RunView run) {
    List<Kpi> out = new ArrayList<>();
    for (Kpi k : run.run().kpis()) {
      if (Double.isFinite(k.value())) {
        out.add(k);
      }
    }
    allRow(run, "tenure_churn", "churn_rate", "customers", "churned", "churned")
        .ifPresent(out::add);
    medianLifetime(run).ifPresent(out::add);
    allRow(run, "attrition", "attrition_rate", "employees", "leavers", "left").ifPresent(out::add);
    return out;
  }

  /**
   * @param run the run
   * @return each KPI the run has without a value (or cannot have), with why, in order
   */
  static Map<String, String> unknown(RunView run) {
    Map<String, String> out = new LinkedHashMap<>();
    for (Kpi k : run.run().kpis()) {
      if (!Double.isFinite(k.value())) {
        out.put(Labels.metric(k.name()), MissingReasons.kpi(run, k));
      }
    }
    run.table("survival").filter(t -> run.table("tenure_churn").isPresent())
        .ifPresent(t -> {
          double median = medianOfAll(t);
          if (!Double.isFinite(median)) {
            out.put("Median lifetime", notReached(t));
          }
        });
    return out;
  }

  /** The value of the {@code ALL} row of a whole-export table, as a KPI with its counts. */
  private static Optional<Kpi> allRow(
      RunView run, String table, String rate, String total, String events, String verb) {
    return run.table(table).flatMap(t -> {
      for (int r = 0; r < t.rowCount(); r++) {
        if (ALL.equals(t.stringColumn("segment").get(r)) && !t.doubleColumn(rate).isMissing(r)) {
          long n = t.intColumn(total).getInt(r);
          long e = t.intColumn(events).getInt(r);
          String period = ValueFormat.count(e) + " of " + ValueFormat.count(n) + " " + total + " " + verb;
          return Optional.of(new Kpi(rate, t.doubleColumn(rate).getDouble(r), "ratio", period,
              Double.NaN, Double.NaN, definition(rate)));
        }
      }
      return Optional.empty();
    });
  }

  /** The median lifetime of a tenure export's {@code ALL} curve, when survival reaches 50 %. */
  private static Optional<Kpi> medianLifetime(RunView run) {
    return run.table("survival")
        .filter(t -> run.table("tenure_churn").isPresent())
        .flatMap(t -> {
          double median = medianOfAll(t);
          return Double.isFinite(median)
              ? Optional.of(new Kpi("median_lifetime_months", median, "months",
                  "Kaplan–Meier, all customers", Double.NaN, Double.NaN,
                  definition("median_lifetime_months")))
              : Optional.empty();
        });
  }

  private static double medianOfAll(Table survival) {
    Table medians = Survival.medianLifetime(survival);
    for (int r = 0; r < medians.rowCount(); r++) {
      if (ALL.equals(medians.stringColumn("segment").get(r))) {
        return medians.doubleColumn("median_lifetime").getDouble(r);
      }
    }
    return Double.NaN;
  }

  /** @return e.g. {@code not reached: 59.5 % of customers are still active at 72 months, ...} */
  private static String notReached(Table survival) {
    int last = -1;
    for (int r = 0; r < survival.rowCount(); r++) {
      if (ALL.equals(survival.stringColumn("segment").get(r))) {
        last = r;
      }
    }
    if (last < 0) {
      return "no survival curve for all customers";
    }
    double s = survival.numberColumn("survival").getDouble(last);
    double t = survival.numberColumn("time").getDouble(last);
    return "not reached: Kaplan–Meier survival is still " + ValueFormat.percent(s) + " at "
        + ValueFormat.number(t) + " months, the longest tenure in the data";
  }

  private static String definition(String metric) {
    return MetricCatalog.get(metric).map(MetricDef::definition).orElse("");
  }
}
