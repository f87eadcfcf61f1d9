package dev.kpikit.report.html;

import dev.kpikit.config.KpikitConfig.Target;

/** Draws config targets on charts as dashed reference lines. */
final class Targets {
  private Targets() {}

  /**
   * Adds the target of {@code kpi} (its min and/or max) to the figure on the given y axis ({@code
   * y} or {@code y2}), when the config has one.
   */
  static void line(RunView run, Figure f, String kpi, String axis) {
    Target t = run.target(kpi);
    if (t == null) {
      return;
    }
    String unit = dev.kpikit.metrics.MetricCatalog.get(kpi).map(d -> d.unit()).orElse("");
    if (t.min() != null) {
      f.referenceLine(t.min(), axis, "target ≥ " + ValueFormat.format(t.min(), unit, null));
    }
    if (t.max() != null) {
      f.referenceLine(t.max(), axis, "target ≤ " + ValueFormat.format(t.max(), unit, null));
    }
  }
}
