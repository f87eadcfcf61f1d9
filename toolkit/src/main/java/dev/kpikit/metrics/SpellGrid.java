package dev.kpikit.metrics;

import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The rows of a per-period subscription table: every period from the first spell start to the
 * period containing {@code asOf}, times every segment, sorted by period then segment label. Row
 * {@code r} holds period {@code firstPeriod + r / segments} and segment {@code r % segments}.
 */
final class SpellGrid {
  final CustomerSpells spells;
  final int periods;
  final int segments;

  SpellGrid(CustomerSpells spells) {
    this.spells = spells;
    this.periods = spells.periodCount();
    this.segments = spells.segmentLabels.length;
  }

  /** @return the number of rows */
  int rows() {
    return periods * segments;
  }

  /**
   * @param period a period index between the first and the last period
   * @param segment a segment code
   * @return the row of that cell
   */
  int row(int period, int segment) {
    return (period - spells.firstPeriod) * segments + segment;
  }

  /**
   * @param name the table name
   * @param options the options the grid was built with
   * @return a table with the period column and, with a dimension, the dimension column
   */
  Table leadingColumns(String name, MetricOptions options) {
    String[] labels = new String[rows()];
    String[] dims = new String[rows()];
    for (int p = 0; p < periods; p++) {
      String label = spells.periods.label(spells.firstPeriod + p);
      for (int s = 0; s < segments; s++) {
        labels[p * segments + s] = label;
        dims[p * segments + s] = spells.segmentLabels[s];
      }
    }
    Table out = Table.create(name, StringColumn.create(options.periodColumn(), labels));
    if (options.by() != null) {
      out.addColumns(StringColumn.create(options.by(), dims));
    }
    return out;
  }
}
