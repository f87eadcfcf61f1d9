package dev.kpikit.report.html;

import java.util.List;

/**
 * The row of headline KPI tiles at the top of the report.
 *
 * @param tiles the tiles, in the run's KPI order
 * @since 0.1.0
 */
public record KpiTiles(List<KpiTile> tiles) implements Block {
  /** Copies the list. */
  public KpiTiles {
    tiles = List.copyOf(tiles);
  }

  @Override
  public void renderTo(StringBuilder out) {
    out.append("<div class=\"tiles\">\n");
    tiles.forEach(t -> t.renderTo(out));
    out.append("</div>\n");
  }
}
