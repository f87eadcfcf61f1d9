package dev.kpikit.sample;

/**
 * Monthly aggregates gathered while Harborview's orders stream out, from which its marketing spend,
 * inventory and financials are derived. Sized by months, channels and shops, never by orders.
 */
final class BakeryTotals {
  final long[] revenueCents = new long[SampleCalendar.MONTHS];
  final long[] costCents = new long[SampleCalendar.MONTHS];
  final long[] returningRevenueCents = new long[SampleCalendar.MONTHS];
  final int[][] newCustomers;
  final long[][] shopCostCents;

  BakeryTotals(int channels, int shops) {
    newCustomers = new int[SampleCalendar.MONTHS][channels];
    shopCostCents = new long[shops][SampleCalendar.MONTHS];
  }

  void addLine(int month, int shop, long amountCents, long costCents) {
    revenueCents[month] += amountCents;
    this.costCents[month] += costCents;
    shopCostCents[shop][month] += costCents;
  }
}
