package dev.kpikit.sample;

import java.util.List;

/**
 * The eight shops of Harborview Bakeries and what sets each apart: when it opened, how many new
 * loyalty-card customers it draws at maturity, how often they come back, how full their baskets
 * are, and how often its staff quit. One shop is excellent, one struggles (its regulars drift away
 * in the second half of 2025 while its staff keep leaving), one opened in the last quarter; the rest
 * are ordinary, of different sizes.
 */
final class BakeryShops {
  /**
   * A shop.
   *
   * @param name the value of the {@code store} column
   * @param openedMonth the month index it opened (0 = 2023-01; negative: before the data starts)
   * @param size new customers drawn at maturity, relative to an ordinary shop (1.0)
   * @param quality multiplies every customer's chance of coming back after a visit
   * @param fullBaskets true for a shop whose receipts hold more lines
   * @param quitRate the monthly chance that a member of staff quits
   * @param bakers the bakers on staff once open
   * @param counter the counter staff once open
   */
  record Shop(
      String name,
      int openedMonth,
      double size,
      double quality,
      boolean fullBaskets,
      double quitRate,
      int bakers,
      int counter) {}

  /** The first month of the struggling shop's decline (2025-04). */
  static final int FADE_FROM = 27;

  /** How much of its draw of new customers the struggling shop loses each month of its decline. */
  private static final double DRAW_LOSS_PER_MONTH = 0.1;

  /**
   * How much the struggling shop's monthly hazard that a regular drifts away grows each month of
   * its decline: 0.15 in April 2025, 1.35 in December, so each month fewer of the last month's
   * customers come back.
   */
  private static final double DRIFT_HAZARD_PER_MONTH = 0.15;

  /** The months a shop's draw takes to grow from half to its full size after opening. */
  private static final int RAMP_MONTHS = 5;

  static final String EXCELLENT = "harbor-front";
  static final String STRUGGLING = "market-square";
  static final String NEW = "westgate";

  static final List<Shop> SHOPS =
      List.of(
          new Shop(EXCELLENT, -106, 1.3, 1.2, true, 0.008, 4, 6),
          new Shop("old-town", -70, 1.2, 0.95, false, 0.025, 3, 5),
          new Shop(STRUGGLING, -55, 2.0, 0.95, false, 0.1, 3, 5),
          new Shop("riverside", 4, 1.0, 0.95, false, 0.025, 3, 4),
          new Shop("university", 8, 1.1, 0.9, false, 0.035, 2, 5),
          new Shop("north-point", 15, 0.9, 0.95, false, 0.025, 2, 4),
          new Shop("lighthouse-kiosk", 22, 0.3, 0.95, false, 0.03, 1, 2),
          new Shop(NEW, 33, 1.0, 0.95, false, 0.025, 3, 4));

  private BakeryShops() {}

  /** True when the shop sells in {@code month}. */
  static boolean open(Shop shop, int month) {
    return month >= shop.openedMonth();
  }

  /**
   * The chance that a customer of the shop with {@code loyalty} comes back after a visit in {@code
   * month}, {@code gapDays} later: {@code min(0.95, quality x loyalty)}, times, for the struggling
   * shop in its decline, the chance of not drifting away over the gap.
   */
  static double keep(Shop shop, int month, double loyalty, int gapDays) {
    double keep = Math.min(0.95, shop.quality() * loyalty);
    double hazard = DRIFT_HAZARD_PER_MONTH * monthsOfDecline(shop, month);
    return keep * Math.exp(-hazard * gapDays / 30.0);
  }

  /**
   * The shop's draw of new customers in {@code month}, relative to an ordinary mature shop: 0 while
   * closed, half its size in the opening month growing to full over {@link #RAMP_MONTHS}, and, for
   * the struggling shop, falling with its decline.
   */
  static double draw(Shop shop, int month) {
    if (!open(shop, month)) {
      return 0;
    }
    double ramp = Math.min(1, 0.5 + 0.5 * (month - shop.openedMonth()) / RAMP_MONTHS);
    return shop.size() * ramp * fade(shop, month);
  }

  private static double fade(Shop shop, int month) {
    return 1 - DRAW_LOSS_PER_MONTH * monthsOfDecline(shop, month);
  }

  /** 1 in the struggling shop's first month of decline, 2 in the second...; 0 otherwise. */
  private static int monthsOfDecline(Shop shop, int month) {
    boolean fading = shop.name().equals(STRUGGLING) && month >= FADE_FROM;
    return fading ? month - FADE_FROM + 1 : 0;
  }
}
