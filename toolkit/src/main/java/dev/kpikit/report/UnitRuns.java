package dev.kpikit.report;

import dev.kpikit.schema.Dataset;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The metric runs of a business's units, for the report's unit selector and Units section: one
 * {@link MetricRun} per unit (its own rows, the shared datasets allocated), in unit order.
 *
 * @param column the unit column, e.g. {@code store}
 * @param treatment how each dataset reached the units: {@code split}, {@code revenue_share},
 *     {@code even} or {@code none}
 * @param runs unit name to its run, in the units' order
 * @since 0.3.0
 */
public record UnitRuns(String column, Map<Dataset, String> treatment, Map<String, MetricRun> runs) {
  /** Copies the maps, keeping their order. */
  public UnitRuns {
    treatment = treatment.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(treatment));
    runs = Collections.unmodifiableMap(new LinkedHashMap<>(runs));
  }

  /** @return the units' names, in order */
  public List<String> names() {
    return List.copyOf(runs.keySet());
  }

  /**
   * @return one sentence saying which datasets are split by the unit column, which are allocated
   *     and how, and which are left out of the unit views
   */
  public String treatmentText() {
    StringBuilder split = new StringBuilder();
    StringBuilder shared = new StringBuilder();
    StringBuilder left = new StringBuilder();
    treatment.forEach((d, how) -> {
      StringBuilder to = how.equals("split") ? split : how.equals("none") ? left : shared;
      if (to.length() > 0) {
        to.append(", ");
      }
      to.append(d.fileStem());
      if (to == shared) {
        to.append(how.equals("even") ? " evenly" : " by revenue share");
      }
    });
    StringBuilder out = new StringBuilder("Split by ").append(column).append(": ")
        .append(split.length() == 0 ? "none" : split).append('.');
    if (shared.length() > 0) {
      out.append(" Shared and allocated to units: ").append(shared).append('.');
    }
    if (left.length() > 0) {
      out.append(" Not in the unit views (no ").append(column).append(" column, or unit_allocation none): ")
          .append(left).append('.');
    }
    return out.toString();
  }
}
