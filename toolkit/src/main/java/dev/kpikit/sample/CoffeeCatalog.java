package dev.kpikit.sample;

import java.util.List;
import java.util.SplittableRandom;

/**
 * The 40 products of Northwind Coffee: 28 sold from the start (one of them, the holiday blend, only
 * in October to December) and 12 launched one a month over the last 12 months. Prices rise 5 % each
 * January; unit costs drift up 0.4 % a month (green coffee inflation).
 */
final class CoffeeCatalog {
  /** A product: list price and unit cost in cents (2023 level), popularity, launch month. */
  record Sku(String code, long priceCents, long costCents, double popularity, int launchMonth) {}

  static final String HOLIDAY_BLEND = "HOLIDAY-BLEND-250";
  static final String SLOW_MOVER = "BURR-GRINDER";
  private static final int LAUNCHES_FROM = SampleCalendar.MONTHS - 12;

  static final List<Sku> SKUS =
      List.of(
          new Sku("ETH-YIRGACHEFFE-250", 1650, 610, 9, 0),
          new Sku("COL-HUILA-250", 1450, 510, 10, 0),
          new Sku("BRA-CERRADO-250", 1300, 450, 8, 0),
          new Sku("GUA-ANTIGUA-250", 1550, 560, 6, 0),
          new Sku("KEN-NYERI-250", 1850, 720, 5, 0),
          new Sku("SUM-MANDHELING-250", 1500, 550, 4, 0),
          new Sku("CR-TARRAZU-250", 1550, 570, 4, 0),
          new Sku("PER-CAJAMARCA-250", 1400, 500, 4, 0),
          new Sku("HOUSE-ESPRESSO-250", 1350, 430, 12, 0),
          new Sku("HOUSE-DECAF-250", 1450, 510, 4, 0),
          new Sku("DARK-FRENCH-250", 1300, 440, 5, 0),
          new Sku("BREAKFAST-BLEND-250", 1250, 420, 7, 0),
          new Sku("ETH-YIRGACHEFFE-1KG", 5600, 2240, 2, 0),
          new Sku("COL-HUILA-1KG", 4900, 1880, 3, 0),
          new Sku("BRA-CERRADO-1KG", 4400, 1640, 3, 0),
          new Sku("HOUSE-ESPRESSO-1KG", 4600, 1600, 5, 0),
          new Sku("HOUSE-DECAF-1KG", 4900, 1840, 1.5, 0),
          new Sku("BREAKFAST-BLEND-1KG", 4200, 1520, 2, 0),
          new Sku(HOLIDAY_BLEND, 1700, 560, 10, 0),
          new Sku("FILTER-PAPERS-100", 600, 170, 3, 0),
          new Sku("POUR-OVER-DRIPPER", 2800, 880, 1.2, 0),
          new Sku(SLOW_MOVER, 8900, 4160, 0.4, 0),
          new Sku("MUG-STONEWARE", 1600, 480, 1.2, 0),
          new Sku("SAMPLER-BOX", 3200, 1200, 2.5, 0),
          new Sku("COLD-BREW-KIT", 2400, 800, 1, 0),
          new Sku("TRAVEL-MUG", 2200, 720, 1, 0),
          new Sku("KETTLE-GOOSENECK", 5900, 2640, 0.6, 0),
          new Sku("SCALE-DIGITAL", 3500, 1520, 0.6, 0),
          new Sku("PAN-GESHA-100", 3900, 1680, 1.5, LAUNCHES_FROM),
          new Sku("COLD-BREW-CANS-6", 1800, 720, 3, LAUNCHES_FROM + 1),
          new Sku("DECAF-SWISS-WATER-1KG", 5200, 2000, 0.8, LAUNCHES_FROM + 2),
          new Sku("ORGANIC-PERU-250", 1550, 580, 3, LAUNCHES_FROM + 3),
          new Sku("OAT-LATTE-BLEND-250", 1450, 480, 4, LAUNCHES_FROM + 4),
          new Sku("ESPRESSO-PODS-30", 1900, 640, 5, LAUNCHES_FROM + 5),
          new Sku("YEM-MOKHA-100", 3400, 1520, 0.7, LAUNCHES_FROM + 6),
          new Sku("RWA-HUYE-250", 1700, 630, 2, LAUNCHES_FROM + 7),
          new Sku("BDI-KAYANZA-250", 1700, 640, 1.5, LAUNCHES_FROM + 8),
          new Sku("CHAI-CONCENTRATE", 1500, 520, 1, LAUNCHES_FROM + 9),
          new Sku("HOLIDAY-GIFT-BOX", 4800, 1840, 4, LAUNCHES_FROM + 10),
          new Sku("CASCARA-TEA-100", 1300, 400, 0.8, LAUNCHES_FROM + 11));

  private final String[] codes;
  private final long[][] price;
  private final long[][] cost;
  private final Weights[] popularity;

  CoffeeCatalog() {
    int n = SKUS.size();
    codes = new String[n];
    price = new long[SampleCalendar.MONTHS][n];
    cost = new long[SampleCalendar.MONTHS][n];
    popularity = new Weights[SampleCalendar.MONTHS];
    for (int m = 0; m < SampleCalendar.MONTHS; m++) {
      double priceLevel = Math.pow(1.05, m / 12);
      double costLevel = Math.pow(1.004, m);
      double[] weights = new double[n];
      for (int s = 0; s < n; s++) {
        Sku sku = SKUS.get(s);
        codes[s] = sku.code();
        price[m][s] = Math.round(sku.priceCents() * priceLevel / 5.0) * 5;
        cost[m][s] = Math.round(sku.costCents() * costLevel);
        weights[s] = onSale(sku, m) ? sku.popularity() : 0;
      }
      popularity[m] = Weights.of(weights);
    }
  }

  private static boolean onSale(Sku sku, int month) {
    boolean holidayOnly = sku.code().equals(HOLIDAY_BLEND);
    return month >= sku.launchMonth() && (!holidayOnly || month % 12 >= 9);
  }

  int size() {
    return codes.length;
  }

  String code(int sku) {
    return codes[sku];
  }

  long priceCents(int month, int sku) {
    return price[month][sku];
  }

  long costCents(int month, int sku) {
    return cost[month][sku];
  }

  boolean launched(int month, int sku) {
    return month >= SKUS.get(sku).launchMonth();
  }

  /** A product sold in {@code month}, by popularity. */
  int pick(int month, SplittableRandom rng) {
    return popularity[month].pick(rng);
  }
}
