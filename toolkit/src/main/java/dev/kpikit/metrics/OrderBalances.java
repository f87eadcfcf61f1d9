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
    return BalanceSides.of(
        Balances.ACQUISITION_VS_RETENTION,
        "revenue from new customers (TTM)",
        sides.get(0),
        "revenue from returning customers (TTM)",
        sides.get(1));
  }

  BalanceSides explorationVsExploitation() {
    String name = Balances.EXPLORATION_VS_EXPLOITATION;
    String left = "revenue from products first sold in the last 12 months (TTM)";
    String right = "revenue from older products (TTM)";
    if (!orders.containsColumn("product") || facts.isEmpty() || facts.minPeriod() >= window.first) {
      return BalanceSides.missing(name, left, right);
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
    return BalanceSides.of(name, left, sides.get(0), right, sides.get(1));
  }

  BalanceSides concentrationVsSpread() {
    return orders.containsColumn("region") ? regionConcentration() : customerConcentration();
  }

  private BalanceSides regionConcentration() {
    StringCodes regions = facts.codesOf("region", null, true);
    double[] revenue = ttmRevenueBy(regions.codes(), regions.labelCount());
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
        "revenue of the top region, " + regions.labels()[top] + " (TTM)",
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
    String name = Balances.CONCENTRATION_VS_SPREAD;
    String left = "revenue of the top 10 % of customers (TTM)";
    String right = "revenue of the other customers (TTM)";
    if (n == 0) {
      return BalanceSides.missing(name, left, right);
    }
    double[] sorted = Arrays.copyOf(buying, n);
    Arrays.sort(sorted);
    int top = (int) Math.ceil(TOP_CUSTOMER_SHARE * n);
    CompensatedSums sides = new CompensatedSums(2);
    for (int i = 0; i < n; i++) {
      sides.add(i >= n - top ? 0 : 1, sorted[i]);
    }
    return BalanceSides.of(name, left, sides.get(0), right, sides.get(1));
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
    return Ratios.divide(sums.get(0) - sums.getOrMissing(1), sums.get(0));
  }
}
