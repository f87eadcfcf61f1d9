package dev.kpikit.metrics;

import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.dates.PackedLocalDate;

/**
 * Financial ratios per period from monthly {@code financials} (DESIGN §4 "Operations"), the table
 * {@code financial_ratios}: {@code month, [by], current_ratio, debt_to_equity, interest_coverage,
 * opex_ratio, rnd_share, gross_margin_pct}.
 *
 * <ul>
 *   <li><b>current_ratio</b> = current_assets / current_liabilities.
 *   <li><b>debt_to_equity</b> = total_debt / equity.
 *   <li><b>interest_coverage</b> (times) = ebit / interest_expense.
 *   <li><b>opex_ratio</b> = opex / revenue.
 *   <li><b>rnd_share</b> = rnd_spend / revenue: R&amp;D intensity, the share of revenue spent on
 *       R&amp;D. Revenue rather than opex is the denominator because it is the ratio companies and
 *       benchmarks report, and it does not depend on what a company books as opex.
 *   <li><b>gross_margin_pct</b> = (revenue - cogs) / revenue.
 * </ul>
 *
 * <p>Each row of the input is a month ({@code period}: any date in it, usually the first day).
 * Income-statement amounts (revenue, cogs, opex, rnd_spend, interest_expense, ebit) are summed over
 * the months of a quarter or year; balance-sheet amounts (current_assets, current_liabilities,
 * total_debt, equity) are taken from the latest month of the period that has them. Several rows in
 * one month (e.g. business units) are added up. A ratio is missing when a column it needs is absent
 * or has no known value in the period, or when its denominator is 0.
 *
 * <p>Rows: every period from the first month of the input to the one holding {@code asOf} (months
 * after {@code asOf}'s month are ignored); with {@code by}, every period times every value. Weekly
 * ratios cannot be made from monthly statements and are refused.
 *
 * @since 0.1.0
 */
public final class FinancialRatios {
  /** The name of the output table. */
  public static final String TABLE = "financial_ratios";

  private FinancialRatios() {}

  /**
   * @param financials monthly statements
   * @param options grain, {@code asOf} and optional dimension
   * @return as {@link #table(Table, MetricOptions)}
   * @deprecated since 0.2.0, for removal in 1.0: renamed {@link #table(Table, MetricOptions)} (one
   *     verb for every metric family)
   */
  @Deprecated(since = "0.2.0", forRemoval = true)
  public static Table compute(Table financials, MetricOptions options) {
    return table(financials, options);
  }

  /**
   * Computes the table.
   *
   * @param financials monthly statements: {@code period} and any of the amount columns
   * @param options grain (month, quarter or year), {@code asOf} and optional dimension
   * @return a new table; empty (with its columns) when no month is on or before {@code asOf}
   * @throws NotComputableException for a weekly grain, or when the table lacks the {@code by}
   *     column
   */
  public static Table table(Table financials, MetricOptions options) {
    Periods periods = options.periods();
    if (periods.grain() == Grain.WEEK) {
      throw new NotComputableException(TABLE + " cannot be weekly: financials are monthly");
    }
    SegmentCodes segments = new SegmentCodes(options.by());
    segments.require(financials, TABLE, "financials");
    DateColumn dates = financials.dateColumn("period");
    int lastMonth = Periods.MONTHLY.index(options.asOf());
    int lastDay = PackedLocalDate.pack(Periods.MONTHLY.end(lastMonth));
    int[] segment = segments.codesOf(financials, dates, lastDay);
    int[] month = new int[segment.length];
    int firstMonth = Integer.MAX_VALUE;
    for (int i = 0; i < segment.length; i++) {
      if (segment[i] != SegmentCodes.NONE) {
        month[i] = Periods.MONTHLY.indexOfPacked(dates.getIntInternal(i));
        firstMonth = Math.min(firstMonth, month[i]);
      }
    }
    boolean empty = firstMonth == Integer.MAX_VALUE;
    int first = empty ? 0 : periods.index(Periods.MONTHLY.start(firstMonth));
    PeriodGrid grid = new PeriodGrid(periods, first, empty ? -1 : options.lastPeriod(), segments);
    int[] cell = new int[segment.length];
    for (int i = 0; i < segment.length; i++) {
      cell[i] =
          segment[i] == SegmentCodes.NONE
              ? -1
              : grid.cell(periods.indexOfPacked(dates.getIntInternal(i)), segment[i]);
    }
    return table(new FinancialAmounts(financials, grid, cell, month), grid, segments, options);
  }

  private static Table table(
      FinancialAmounts amounts, PeriodGrid grid, SegmentCodes segments, MetricOptions options) {
    double[] revenue = amounts.flow("revenue");
    double[] opex = amounts.flow("opex");
    double[][] ratios = {
      divide(amounts.stock("current_assets"), amounts.stock("current_liabilities")),
      divide(amounts.stock("total_debt"), amounts.stock("equity")),
      divide(amounts.flow("ebit"), amounts.flow("interest_expense")),
      divide(opex, revenue),
      divide(amounts.flow("rnd_spend"), revenue),
      divide(minus(revenue, amounts.flow("cogs")), revenue)
    };
    String[] names = {
      "current_ratio",
      "debt_to_equity",
      "interest_coverage",
      "opex_ratio",
      "rnd_share",
      "gross_margin_pct"
    };
    int[] order = segments.sortedCodes();
    Table out = Table.create(TABLE);
    grid.keyColumns(options.periodColumn(), order).forEach(out::addColumns);
    for (int r = 0; r < names.length; r++) {
      DoubleColumn column = DoubleColumn.create(names[r]);
      for (int row = 0; row < grid.cells(); row++) {
        column.append(ratios[r][grid.cellOfRow(row, order)]);
      }
      out.addColumns(column);
    }
    return out;
  }

  private static double[] divide(double[] numerator, double[] denominator) {
    double[] out = new double[numerator.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = Ratios.divide(numerator[i], denominator[i]);
    }
    return out;
  }

  private static double[] minus(double[] a, double[] b) {
    double[] out = new double[a.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = a[i] - b[i];
    }
    return out;
  }
}
