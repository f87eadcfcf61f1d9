package dev.kpikit.report.html;

import dev.kpikit.config.KpikitConfig.Target;
import dev.kpikit.metrics.Kpi;

/**
 * One headline KPI as the report shows it: its value, the change against the previous period and
 * against the same period a year earlier, and its status against the config target.
 *
 * @param kpi the KPI
 * @param target its target from {@code kpikit.yaml}, or null
 * @param currency the display currency, or null
 * @since 0.1.0
 */
public record KpiTile(Kpi kpi, Target target, String currency) implements Block {
  /**
   * KPIs of a whole export without dates (tenure churn, snapshot attrition, median lifetime):
   * their tiles show no change against earlier periods, which such data do not have.
   */
  static final java.util.Set<String> WHOLE_EXPORT =
      java.util.Set.of("churn_rate", "attrition_rate", "median_lifetime_months");

  private String unit() {
    return kpi.unit();
  }

  /** @return the status of the value against the target */
  public Status status() {
    return Status.against(kpi.value(), target);
  }

  @Override
  public void renderTo(StringBuilder out) {
    Status s = status();
    out.append("<div class=\"tile ").append(s.cssClass()).append("\" id=\"kpi-")
        .append(Html.escape(kpi.name().replace('_', '-'))).append("\">")
        .append("<div class=\"tile-name\">").append(Html.escape(Labels.metric(kpi.name()))).append("</div>")
        .append("<div class=\"tile-value\">")
        .append(Html.escape(ValueFormat.format(kpi.value(), unit(), currency)))
        .append("</div>")
        .append("<div class=\"tile-period\">").append(Html.escape(kpi.period())).append("</div>");
    if (!WHOLE_EXPORT.contains(kpi.name())) { // a snapshot has no earlier period to compare
      change(out, "vs previous period", kpi.previous());
      change(out, "vs a year earlier", kpi.yearAgo());
    }
    out.append("<div class=\"tile-status\">").append(s.icon()).append(' ')
        .append(Html.escape(statusWords(s))).append("</div>");
    if (kpi.definition() != null && !kpi.definition().isBlank()) {
      out.append("<div class=\"tile-def\">").append(Html.escape(kpi.definition())).append("</div>");
    }
    out.append("</div>\n");
  }

  private String statusWords(Status s) {
    if (target == null) {
      return s.label();
    }
    return s.label() + " (" + targetText() + ")";
  }

  /** @return the target as text, e.g. {@code target ≥ 3.0} or {@code target 2.0 %–5.0 %} */
  String targetText() {
    String min = target.min() == null ? null : ValueFormat.format(target.min(), unit(), currency);
    String max = target.max() == null ? null : ValueFormat.format(target.max(), unit(), currency);
    if (min != null && max != null) {
      return "target " + min + " to " + max;
    }
    return min != null ? "target ≥ " + min : "target ≤ " + max;
  }

  private void change(StringBuilder out, String against, double before) {
    out.append("<div class=\"tile-change\">");
    double now = kpi.value();
    if (!Double.isFinite(now) || !Double.isFinite(before)) {
      out.append(ValueFormat.MISSING).append(' ').append(Html.escape(against));
    } else {
      double delta = now - before;
      String arrow = delta > 0 ? "▲" : delta < 0 ? "▼" : "▶";
      out.append(arrow).append(' ').append(Html.escape(changeText(delta, before))).append(' ')
          .append(Html.escape(against));
    }
    out.append("</div>");
  }

  /** Ratios change in percentage points; other units relative to the earlier value. */
  private String changeText(double delta, double before) {
    if ("ratio".equals(unit())) {
      return signed(ValueFormat.number(delta * 100)) + " pp";
    }
    if (before == 0) {
      return signed(ValueFormat.format(delta, unit(), currency));
    }
    return signed(ValueFormat.percent(delta / Math.abs(before)));
  }

  private static String signed(String text) {
    return text.startsWith("-") || text.startsWith(ValueFormat.MISSING) ? text : "+" + text;
  }
}
