package dev.kpikit.report.html;

import java.util.List;

/**
 * The Okabe–Ito palette (distinguishable with the common forms of colour blindness) and the
 * colours the report gives to meanings. Status is never shown by colour alone: every status also
 * has an icon and a word (see {@link Status}).
 *
 * @since 0.1.0
 */
public final class Palette {
  /** Blue: the first series, and "on target / balanced". */
  public static final String BLUE = "#0072B2";
  /** Orange: the second series. */
  public static final String ORANGE = "#E69F00";
  /** Bluish green: the third series. */
  public static final String GREEN = "#009E73";
  /** Vermillion: losses, and "off target / leaning". */
  public static final String VERMILLION = "#D55E00";
  /** Reddish purple. */
  public static final String PURPLE = "#CC79A7";
  /** Sky blue. */
  public static final String SKY = "#56B4E9";
  /** Yellow. */
  public static final String YELLOW = "#F0E442";
  /** Neutral grey for "no target" and reference lines. */
  public static final String GREY = "#767676";

  /** Series colours in the order charts use them. */
  public static final List<String> SERIES =
      List.of(BLUE, ORANGE, GREEN, VERMILLION, PURPLE, SKY, YELLOW, GREY);

  private Palette() {}

  /**
   * @param index a series index (0-based)
   * @return its colour, cycling through {@link #SERIES}
   */
  public static String series(int index) {
    return SERIES.get(Math.floorMod(index, SERIES.size()));
  }
}
