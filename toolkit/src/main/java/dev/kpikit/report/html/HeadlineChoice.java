package dev.kpikit.report.html;

import dev.kpikit.metrics.Kpi;
import dev.kpikit.metrics.KpiSeries;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tech.tablesaw.api.Table;

/**
 * The headline KPIs a run's data can support, chosen from what it computed: the run's KPIs that
 * have a value (revenue, AOV, repeat purchase rate for orders; MRR and churn for subscriptions; the
 * churn rate and median lifetime of a tenure export; the attrition rate of an HR snapshot, ...). The
 * whole-export rates are labelled with their counts ({@code 237 of 1,470 employees left}) instead
 * of {@value KpiSeries#WHOLE_EXPORT}. A KPI without a value is not a tile: it is named on one line
 * with the reason (no cost column, no marketing spend, churn not observable yet, median lifetime
 * not reached), never shown as 0.
 */
final class HeadlineChoice {
  private static final String ALL = "ALL";
  private static final String MEDIAN_LIFETIME = "median_lifetime_months";

  private HeadlineChoice() {}

  /**
   * @param run the run
   * @return the tiles' KPIs, in the run's order
   */
  static List<Kpi> shown(RunView run) {
    List<Kpi> out = new ArrayList<>();
    for (Kpi k : run.run().kpis()) {
      if (Double.isFinite(k.value())) {
        out.add(switch (k.name()) {
          case "churn_rate" -> withCounts(run, k, "tenure_churn", "customers", "churned", "churned");
          case "attrition_rate" -> withCounts(run, k, "attrition", "employees", "leavers", "left");
          case MEDIAN_LIFETIME -> relabel(k, "Kaplan–Meier, all customers");
          default -> k;
        });
      }
    }
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
        if (k.name().equals(MEDIAN_LIFETIME) && run.table("survival").isPresent()) {
          out.put("Median lifetime", notReached(run.table("survival").get()));
        } else {
          out.put(Labels.metric(k.name()), MissingReasons.kpi(run, k));
        }
      }
    }
    return out;
  }

  /** The KPI labelled with the counts of the {@code ALL} row of its whole-export table. */
  private static Kpi withCounts(RunView run, Kpi k, String table, String total, String events, String verb) {
    return run.table(table).flatMap(t -> {
      for (int r = 0; r < t.rowCount(); r++) {
        if (ALL.equals(t.stringColumn("segment").get(r))) {
          long n = t.intColumn(total).getInt(r);
          long e = t.intColumn(events).getInt(r);
          return Optional.of(relabel(k, ValueFormat.count(e) + " of " + ValueFormat.count(n) + " " + total + " " + verb));
        }
      }
      return Optional.<Kpi>empty();
    }).orElse(k);
  }

  private static Kpi relabel(Kpi k, String period) {
    return new Kpi(k.name(), k.value(), k.unit(), period, k.previous(), k.yearAgo(), k.definition());
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
}
