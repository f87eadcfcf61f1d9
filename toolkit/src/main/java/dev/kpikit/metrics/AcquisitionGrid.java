package dev.kpikit.metrics;

import java.util.Arrays;
import java.util.TreeSet;

/**
 * New customers (by cohort period, customer dimension value and acquisition channel) and, when
 * given, acquisition spend on one grid with unified, sorted channel and dimension labels, plus the
 * {@code ALL} totals. Feeds {@code new_customers_monthly} and {@code cac_monthly}.
 *
 * <p>Rows follow the panel rule: each (dimension, channel) runs from its first period with a new
 * customer or a spend row to {@code asOf}; {@code ALL} of a dimension value runs from the first
 * period of any of its channels. In each period and dimension value, {@code ALL} comes first, then
 * the channels in natural order.
 */
final class AcquisitionGrid {
  /** The channel label of the blended total over all channels. */
  static final String ALL = "ALL";

  /** Receives the grid's rows in output order. */
  interface RowVisitor {
    void row(int period, String dimension, String channel, int newCustomers, double spend);
  }

  private final int minPeriod;
  private final int periods;
  private final String[] dimensions;
  private final String[] channels;
  private final int[] newCustomers;
  private final int[] newAll;
  private final CompensatedSums spend;
  private final CompensatedSums spendAll;
  private final int[] first;
  private final int[] firstAll;

  private AcquisitionGrid(NewCustomerCounts counts, MarketingSpend spendRows, int minPeriod) {
    this.minPeriod = minPeriod;
    periods = counts.options().lastPeriod() - minPeriod + 1;
    String[] countDimensions = new String[counts.size()];
    String[] countChannels = new String[counts.size()];
    Arrays.setAll(countDimensions, counts::dimension);
    Arrays.setAll(countChannels, counts::channel);
    dimensions = union(countDimensions, spendRows == null ? new String[0] : spendRows.dimensionLabels);
    channels = union(countChannels, spendRows == null ? new String[0] : spendRows.channelLabels);
    int groups = dimensions.length * channels.length;
    newCustomers = new int[groups * periods];
    newAll = new int[dimensions.length * periods];
    spend = new CompensatedSums(groups * periods);
    spendAll = new CompensatedSums(dimensions.length * periods);
    first = PeriodPanel.firstPeriods(groups);
    firstAll = PeriodPanel.firstPeriods(dimensions.length);
    addCustomers(counts);
    if (spendRows != null) {
      addSpend(spendRows);
    }
  }

  /**
   * @param counts new customers per period, dimension value and channel
   * @param spendRows marketing spend for the same options, or null for new customers only
   */
  static AcquisitionGrid of(NewCustomerCounts counts, MarketingSpend spendRows) {
    int min = PeriodPanel.NEVER;
    for (int i = 0; i < counts.size(); i++) {
      min = Math.min(min, counts.period(i));
    }
    for (int r = 0; spendRows != null && r < spendRows.rowCount(); r++) {
      if (!spendRows.retention[r]) {
        min = Math.min(min, spendRows.period[r]);
      }
    }
    int last = counts.options().lastPeriod();
    return new AcquisitionGrid(counts, spendRows, min == PeriodPanel.NEVER ? last + 1 : min);
  }

  private static String[] union(String[] a, String[] b) {
    TreeSet<String> all = new TreeSet<>(Arrays.asList(a));
    all.addAll(Arrays.asList(b));
    return all.toArray(String[]::new);
  }

  /** @return for each code of {@code labels}, its code in the sorted {@code unified} labels */
  private static int[] remap(String[] labels, String[] unified) {
    int[] codes = new int[labels.length];
    for (int i = 0; i < labels.length; i++) {
      codes[i] = Arrays.binarySearch(unified, labels[i]);
    }
    return codes;
  }

  private void addCustomers(NewCustomerCounts counts) {
    for (int i = 0; i < counts.size(); i++) {
      int d = Arrays.binarySearch(dimensions, counts.dimension(i));
      int p = counts.period(i) - minPeriod;
      int group = d * channels.length + Arrays.binarySearch(channels, counts.channel(i));
      newCustomers[group * periods + p] += counts.count(i);
      newAll[d * periods + p] += counts.count(i);
      mark(group, d, p);
    }
  }

  private void addSpend(MarketingSpend rows) {
    int[] dim = remap(rows.dimensionLabels, dimensions);
    int[] ch = remap(rows.channelLabels, channels);
    for (int r = 0; r < rows.rowCount(); r++) {
      if (!rows.retention[r]) {
        int d = dim[rows.dimension[r]];
        int p = rows.period[r] - minPeriod;
        int group = d * channels.length + ch[rows.channel[r]];
        spend.add(group * periods + p, rows.spend[r]);
        spendAll.add(d * periods + p, rows.spend[r]);
        mark(group, d, p);
      }
    }
  }

  private void mark(int group, int dimension, int period) {
    first[group] = Math.min(first[group], period);
    firstAll[dimension] = Math.min(firstAll[dimension], period);
  }

  /** Visits every row in output order: period, dimension, then ALL and the channels. */
  void visit(RowVisitor visitor) {
    for (int p = 0; p < periods; p++) {
      for (int d = 0; d < dimensions.length; d++) {
        if (p < firstAll[d]) {
          continue;
        }
        int all = d * periods + p;
        visitor.row(minPeriod + p, dimensions[d], ALL, newAll[all], spendAll.get(all));
        for (int ch = 0; ch < channels.length; ch++) {
          int group = d * channels.length + ch;
          if (p >= first[group]) {
            int cell = group * periods + p;
            visitor.row(minPeriod + p, dimensions[d], channels[ch], newCustomers[cell], spend.get(cell));
          }
        }
      }
    }
  }
}
