package dev.kpikit.report.html;

import dev.kpikit.metrics.Kpi;
import java.util.List;

/** The first section: the run's headline KPIs as tiles. */
final class KpiSection {
  static final String ID = "section-kpis";

  private KpiSection() {}

  static Section build(RunView run) {
    List<Kpi> kpis = run.run().kpis();
    if (kpis.isEmpty()) {
      return new Section(ID, "Headline KPIs",
          List.of(Note.omitted("Headline KPIs", "this run computed none")));
    }
    List<KpiTile> tiles =
        kpis.stream().map(k -> new KpiTile(k, run.target(k.name()), run.currency())).toList();
    return new Section(ID, "Headline KPIs", List.of(new KpiTiles(tiles)));
  }
}
