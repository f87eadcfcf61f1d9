package dev.kpikit.metrics;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

/**
 * Per customer: the period, channel and dimension value of its first positive row (earliest date,
 * ties broken by file order), with the channel optionally overridden from the customers table.
 * Channel codes follow the labels' natural order.
 */
final class Acquisition {
  private final int[] firstPeriod;
  private final int[] channel;
  private final int[] dimension;
  private final String[] channelLabels;

  private Acquisition(int[] firstPeriod, int[] channel, int[] dimension, String[] channelLabels) {
    this.firstPeriod = firstPeriod;
    this.channel = channel;
    this.dimension = dimension;
    this.channelLabels = channelLabels;
  }

  static Acquisition of(
      OrderFacts facts, int[] packedDates, StringCodes rowChannels, Map<String, String> overrides) {
    int customers = facts.customerCount();
    int[] firstRow = new int[customers];
    Arrays.fill(firstRow, -1);
    for (int r = 0; r < facts.rowCount(); r++) {
      int c = facts.customer(r);
      if (c != OrderFacts.GUEST && facts.isPositive(r)
          && (firstRow[c] < 0 || packedDates[r] < packedDates[firstRow[c]])) {
        firstRow[c] = r;
      }
    }
    String[] rowChannelLabels = rowChannels.labels();
    int[] rowChannelCodes = rowChannels.codes();
    String[] customerChannel = new String[customers];
    TreeMap<String, Integer> labels = new TreeMap<>();
    for (int c = 0; c < customers; c++) {
      if (firstRow[c] >= 0) {
        String override = overrides.get(facts.customerId(c));
        customerChannel[c] =
            override != null ? override : rowChannelLabels[rowChannelCodes[firstRow[c]]];
        labels.put(customerChannel[c], 0);
      }
    }
    String[] sortedLabels = labels.keySet().toArray(String[]::new);
    for (int i = 0; i < sortedLabels.length; i++) {
      labels.put(sortedLabels[i], i);
    }
    int[] firstPeriod = new int[customers];
    int[] channel = new int[customers];
    int[] dimension = new int[customers];
    for (int c = 0; c < customers; c++) {
      int r = firstRow[c];
      firstPeriod[c] = r < 0 ? OrderFacts.NO_PERIOD : facts.period(r);
      channel[c] = r < 0 ? -1 : labels.get(customerChannel[c]);
      dimension[c] = r < 0 ? -1 : facts.dimension(r);
    }
    return new Acquisition(firstPeriod, channel, dimension, sortedLabels);
  }

  int firstPeriod(int customer) {
    return firstPeriod[customer];
  }

  int channel(int customer) {
    return channel[customer];
  }

  int dimension(int customer) {
    return dimension[customer];
  }

  String[] channelLabels() {
    return channelLabels;
  }
}
