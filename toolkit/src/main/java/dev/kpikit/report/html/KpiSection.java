package dev.kpikit.report.html;

import dev.kpikit.metrics.Kpi;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The first section: the headline KPIs the data support as tiles ({@link HeadlineChoice}), and one
 * line naming the KPIs that are unknown with why.
 */
final class KpiSection {
  static final String ID = "section-kpis";

  private KpiSection() {}

  static Section build(RunView run) {
    List<Kpi> kpis = HeadlineChoice.shown(run);
    Map<String, String> unknown = HeadlineChoice.unknown(run);
    List<Block> blocks = new ArrayList<>();
    if (kpis.isEmpty()) {
      blocks.add(Note.omitted("Headline KPIs", "this run computed none"));
    } else {
      blocks.add(new KpiTiles(
          kpis.stream().map(k -> new KpiTile(k, run.target(k.name()), run.currency())).toList()));
    }
    if (!unknown.isEmpty()) {
      blocks.add(new Note("omitted", "Unknown, so not shown as numbers: " + unknown.entrySet().stream()
          .map(e -> e.getKey() + " (" + e.getValue() + ")").collect(Collectors.joining("; ")) + "."));
    }
    return new Section(ID, "Headline KPIs", blocks);
  }
}
