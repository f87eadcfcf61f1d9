package dev.kpikit.sample;

/**
 * Monthly aggregates gathered while the orders stream out, from which Northwind's marketing spend,
 * inventory and financials are derived (so they stay consistent with the orders). Sized by months,
 * channels and products, never by orders.
 */
final class CoffeeTotals {
  final long[] revenueCents = new long[SampleCalendar.MONTHS];
  final long[] costCents = new long[SampleCalendar.MONTHS];
  final long[] returningRevenueCents = new long[SampleCalendar.MONTHS];
  final int[][] newCustomers;
  final long[][] unitsSold;

  CoffeeTotals(int channels, int skus) {
    newCustomers = new int[SampleCalendar.MONTHS][channels];
    unitsSold = new long[SampleCalendar.MONTHS][skus];
  }

  void addLine(int month, int sku, long quantity, long amountCents, long costCents) {
    revenueCents[month] += amountCents;
    this.costCents[month] += costCents;
    unitsSold[month][sku] += quantity;
  }
}
