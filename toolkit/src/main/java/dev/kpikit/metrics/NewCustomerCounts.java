package dev.kpikit.metrics;

import java.util.Arrays;
import tech.tablesaw.api.Table;

/**
 * New customers counted per (cohort period, dimension value, acquisition channel): the aggregate
 * that {@code new_customers_monthly} and {@code cac_monthly} are assembled from ({@link
 * NewCustomers#table(NewCustomerCounts)}, {@link Cac#table(NewCustomerCounts, Table)}). The local
 * engine fills it from its orders index; another engine (Spark) fills it from its own aggregation
 * and gets the same tables, labels, zero-filled periods and ratios, because the assembly is shared.
 *
 * <p>A customer counts once, in the period of its first positive row, for the dimension value of
 * that row and its acquisition channel (see {@link NewCustomers}). Labels are as in the output: a
 * missing channel or dimension value is {@link #MISSING}; the dimension is the empty string when
 * the options are not split.
 *
 * @since 0.3.0
 */
public final class NewCustomerCounts {
  /** The label of a missing channel or dimension value. */
  public static final String MISSING = OrderFacts.MISSING;

  private final MetricOptions options;
  private final boolean hasChannels;
  private int size;
  private int[] period = new int[16];
  private String[] dimension = new String[16];
  private String[] channel = new String[16];
  private int[] count = new int[16];

  private NewCustomerCounts(MetricOptions options, boolean hasChannels) {
    this.options = NewCustomers.withoutChannelSplit(options);
    this.hasChannels = hasChannels;
  }

  /**
   * @param options the options of the table (a split by {@code channel} is dropped: acquisition
   *     tables are by channel already)
   * @param hasChannels whether the orders or the customers have a {@code channel} column; without
   *     one only the {@code ALL} rows of {@code new_customers_monthly} are shown
   * @return empty counts, to {@link #add}
   */
  public static NewCustomerCounts create(MetricOptions options, boolean hasChannels) {
    return new NewCustomerCounts(options, hasChannels);
  }

  /** The counts of an orders index, one per non-empty (period, dimension, channel) cell. */
  static NewCustomerCounts of(OrderFacts facts) {
    NewCustomerCounts counts = new NewCustomerCounts(facts.options(), facts.hasChannels());
    int periods = facts.periodCount();
    int channels = facts.channelCount();
    int[] cells = new int[facts.dimensionCount() * channels * Math.max(periods, 0)];
    for (int c = 0; c < facts.customerCount(); c++) {
      if (facts.firstPeriod(c) != OrderFacts.NO_PERIOD) {
        int group = facts.customerDimension(c) * channels + facts.acquisitionChannel(c);
        cells[group * periods + facts.firstPeriod(c) - facts.minPeriod()]++;
      }
    }
    for (int cell = 0; cell < cells.length; cell++) {
      if (cells[cell] > 0) {
        int group = cell / periods;
        counts.add(
            facts.minPeriod() + cell % periods,
            facts.dimensionLabel(group / channels),
            facts.channelLabel(group % channels),
            cells[cell]);
      }
    }
    return counts;
  }

  /**
   * Adds new customers to a cell; several additions to one cell are summed.
   *
   * @param cohortPeriod the period index of the customers' first positive row ({@link
   *     Periods#index})
   * @param dimensionValue the dimension value of that row ({@link #MISSING} when missing, empty when
   *     not split)
   * @param acquisitionChannel the customers' acquisition channel ({@link #MISSING} when missing)
   * @param customers the number of customers, 1 or more
   * @throws IllegalArgumentException when {@code customers} is not positive or the period is after
   *     the period of {@code asOf}
   */
  public void add(int cohortPeriod, String dimensionValue, String acquisitionChannel, int customers) {
    if (customers <= 0) {
      throw new IllegalArgumentException("new customers must be 1 or more, got " + customers);
    }
    if (cohortPeriod > options.lastPeriod()) {
      throw new IllegalArgumentException(
          "cohort " + options.periods().label(cohortPeriod) + " is after as-of " + options.asOf());
    }
    if (size == period.length) {
      period = Arrays.copyOf(period, size * 2);
      dimension = Arrays.copyOf(dimension, size * 2);
      channel = Arrays.copyOf(channel, size * 2);
      count = Arrays.copyOf(count, size * 2);
    }
    period[size] = cohortPeriod;
    dimension[size] = options.by() == null ? "" : dimensionValue;
    channel[size] = acquisitionChannel;
    count[size] = customers;
    size++;
  }

  /** @return the options the counts are for, without a split by channel */
  public MetricOptions options() {
    return options;
  }

  /** @return whether a channel column exists (see {@link #create}) */
  public boolean hasChannels() {
    return hasChannels;
  }

  int size() {
    return size;
  }

  int period(int i) {
    return period[i];
  }

  String dimension(int i) {
    return dimension[i];
  }

  String channel(int i) {
    return channel[i];
  }

  int count(int i) {
    return count[i];
  }
}
