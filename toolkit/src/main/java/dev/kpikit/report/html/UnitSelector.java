package dev.kpikit.report.html;

import java.util.List;

/**
 * The unit selector of a report split into units: a picker fixed at the top of the window (the
 * whole business, or one unit) and, for each unit, its sections inside an inert {@code
 * <template>}: written once, neither rendered nor drawn until the unit is picked, when {@code
 * assets/kpikit.js} puts them in the place of the sections with the same ids. Works offline, with
 * no server: each unit's data is in the page exactly once.
 *
 * @param column the unit column, e.g. {@code store} (shown as the picker's label)
 * @param wholeNote what the whole-business view shows
 * @param units each unit's name, the note shown when it is picked, and its sections
 * @since 0.3.0
 */
public record UnitSelector(String column, String wholeNote, List<Panel> units) implements Block {
  /**
   * One unit's view.
   *
   * @param name the unit's name, from the data
   * @param note what the view shows (its own rows, what is allocated)
   * @param sections its sections, with the ids of the whole page's sections they replace
   */
  public record Panel(String name, String note, List<Section> sections) {
    /** Copies the list. */
    public Panel {
      sections = List.copyOf(sections);
    }
  }

  /** Copies the list. */
  public UnitSelector {
    units = List.copyOf(units);
  }

  /**
   * @param index a unit's position
   * @return its key in the picker, the template id suffix and the URL fragment ({@code #unit=u-3})
   */
  static String key(int index) {
    return "u-" + index;
  }

  @Override
  public void renderTo(StringBuilder out) {
    out.append("<div class=\"unit-picker\" id=\"unit-picker\"><label for=\"unit-select\">")
        .append(Html.escape(column)).append("</label> <select id=\"unit-select\">")
        .append("<option value=\"\" data-note=\"").append(Html.escape(wholeNote))
        .append("\" selected>Whole business</option>");
    for (int i = 0; i < units.size(); i++) {
      Panel p = units.get(i);
      out.append("<option value=\"").append(key(i)).append("\" data-note=\"")
          .append(Html.escape(p.note())).append("\">").append(Html.escape(p.name())).append("</option>");
    }
    out.append("</select><p class=\"unit-note\" id=\"unit-note\">").append(Html.escape(wholeNote))
        .append("</p></div>\n");
    for (int i = 0; i < units.size(); i++) {
      out.append("<template class=\"unit-panel\" id=\"unit-panel-").append(key(i)).append("\">\n");
      units.get(i).sections().forEach(s -> s.renderTo(out));
      out.append("</template>\n");
    }
  }
}
