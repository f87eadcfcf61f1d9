package dev.kpikit.metrics;

import java.util.Arrays;
import tech.tablesaw.api.Table;

/**
 * The balances measured on orders over the {@link TrailingYear}: new vs returning customer revenue,
 * new vs established product revenue and concentration of revenue. Definitions in {@link
 * Balances}.
 */
final class OrderBalances {
  /** Share of customers on the concentrated side when there is no region: the top 10 %. */
  static final double TOP_CUSTOMER_SHARE = 0.10;

  private final Table orders;
  private final OrderFacts facts;
  private final TrailingYear window;

  OrderBalances(Table orders, OrderFacts facts, TrailingYear window) {
    this.orders = orders;
    this.facts = facts;
    this.window = window;
  }

  BalanceSides acquisitionVsRetention() {
    CompensatedSums sides = new CompensatedSums(2);
    RowCohorts rows = facts.rowCohorts();
    for (int r = 0; r < facts.rowCount(); r++) {
      int cohort = rows.cohort(r);
      if (cohort != OrderFacts.NO_PERIOD && window.contains(facts.period(r))) {
        sides.add(facts.period(r) == cohort ? 0 : 1, facts.amount(r));
      }
    }
    return acquisitionSides(sides.get(0), sides.get(1));
  }

  /** @return {@code acquisition_vs_retention} from TTM revenue of new and of returning customers */
  static BalanceSides acquisitionSides(double newCustomers, double returningCustomers) {
    return BalanceSides.of(
        Balances.ACQUISITION_VS_RETENTION,
        "revenue from new customers (TTM)",
        newCustomers,
        "revenue from returning customers (TTM)",
        returningCustomers);
  }

  BalanceSides explorationVsExploitation() {
    if (!orders.containsColumn("product") || facts.isEmpty() || facts.minPeriod() >= window.first) {
      return explorationSides(false, Double.NaN, Double.NaN);
    }
    StringCodes products = facts.codesOf("product", null, false);
    int[] firstSold = PeriodPanel.firstPeriods(products.labelCount());
    int[] code = products.codes();
    for (int r = 0; r < facts.rowCount(); r++) {
      if (code[r] != StringCodes.NONE && facts.isPositive(r)) {
        firstSold[code[r]] = Math.min(firstSold[code[r]], facts.period(r));
      }
    }
    CompensatedSums sides = new CompensatedSums(2);
    for (int r = 0; r < facts.rowCount(); r++) {
      if (code[r] != StringCodes.NONE && window.contains(facts.period(r))) {
        sides.add(firstSold[code[r]] >= window.first ? 0 : 1, facts.amount(r));
      }
    }
    return explorationSides(true, sides.get(0), sides.get(1));
  }

  /**
   * @param measurable whether products and a history before the TTM are there
   * @param newProducts TTM revenue of products first sold in the TTM
   * @param olderProducts TTM revenue of products first sold earlier
   * @return {@code exploration_vs_exploitation}, missing when not measurable
   */
  static BalanceSides explorationSides(boolean measurable, double newProducts, double olderProducts) {
    String name = Balances.EXPLORATION_VS_EXPLOITATION;
    String left = "revenue from products first sold in the last 12 months (TTM)";
    String right = "revenue from older products (TTM)";
    return measurable
        ? BalanceSides.of(name, left, newProducts, right, olderProducts)
        : BalanceSides.missing(name, left, right);
  }

  BalanceSides concentrationVsSpread() {
    return orders.containsColumn("region") ? regionConcentration() : customerConcentration();
  }

  private BalanceSides regionConcentration() {
    StringCodes regions = facts.codesOf("region", null, true);
    return regionSides(regions.labels(), ttmRevenueBy(regions.codes(), regions.labelCount()));
  }

