package dev.kpikit.report.html;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Folds the sections that hold nothing but "not shown" notes into one line, so that a page of an
 * HR snapshot is not a column of empty boxes: the sections keep their order, and sections with the
 * same reasons are named together, e.g. {@code Sales, Acquisition and Cohort retention: no orders
 * file (orders.csv)}; a reason contained in another of the same section is said once. The line is the last section before Data quality.
 * In a section with data, notes giving the same reason are merged into one.
 */
final class AbsentSections {
  /** The id of the section holding the line. */
  static final String ID = "section-absent";

  private static final String NOT_SHOWN = " not shown: ";

  private AbsentSections() {}

  /**
   * @param sections the page's sections in order; the last one (Data quality) is never folded
   * @return the sections with data, in order, and the line about the others before the last one
   */
  static List<Section> collapse(List<Section> sections) {
    List<Section> kept = new ArrayList<>();
    Map<Set<String>, List<String>> titlesByReasons = new LinkedHashMap<>();
    for (int i = 0; i < sections.size(); i++) {
      Section s = sections.get(i);
      if (i < sections.size() - 1 && isEmpty(s)) {
        titlesByReasons.computeIfAbsent(reasons(s), k -> new ArrayList<>()).add(s.title());
      } else {
        kept.add(mergeSameReasons(s));
      }
    }
    if (titlesByReasons.isEmpty()) {
      return kept;
    }
    List<String> parts = new ArrayList<>();
    titlesByReasons.forEach((reasons, titles) ->
        parts.add(names(titles) + ": " + String.join("; ", reasons)));
    Section absent = new Section(ID, "Not in this report", List.of(new Note("omitted",
        "Sections without data, and what would enable them. " + String.join(" · ", parts) + ".")));
    kept.add(kept.isEmpty() ? 0 : kept.size() - 1, absent);
    return kept;
  }

  /**
   * @param s a section with data
   * @return the section with its "not shown" notes that give the same reason said once, at the
   *     first one's place: {@code MRR movements, Logo churn and Trial conversion not shown: ...}
   */
  static Section mergeSameReasons(Section s) {
    Map<String, List<String>> whatByReason = new LinkedHashMap<>();
    for (Block b : s.blocks()) {
      if (isNotShown(b)) {
        String text = ((Note) b).text();
        int at = text.indexOf(NOT_SHOWN);
        whatByReason.computeIfAbsent(text.substring(at + NOT_SHOWN.length()), k -> new ArrayList<>())
            .add(text.substring(0, at));
      }
    }
    if (whatByReason.values().stream().allMatch(w -> w.size() == 1)) {
      return s;
    }
    List<Block> blocks = new ArrayList<>();
    Set<String> said = new LinkedHashSet<>();
    for (Block b : s.blocks()) {
      if (!isNotShown(b)) {
        blocks.add(b);
        continue;
      }
      String text = ((Note) b).text();
      String reason = text.substring(text.indexOf(NOT_SHOWN) + NOT_SHOWN.length());
      if (said.add(reason)) {
        blocks.add(new Note("omitted", names(whatByReason.get(reason)) + NOT_SHOWN + reason));
      }
    }
    return new Section(s.id(), s.title(), blocks);
  }

  private static boolean isNotShown(Block b) {
    return b instanceof Note n && n.cssClass().equals("omitted") && n.text().contains(NOT_SHOWN);
  }

  /** @return true when every block of the section is a "not shown" note */
  static boolean isEmpty(Section s) {
    return !s.blocks().isEmpty() && s.blocks().stream().allMatch(AbsentSections::isNotShown);
  }

  private static Set<String> reasons(Section s) {
    Set<String> out = new LinkedHashSet<>();
    for (Block b : s.blocks()) {
      String text = ((Note) b).text();
      String reason = text.substring(text.indexOf(NOT_SHOWN) + NOT_SHOWN.length());
      out.add(reason.endsWith(".") ? reason.substring(0, reason.length() - 1) : reason);
    }
    // a reason another one already says (no orders file, within no orders file and no spend) is dropped
    Set<String> all = Set.copyOf(out);
    out.removeIf(r -> all.stream().anyMatch(other -> !other.equals(r) && other.contains(r)));
    return out;
  }

  /** @return {@code A}, {@code A and B}, {@code A, B and C} */
  private static String names(List<String> titles) {
    if (titles.size() == 1) {
      return titles.get(0);
    }
    return String.join(", ", titles.subList(0, titles.size() - 1)) + " and " + titles.get(titles.size() - 1);
  }
}
