package dev.kpikit.report.html;

import dev.kpikit.config.KpikitConfig.Target;
import java.util.Locale;
import java.util.Set;

/**
 * How a value stands against what the business wants, shown with an icon, a word and a colour (never
 * colour alone).
 *
 * @since 0.1.0
 */
public enum Status {
  /** Meets its target, or a balance inside its band. */
  GOOD("✓", "on target", "good"),
  /** Misses its target, or a balance outside its band. */
  ATTENTION("✗", "off target", "attention"),
  /** No target, or not enough data to judge. */
  NEUTRAL("•", "no target", "neutral");

  private static final Set<String> GOOD_WORDS =
      Set.of("met", "on_target", "balanced", "ok", "good", "on_track", "green", "pass");
  private static final Set<String> ATTENTION_WORDS =
      Set.of(
          "missed", "off_target", "leans_left", "leans_right", "attention", "bad", "red", "fail",
          "below_target", "above_target", "below", "above");

  private final String icon;
  private final String label;
  private final String cssClass;

  Status(String icon, String label, String cssClass) {
    this.icon = icon;
    this.label = label;
    this.cssClass = cssClass;
  }

  /** @return a one-character symbol for the status */
  public String icon() {
    return icon;
  }

  /** @return the default words for the status (e.g. {@code on target}) */
  public String label() {
    return label;
  }

  /** @return the CSS class that colours it ({@code good}, {@code attention}, {@code neutral}) */
  public String cssClass() {
    return cssClass;
  }

  /**
   * Classifies a status word from a metric table ({@code balances.status}, {@code
   * scorecard.status}), ignoring case, spaces and hyphens: {@code met}, {@code balanced}, {@code
   * on_target}, ... are good; {@code missed}, {@code leans_left}, {@code leans_right}, {@code
   * off_target}, ... need attention; anything else (e.g. {@code missing_data}, {@code no_target})
   * is neutral.
   *
   * @param word the status text, or null
   * @return its status
   */
  public static Status of(String word) {
    if (word == null) {
      return NEUTRAL;
    }
    String key = word.trim().toLowerCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
    if (GOOD_WORDS.contains(key)) {
      return GOOD;
    }
    return ATTENTION_WORDS.contains(key) ? ATTENTION : NEUTRAL;
  }

  /**
   * Judges a value against a config target.
   *
   * @param value the value, NaN when missing
   * @param target the target, or null
   * @return neutral without a target or a value; good when within {@code [min, max]}; else
   *     attention
   */
  public static Status against(double value, Target target) {
    if (target == null || !Double.isFinite(value)) {
      return NEUTRAL;
    }
    boolean aboveMin = target.min() == null || value >= target.min();
    boolean belowMax = target.max() == null || value <= target.max();
    return aboveMin && belowMax ? GOOD : ATTENTION;
  }
}
