package dev.kpikit.metrics;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import tech.tablesaw.api.Table;

/**
 * The acquisition channels a {@code customers} table gives its customers, which override the
 * channel of their first positive order (DESIGN §4): per customer_id, the channel of its earliest
 * spell that has started by {@code asOf} ({@link Spells#attributeAt}); customers whose spells give
 * no channel are left out and keep the channel of their first positive order.
 *
 * @since 0.3.0
 */
public final class AcquisitionChannels {
  private AcquisitionChannels() {}

  /**
   * @param customers a customers table, or null
   * @param asOf the last day of the analysis
   * @return customer_id to channel (never blank); empty without a table or a channel column
   * @throws NotComputableException when the table has a channel but no customer_id column
   */
  public static Map<String, String> overrides(Table customers, LocalDate asOf) {
    if (customers == null || !customers.containsColumn("channel")) {
      return new HashMap<>();
    }
    SplitCheck.requireColumns(customers, "customers", "customer_id");
    return Spells.attributeAt(customers, "channel", asOf);
  }

  /**
   * @param ordersHaveChannel whether the orders have a {@code channel} column
   * @param customers the customers table giving channels, or null
   * @return whether channels are known at all (see {@link NewCustomerCounts#create})
   */
  public static boolean known(boolean ordersHaveChannel, Table customers) {
    return ordersHaveChannel || customers != null && customers.containsColumn("channel");
  }
}
