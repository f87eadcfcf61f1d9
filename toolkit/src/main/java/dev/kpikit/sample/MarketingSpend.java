package dev.kpikit.sample;

import java.io.IOException;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Writes {@code marketing_spend.csv} from what the orders produced: per month and channel, the
 * acquisition spend is the new customers times a target CAC times noise in [0.8, 1.2), followed by
 * the month's retention lines. So CAC computed from the sample lands near the targets.
 */
final class MarketingSpend {
  /** The target acquisition cost in cents of one new customer of a channel in a month. */
  interface TargetCac {
    double cents(int month, int channel);
  }

  /** A retention line: a channel and its spend in cents per month index. */
  record Retention(String channel, long[] cents) {}

  private MarketingSpend() {}

  /** Writes the file's rows and returns the total spend per month in cents. */
  static long[] write(
      CsvSink sink,
      List<String> channels,
      int[][] newCustomers,
      TargetCac cac,
      List<Retention> retention,
      SplittableRandom rng)
      throws IOException {
    SampleCalendar cal = SampleCalendar.INSTANCE;
    long[] monthly = new long[SampleCalendar.MONTHS];
    for (int m = 0; m < SampleCalendar.MONTHS; m++) {
      String month = cal.yearMonth(m).toString();
      for (int ch = 0; ch < channels.size(); ch++) {
        double noise = 0.8 + 0.4 * rng.nextDouble();
        long spend = Math.round(newCustomers[m][ch] * cac.cents(m, ch) * noise);
        monthly[m] += spend;
        sink.row(month, channels.get(ch), Money.text(spend), "acquisition");
      }
      for (Retention r : retention) {
        monthly[m] += r.cents()[m];
        sink.row(month, r.channel(), Money.text(r.cents()[m]), "retention");
      }
    }
    return monthly;
  }

  /** {@code fixed + share x base[m]} for every month, rounded to cents. */
  static long[] shareOf(long[] base, double share, long fixed) {
    long[] cents = new long[base.length];
    for (int m = 0; m < base.length; m++) {
      cents[m] = fixed + Math.round(base[m] * share);
    }
    return cents;
  }
}
