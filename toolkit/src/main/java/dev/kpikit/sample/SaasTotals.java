package dev.kpikit.sample;

/**
 * Monthly aggregates gathered while Cloudnote's accounts stream out, from which its marketing spend
 * and financials are derived. Sized by months and channels, never by invoices.
 */
final class SaasTotals {
  final long[] revenueCents = new long[SampleCalendar.MONTHS];
  final long[] costCents = new long[SampleCalendar.MONTHS];
  final int[][] newCustomers;
  long spells;
  long reactivations;
  long expansions;
  long contractions;

  SaasTotals(int channels) {
    newCustomers = new int[SampleCalendar.MONTHS][channels];
  }

  void addInvoice(int month, long amountCents, long costCents) {
    revenueCents[month] += amountCents;
    this.costCents[month] += costCents;
  }
}