  /**
   * @param labels the regions, in natural order
   * @param revenue TTM revenue per region
   * @return {@code concentration_vs_spread} by region: the top one (the first of equals) vs the
   *     rest; missing without regions
   */
  static BalanceSides regionSides(String[] labels, double[] revenue) {
    int top = -1;
    double total = 0;
    for (int g = 0; g < revenue.length; g++) {
      total += revenue[g];
      top = top < 0 || revenue[g] > revenue[top] ? g : top;
    }
    String name = Balances.CONCENTRATION_VS_SPREAD;
    if (top < 0) {
      return BalanceSides.missing(name, "revenue of the top region (TTM)", "revenue of the other regions (TTM)");
    }
    return BalanceSides.of(
        name,
        "revenue of the top region, " + labels[top] + " (TTM)",
        revenue[top],
        "revenue of the other regions (TTM)",
        total - revenue[top]);
  }

  private BalanceSides customerConcentration() {
    int[] customerOfRow = new int[facts.rowCount()];
    for (int r = 0; r < customerOfRow.length; r++) {
      customerOfRow[r] = facts.customer(r) == OrderFacts.GUEST ? StringCodes.NONE : facts.customer(r);
    }
    double[] revenue = ttmRevenueBy(customerOfRow, facts.customerCount());
    boolean[] inWindow = new boolean[facts.customerCount()];
    for (int r = 0; r < customerOfRow.length; r++) {
      if (customerOfRow[r] != StringCodes.NONE && window.contains(facts.period(r))) {
        inWindow[customerOfRow[r]] = true;
      }
    }
    double[] buying = new double[revenue.length];
    int n = 0;
    for (int c = 0; c < revenue.length; c++) {
      if (inWindow[c]) {
        buying[n++] = revenue[c];
      }
    }
    double[] sorted = Arrays.copyOf(buying, n);
    Arrays.sort(sorted);
    int top = OrderBalanceParts.topCustomers(n);
    CompensatedSums sides = new CompensatedSums(2);
    for (int i = 0; i < n; i++) {
      sides.add(i >= n - top ? 0 : 1, sorted[i]);
    }
    return customerSides(n, sides.get(0), sides.get(1));
  }

  /**
   * @param buying customers who bought in the TTM
   * @param top TTM revenue of the top 10 % of them
   * @param others TTM revenue of the others
   * @return {@code concentration_vs_spread} by customer, missing without buying customers
   */
  static BalanceSides customerSides(long buying, double top, double others) {
    String name = Balances.CONCENTRATION_VS_SPREAD;
    String left = "revenue of the top 10 % of customers (TTM)";
    String right = "revenue of the other customers (TTM)";
    return buying == 0 ? BalanceSides.missing(name, left, right) : BalanceSides.of(name, left, top, right, others);
  }

  /** TTM revenue per group code ({@link StringCodes#NONE} rows skipped). */
  private double[] ttmRevenueBy(int[] groupOfRow, int groups) {
    CompensatedSums sums = new CompensatedSums(groups);
    for (int r = 0; r < facts.rowCount(); r++) {
      if (groupOfRow[r] != StringCodes.NONE && window.contains(facts.period(r))) {
        sums.add(groupOfRow[r], facts.amount(r));
      }
    }
    double[] out = new double[groups];
    for (int g = 0; g < groups; g++) {
      out[g] = sums.get(g);
    }
    return out;
  }

  /** @return TTM (revenue - cost) / revenue over all rows, missing without known costs */
  double grossMarginPct() {
    CompensatedSums sums = new CompensatedSums(2);
    for (int r = 0; r < facts.rowCount(); r++) {
      if (window.contains(facts.period(r))) {
        sums.add(0, facts.amount(r));
        sums.add(1, facts.cost(r));
      }
    }
    return marginPct(sums.get(0), sums.getOrMissing(1));
  }

  /**
   * @param revenue TTM revenue
   * @param knownCost TTM sum of the known costs, NaN when none is known
   * @return (revenue - cost) / revenue, missing without costs or revenue
   */
  static double marginPct(double revenue, double knownCost) {
    return Ratios.divide(revenue - knownCost, revenue);
  }
}
