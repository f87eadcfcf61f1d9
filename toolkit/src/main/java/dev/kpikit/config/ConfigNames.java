package dev.kpikit.config;

import java.util.List;
import java.util.Map;

/**
 * The names that sections of {@code kpikit.yaml} keyed by free names may use, e.g. KPI names under
 * {@code targets} and balance names under {@code bands}. They are defined where those things are
 * computed (the metrics), so the config package takes them as a parameter; dataset names under
 * {@code datasets} it knows itself.
 *
 * @param sections a section's dotted path (e.g. {@code targets}) to its vocabulary
 * @since 0.1.0
 */
public record ConfigNames(Map<String, Vocabulary> sections) {
  /** No section's names are checked. */
  public static final ConfigNames NONE = new ConfigNames(Map.of());

  /** Copies the map. */
  public ConfigNames {
    sections = Map.copyOf(sections);
  }

  /**
   * The names one section may use.
   *
   * @param noun what a name names, for messages, e.g. {@code KPI}
   * @param names the valid names, in the order suggestions prefer on ties
   */
  public record Vocabulary(String noun, List<String> names) {
    /** Copies the list. */
    public Vocabulary {
      names = List.copyOf(names);
    }
  }
}
