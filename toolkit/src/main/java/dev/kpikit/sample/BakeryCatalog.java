package dev.kpikit.sample;

import java.util.List;
import java.util.SplittableRandom;

/**
 * What Harborview's shops sell (13 products, the same in every shop; the holiday pie only from
 * October to December) and the ingredients they stock. Prices rise 4 % each January; unit costs
 * drift up 0.3 % a month (flour and butter inflation).
 */
final class BakeryCatalog {
  /** A product: list price and unit cost in cents (2023 level), popularity, seasonal or not. */
  record Product(String code, long priceCents, long costCents, double popularity, boolean holiday) {}

  /**
   * An ingredient stocked in every shop: its unit cost in cents (2023 level), its share of the
   * shop's cost of goods, and the months of use a shop keeps on hand.
   */
  record Ingredient(String code, long unitCostCents, double costShare, double coverMonths) {}

  static final List<Product> PRODUCTS =
      List.of(
          new Product("SOURDOUGH", 750, 210, 10, false),
          new Product("BAGUETTE", 400, 90, 9, false),
          new Product("RYE-LOAF", 800, 240, 4, false),
          new Product("CROISSANT", 375, 95, 14, false),
          new Product("PAIN-CHOC", 425, 115, 9, false),
          new Product("CINNAMON-BUN", 450, 110, 10, false),
          new Product("MUFFIN", 375, 95, 6, false),
          new Product("FOCACCIA", 600, 160, 5, false),
          new Product("COOKIES-6", 900, 230, 3, false),
          new Product("COFFEE", 350, 60, 16, false),
          new Product("TEA", 300, 40, 5, false),
          new Product("CAKE-WHOLE", 3800, 1100, 0.7, false),
          new Product("HOLIDAY-PIE", 2400, 700, 6, true));

  static final List<Ingredient> INGREDIENTS =
      List.of(
          new Ingredient("FLOUR-KG", 95, 0.30, 0.3),
          new Ingredient("BUTTER-KG", 720, 0.25, 0.2),
          new Ingredient("SUGAR-KG", 110, 0.10, 0.5),
          new Ingredient("EGGS-DOZEN", 380, 0.10, 0.15),
          new Ingredient("COFFEE-BEANS-KG", 2300, 0.15, 0.4),
          new Ingredient("CHOCOLATE-KG", 1450, 0.05, 0.6),
          new Ingredient("BOXES-50", 900, 0.05, 1.5));

  private final long[][] price;
  private final long[][] cost;
  private final Weights[] popularity;

  BakeryCatalog() {
    int n = PRODUCTS.size();
    price = new long[SampleCalendar.MONTHS][n];
    cost = new long[SampleCalendar.MONTHS][n];
    popularity = new Weights[SampleCalendar.MONTHS];
    for (int m = 0; m < SampleCalendar.MONTHS; m++) {
      double[] weights = new double[n];
      for (int s = 0; s < n; s++) {
        Product p = PRODUCTS.get(s);
        price[m][s] = Math.round(p.priceCents() * Math.pow(1.04, m / 12) / 5.0) * 5;
        cost[m][s] = costLevel(p.costCents(), m);
        weights[s] = p.holiday() && m % 12 < 9 ? 0 : p.popularity();
      }
      popularity[m] = Weights.of(weights);
    }
  }

  /** A 2023 cost in cents at the level of {@code month}. */
  static long costLevel(long cents2023, int month) {
    return Math.round(cents2023 * Math.pow(1.003, month));
  }

  int size() {
    return PRODUCTS.size();
  }

  String code(int product) {
    return PRODUCTS.get(product).code();
  }

  long priceCents(int month, int product) {
    return price[month][product];
  }

  long costCents(int month, int product) {
    return cost[month][product];
  }

  /** A product sold in {@code month}, by popularity. */
  int pick(int month, SplittableRandom rng) {
    return popularity[month].pick(rng);
  }
}
