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
    int[] firstRow = firstPositiveRows(facts, packedDates);
    int customers = firstRow.length;
    int[] rowChannel = rowChannels.codes();
    boolean[] rowChannelUsed = new boolean[rowChannels.labelCount()];
    String[] overridden = new String[overrides.isEmpty() ? 0 : customers];
    TreeMap<String, Integer> labels = new TreeMap<>();
    for (int c = 0; c < customers; c++) {
      if (firstRow[c] >= 0) {
        String override = overrides.isEmpty() ? null : overrides.get(facts.customerId(c));
        if (override != null) {
          overridden[c] = override;
          labels.put(override, 0);
        } else {
          rowChannelUsed[rowChannel[firstRow[c]]] = true;
        }
      }
    }
    for (int code = 0; code < rowChannelUsed.length; code++) {
      if (rowChannelUsed[code]) {
        labels.put(rowChannels.label(code), 0);
      }
    }
    String[] sortedLabels = labels.keySet().toArray(String[]::new);
    int[] channelOfRowChannel = new int[rowChannelUsed.length];
    for (int code = 0; code < rowChannelUsed.length; code++) {
      channelOfRowChannel[code] = rowChannelUsed[code] ? Arrays.binarySearch(sortedLabels, rowChannels.label(code)) : -1;
    }
    int[] firstPeriod = new int[customers];
    int[] channel = new int[customers];
    int[] dimension = new int[customers];
    for (int c = 0; c < customers; c++) {
      int r = firstRow[c];
      boolean override = r >= 0 && overridden.length > 0 && overridden[c] != null;
      firstPeriod[c] = r < 0 ? OrderFacts.NO_PERIOD : facts.period(r);
      channel[c] = r < 0 ? -1
          : override ? Arrays.binarySearch(sortedLabels, overridden[c])
          : channelOfRowChannel[rowChannel[r]];
      dimension[c] = r < 0 ? -1 : facts.dimension(r);
    }
    return new Acquisition(firstPeriod, channel, dimension, sortedLabels);
  }

  /** @return per customer its first positive row (earliest date, then file order), or -1 */
  private static int[] firstPositiveRows(OrderFacts facts, int[] packedDates) {
    int[] firstRow = new int[facts.customerCount()];
    int[] firstDate = new int[firstRow.length];
    Arrays.fill(firstRow, -1);
    for (int r = 0; r < facts.rowCount(); r++) {
      int c = facts.customer(r);
      if (c != OrderFacts.GUEST && facts.isPositive(r)
          && (firstRow[c] < 0 || packedDates[r] < firstDate[c])) {
        firstRow[c] = r;
        firstDate[c] = packedDates[r];
      }
    }
    return firstRow;
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
