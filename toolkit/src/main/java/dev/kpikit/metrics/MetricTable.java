package dev.kpikit.metrics;

import dev.kpikit.schema.Dataset;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;
import tech.tablesaw.api.Table;

/**
 * One metric table, declared once ({@link MetricTables}): everything else that names it derives
 * from here: the catalog ({@link MetricCatalog}), the README's metric reference, the definitions of
 * {@code metrics.json}, the report's "how to read" notes, the scorecard's KPI sources ({@link
 * KpiSeries}) and the order a whole run computes tables in.
 *
 * @param name the table (and output file) name, e.g. {@code cac_monthly}
 * @param description what it holds, one sentence
 * @param documentedIn the class whose Javadoc gives the formulas, units and edge cases
 * @param inputs the datasets it cannot be computed without (others it reads when present)
 * @param dependsOn tables it reads the result of (computed first in a whole run)
 * @param measures its metric columns, with unit, kind and definition
 * @param kpis the headline KPIs it provides, if any
 * @param compute computes it from a business's inputs with the given options; null for a table a
 *     whole run assembles from the others ({@code scorecard})
 * @since 0.2.0
 */
public record MetricTable(
    String name,
    String description,
    Class<?> documentedIn,
    List<Dataset> inputs,
    List<String> dependsOn,
    List<MetricDef> measures,
    List<KpiSource> kpis,
    BiFunction<MetricInputs, MetricOptions, Table> compute) {

  /** Copies the lists; checks that each measure and KPI belongs to this table. */
  public MetricTable {
    Objects.requireNonNull(name, "name");
    inputs = List.copyOf(inputs);
    dependsOn = List.copyOf(dependsOn);
    measures = List.copyOf(measures);
    kpis = List.copyOf(kpis);
    for (MetricDef d : measures) {
      if (!d.table().equals(name)) {
        throw new IllegalArgumentException(d.name() + " is declared in " + name + " but names " + d.table());
      }
    }
    for (KpiSource k : kpis) {
      if (measures.stream().noneMatch(d -> d.name().equals(k.name()))) {
        throw new IllegalArgumentException("KPI " + k.name() + " of " + name + " is none of its measures");
      }
    }
  }

  /** @return true when a whole run computes it with {@link #compute} (not assembled afterwards) */
  public boolean isComputed() {
    return compute != null;
  }
}
