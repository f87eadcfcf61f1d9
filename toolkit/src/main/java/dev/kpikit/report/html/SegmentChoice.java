package dev.kpikit.report.html;

import dev.kpikit.config.SegmentsConfig;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Which columns of a dataset the report breaks a rate down by, and why (the page says it):
 *
 * <ul>
 *   <li>With {@code segments.columns} in {@code kpikit.yaml}: those the data have, in that order.
 *   <li>Otherwise the text and yes/no columns with 2 to {@code segments.max_values} (12) distinct
 *       values, identifiers and the dataset's key columns left out: first the dimensions the
 *       dataset's shape names ({@code contract}, {@code department}, {@code plan}, {@code channel},
 *       {@code region}; {@code region} also with more values), then the others by how strongly the
 *       rate differs between their values (Cramér's V), or in file order when there is no rate to
 *       rank by, up to {@code segments.max_columns} (5).
 *   <li>A column with more than {@code max_values} values (a country) shows its {@code
 *       segments.top} (10) largest values and {@code (other)}.
 * </ul>
 *
 * @param columns the chosen columns, in order
 * @param folded the chosen columns shown as their top values and (other)
 * @param why one sentence on how they were chosen
 */
record SegmentChoice(List<String> columns, Set<String> folded, String why) {
  /** The dimensions a dataset shape names, preferred in this order. */
  static final List<String> DIMENSIONS = List.of("contract", "department", "plan", "channel", "region");

  /** A column allowed to have more than max_values values (folded into top + other). */
  private static final String REGION = "region";

  /**
   * @param data the loaded dataset
   * @param keys its key and measure columns, never chosen (ids, dates, amounts, the event flag)
   * @param config the {@code segments} section
   * @param counts the counts of the rate by a column (for ranking), or null to keep file order
   * @param rate the rate's name for the explanation, e.g. {@code churn rate}
   * @return the choice (no columns when none fits)
   */
  static SegmentChoice of(Table data, Set<String> keys, SegmentsConfig config,
      Function<String, SegmentCounts> counts, String rate) {
    int maxValues = config.maxValuesOrDefault();
    Set<String> folded = new HashSet<>();
    if (config.columns() != null) {
      List<String> listed = new ArrayList<>();
      List<String> absent = new ArrayList<>();
      for (String c : config.columns()) {
        if (data.containsColumn(c) && !keys.contains(c)) {
          listed.add(c);
          if (distinct(data.column(c), maxValues + 1) > maxValues) {
            folded.add(c);
          }
        } else {
          absent.add(c);
        }
      }
      return new SegmentChoice(listed, folded, "The columns listed under segments.columns in"
          + " kpikit.yaml" + (absent.isEmpty() ? "" : " (not in the " + data.name() + " data: "
          + String.join(", ", absent) + ")") + ".");
    }
    Map<String, Integer> candidates = new LinkedHashMap<>();
    for (Column<?> c : data.columns()) {
      String name = c.name();
      if (keys.contains(name) || name.endsWith("_id") || name.equals("id")
          || !(c instanceof StringColumn || c instanceof BooleanColumn)) {
        continue;
      }
      int values = distinct(c, maxValues + 1);
      if (values >= 2 && (values <= maxValues || name.equals(REGION))) {
        candidates.put(name, values);
        if (values > maxValues) {
          folded.add(name);
        }
      }
    }
    List<String> preferred = new ArrayList<>(
        DIMENSIONS.stream().filter(candidates::containsKey).toList());
    List<String> others = new ArrayList<>(
        candidates.keySet().stream().filter(c -> !preferred.contains(c)).toList());
    if (counts != null) {
      Map<String, Double> strength = new LinkedHashMap<>();
      others.forEach(c -> strength.put(c, counts.apply(c).cramersV()));
      others.sort(Comparator.comparingDouble((String c) -> -strength.get(c)));
    }
    List<String> chosen = new ArrayList<>(preferred);
    chosen.addAll(others);
    chosen = List.copyOf(chosen.subList(0, Math.min(chosen.size(), config.maxColumnsOrDefault())));
    folded.retainAll(chosen);
    String why = "Chosen from the data: the columns with 2 to " + maxValues + " values"
        + (preferred.isEmpty() ? "" : ", first the dimensions kpikit knows ("
            + String.join(", ", preferred) + ")")
        + (counts == null ? ", in file order"
            : ", then those whose " + rate + " differs most between their values (Cramér's V)")
        + ", at most " + config.maxColumnsOrDefault()
        + (folded.isEmpty() ? "" : "; " + String.join(", ", folded) + " shows its "
            + config.topOrDefault() + " largest values and " + SegmentCounts.OTHER)
        + ". Set segments.columns (and max_values, max_columns, top) in kpikit.yaml to choose.";
    return new SegmentChoice(chosen, folded, why);
  }

  /** @return the number of distinct non-blank values, counting no further than {@code cap} */
  static int distinct(Column<?> c, int cap) {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < c.size() && seen.size() < cap; i++) {
      if (!c.isMissing(i)) {
        String v = c.getString(i);
        if (!v.isBlank()) {
          seen.add(v);
        }
      }
    }
    return seen.size();
  }
}
