package dev.kpikit.report.html;

import java.util.Locale;

/** Colour arithmetic for fills. */
final class Colors {
  private Colors() {}

  /**
   * @param hex a colour as {@code #RRGGBB}
   * @param alpha opacity from 0 to 1
   * @return the colour as {@code rgba(r,g,b,alpha)}
   */
  static String translucent(String hex, double alpha) {
    int rgb = Integer.parseInt(hex.substring(1), 16);
    return String.format(Locale.ROOT, "rgba(%d,%d,%d,%.2f)", rgb >> 16, (rgb >> 8) & 0xff, rgb & 0xff, alpha);
  }
}
