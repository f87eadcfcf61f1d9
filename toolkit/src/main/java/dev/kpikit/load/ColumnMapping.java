package dev.kpikit.load;

import dev.kpikit.schema.CanonicalColumn;
import dev.kpikit.schema.ColumnNames;
import dev.kpikit.schema.DatasetShape;
import dev.kpikit.schema.Preset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.stream.Collectors;

/**
 * Which column of a file feeds which canonical column, and which file columns are kept as extras.
 *
 * <p>Resolution order for each canonical column: the explicit {@code columns:} mapping of the
 * config, then the preset's mapping, then the canonical name itself, then its aliases; names are
 * compared with {@link ColumnNames#normalize(String)} (case, spaces, underscores and punctuation
 * ignored). A file column feeds at most one canonical column. Every other file column is an extra,
 * kept under its {@link ColumnNames#snakeCase(String) snake_case} name.
 *
 * @param shape the shape the file is read as
 * @param typed the typed columns (canonical, then preset inputs) with their index in the file
 * @param extras the extra columns: kept name to index in the file
 * @since 0.1.0
 */
public record ColumnMapping(
    DatasetShape shape, Map<CanonicalColumn, Integer> typed, Map<String, Integer> extras) {

  /** Copies the maps, keeping their order. */
  public ColumnMapping {
    typed = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(typed));
    extras = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(extras));
  }

  /**
   * @param keep accepts the names of the extra columns to keep
   * @return this mapping with only those extra columns
   */
  public ColumnMapping withExtrasOnly(java.util.function.Predicate<String> keep) {
    Map<String, Integer> kept = new LinkedHashMap<>();
    extras.forEach((name, index) -> {
      if (keep.test(name)) {
        kept.put(name, index);
      }
    });
    return new ColumnMapping(shape, typed, kept);
  }

  /**
   * Maps a file's header, choosing the first shape of the dataset whose required columns are all
   * found (or derived by the preset).
   *
   * @param file the file's name, for messages
   * @param header the file's header
   * @param shapes the candidate shapes, in order
   * @param explicit canonical name to header name from the config (wins over everything)
   * @param preset the preset, or null
   * @return the mapping
   * @throws DataException when an explicit mapping names a header the file lacks, or no shape's
   *     required columns are all present (the message names the missing ones and lists what the
   *     file has)
   */
  public static ColumnMapping resolve(
      String file,
      List<String> header,
      List<DatasetShape> shapes,
      Map<String, String> explicit,
      Preset preset) {
    Map<String, Integer> byKey = new HashMap<>();
    for (int i = header.size() - 1; i >= 0; i--) {
      byKey.put(ColumnNames.normalize(header.get(i)), i);
    }
    checkExplicit(file, header, explicit, byKey);
    ColumnMapping best = null;
    List<String> bestMissing = null;
    for (DatasetShape shape : shapes) {
      List<String> missing = new ArrayList<>();
      ColumnMapping m = tryShape(shape, header, byKey, explicit, preset, missing);
      if (missing.isEmpty()) {
        return m;
      }
      if (bestMissing == null || missing.size() < bestMissing.size()) {
        best = m;
        bestMissing = missing;
      }
    }
    throw new DataException(
        file
            + ": missing required column"
            + (bestMissing.size() > 1 ? "s " : " ")
            + bestMissing.stream().map(c -> "'" + c + "'").collect(Collectors.joining(", "))
            + " for "
            + best.shape().label()
            + "; found "
            + shortened(header)
            + " (map them under datasets."
            + best.shape().dataset().fileStem()
            + ".columns in kpikit.yaml)");
  }

  /** Header names longest shown in a message, and names listed at most: a header may be huge. */
  private static final int SHOWN_NAME_CHARS = 60;

  private static final int SHOWN_NAMES = 50;

  /**
   * The header as {@code [a, b, c]} on one line: line breaks in names shown as {@code \n}, long
   * names cut and long headers ended by a count.
   */
  private static String shortened(List<String> header) {
    StringJoiner shown = new StringJoiner(", ", "[", "]");
    for (int i = 0; i < Math.min(header.size(), SHOWN_NAMES); i++) {
      String name = header.get(i).replace("\r", "\\r").replace("\n", "\\n");
      shown.add(
          name.length() <= SHOWN_NAME_CHARS
              ? name
              : String.format(
                  Locale.ROOT, "%s... (%,d chars)", name.substring(0, SHOWN_NAME_CHARS), name.length()));
    }
    if (header.size() > SHOWN_NAMES) {
      shown.add(String.format(Locale.ROOT, "... %,d more", header.size() - SHOWN_NAMES));
    }
    return shown.toString();
  }

  private static void checkExplicit(
      String file, List<String> header, Map<String, String> explicit, Map<String, Integer> byKey) {
    for (Map.Entry<String, String> e : explicit.entrySet()) {
      if (!byKey.containsKey(ColumnNames.normalize(e.getValue()))) {
        throw new DataException(
            file
                + ": column '"
                + e.getValue()
                + "' given for "
                + e.getKey()
                + " in the config is not in the file; found "
                + header);
      }
    }
  }

  private static ColumnMapping tryShape(
      DatasetShape shape,
      List<String> header,
      Map<String, Integer> byKey,
      Map<String, String> explicit,
      Preset preset,
      List<String> missing) {
    Set<Integer> used = new HashSet<>();
    Map<CanonicalColumn, Integer> typed = new LinkedHashMap<>();
    List<CanonicalColumn> wanted = new ArrayList<>(shape.columns());
    Set<String> derived = preset == null ? Set.of() : preset.derivedColumns();
    if (preset != null) {
      wanted.addAll(preset.inputs());
    }
    // Explicit and preset mappings first, so an alias can never steal their column. A column the
    // preset computes is never read from the file (a file column named like it stays an extra).
    for (int pass = 0; pass < 2; pass++) {
      for (CanonicalColumn c : wanted) {
        if (typed.containsKey(c) || derived.contains(c.name())) {
          continue;
        }
        Integer idx = pass == 0 ? fromNames(c, byKey, explicit, preset, used) : fromAliases(c, byKey, used);
        if (idx != null) {
          typed.put(c, idx);
          used.add(idx);
        }
      }
    }
    for (CanonicalColumn c : wanted) {
      if (c.required() && !typed.containsKey(c) && !derived.contains(c.name())) {
        missing.add(c.name());
      }
    }
    Map<CanonicalColumn, Integer> ordered = new LinkedHashMap<>();
    for (CanonicalColumn c : wanted) {
      if (typed.containsKey(c)) {
        ordered.put(c, typed.get(c));
      }
    }
    return new ColumnMapping(shape, ordered, extras(header, used, ordered, derived));
  }

  private static Integer fromNames(
      CanonicalColumn c,
      Map<String, Integer> byKey,
      Map<String, String> explicit,
      Preset preset,
      Set<Integer> used) {
    String given = explicit.get(c.name());
    if (given == null && preset != null) {
      given = preset.columns().get(c.name());
    }
    if (given != null) {
      Integer idx = byKey.get(ColumnNames.normalize(given));
      return idx != null && !used.contains(idx) ? idx : null;
    }
    return null;
  }

  private static Integer fromAliases(CanonicalColumn c, Map<String, Integer> byKey, Set<Integer> used) {
    List<String> names = new ArrayList<>();
    names.add(c.name());
    names.addAll(c.aliases());
    for (String n : names) {
      Integer idx = byKey.get(ColumnNames.normalize(n));
      if (idx != null && !used.contains(idx)) {
        return idx;
      }
    }
    return null;
  }

  private static Map<String, Integer> extras(
      List<String> header, Set<Integer> used, Map<CanonicalColumn, Integer> typed, Set<String> derived) {
    Set<String> taken = new HashSet<>(derived);
    typed.keySet().forEach(c -> taken.add(c.name()));
    Map<String, Integer> extras = new LinkedHashMap<>();
    for (int i = 0; i < header.size(); i++) {
      if (used.contains(i)) {
        continue;
      }
      String base = ColumnNames.snakeCase(header.get(i));
      String name = base;
      for (int n = 2; taken.contains(name); n++) {
        name = base + "_" + n;
      }
      taken.add(name);
      extras.put(name, i);
    }
    return extras;
  }

  /**
   * @param name a canonical or preset input column name
   * @return the index of the file column feeding it, or -1 when it is not mapped
   */
  public int indexOf(String name) {
    for (Map.Entry<CanonicalColumn, Integer> e : typed.entrySet()) {
      if (e.getKey().name().equals(name)) {
        return e.getValue();
      }
    }
    return -1;
  }
}
