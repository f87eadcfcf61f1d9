package dev.kpikit.metrics;

import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.Table;

/**
 * The rows of a {@code marketing_spend} table dated on or before {@code asOf}, indexed like
 * {@link OrderFacts}: period index (a date inside a period counts for that period), channel and
 * dimension codes (sorted labels, {@link OrderFacts#MISSING} for a missing value), spend, and
 * whether the row is retention spend ({@code purpose} equal to {@code retention}, ignoring case;
 * any other or a missing purpose is acquisition spend). Rows without a period or a spend are
 * ignored.
 */
final class MarketingSpend {
  final int[] period;
  final double[] spend;
  final boolean[] retention;
  final int[] channel;
  final String[] channelLabels;
  final int[] dimension;
  final String[] dimensionLabels;
  final boolean hasPurpose;

  private MarketingSpend(Table table, MetricOptions options) {
    SplitCheck.requireColumns(table, "marketing_spend", "period", "channel", "spend");
    DateColumn dates = table.dateColumn("period");
    double[] amounts = table.numberColumn("spend").asDoubleArray();
    int[] kept = AsOfRows.select(dates, amounts, options.asOf());
    int n = kept.length;
    period = new int[n];
    spend = new double[n];
    for (int i = 0; i < n; i++) {
      period[i] = options.periods().indexOfPacked(dates.getIntInternal(kept[i]));
      spend[i] = amounts[kept[i]];
    }
    StringCodes channels =
        StringCodes.encode(table.stringColumn("channel"), kept, OrderFacts.MISSING, true);
    channel = channels.codes();
    channelLabels = channels.labels();
    StringCodes dims = options.by() == null
        ? StringCodes.constant(n, "")
        : StringCodes.encode(table.stringColumn(options.by()), kept, OrderFacts.MISSING, true);
    dimension = dims.codes();
    dimensionLabels = dims.labels();
    hasPurpose = table.containsColumn("purpose");
    retention = new boolean[n];
    if (hasPurpose) {
      StringCodes purposes = StringCodes.encode(table.stringColumn("purpose"), kept, null, false);
      boolean[] isRetention = new boolean[purposes.labels().length];
      for (int c = 0; c < isRetention.length; c++) {
        isRetention[c] = purposes.labels()[c].strip().equalsIgnoreCase("retention");
      }
      for (int i = 0; i < n; i++) {
        int code = purposes.codes()[i];
        retention[i] = code != StringCodes.NONE && isRetention[code];
      }
    }
  }

  /**
   * @param table a canonical marketing_spend table (period, channel, spend; optional purpose)
   * @param options grain, {@code asOf} and dimension (already checked to exist)
   */
  static MarketingSpend of(Table table, MetricOptions options) {
    return new MarketingSpend(table, options);
  }

  int rowCount() {
    return period.length;
  }
}
