package dev.kpikit.schema;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The canonical datasets kpikit understands (DESIGN §3). Each is found in a data folder under its
 * {@linkplain #fileStem() file stem} ({@code orders.csv}, {@code orders.parquet}, a folder {@code
 * orders/}, ...).
 *
 * @since 0.1.0
 */
public enum Dataset {
  /** Sales export: one row per order or order line. */
  ORDERS,
  /** Subscription spells, or the tenure shape of a churn export. */
  CUSTOMERS,
  /** Marketing spend per period and channel. */
  MARKETING_SPEND,
  /** Inventory snapshots per date and SKU. */
  INVENTORY,
  /** Employment spells, or the snapshot shape of an HR export. */
  EMPLOYEES,
  /** Monthly financial statements. */
  FINANCIALS;

  /**
   * The name used in file names, the config and messages, e.g. {@code marketing_spend}.
   *
   * @return the lower-case snake_case name
   */
  public String fileStem() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Looks a dataset up by its file stem, ignoring case.
   *
   * @param name e.g. {@code "orders"} or {@code "marketing_spend"}
   * @return the dataset
   * @throws IllegalArgumentException naming the valid choices when none matches
   */
  public static Dataset fromName(String name) {
    String wanted = name.trim().toLowerCase(Locale.ROOT).replace('-', '_');
    for (Dataset d : values()) {
      if (d.fileStem().equals(wanted)) {
        return d;
      }
    }
    throw new IllegalArgumentException(
        "unknown dataset '"
            + name
            + "', expected one of "
            + Arrays.stream(values()).map(Dataset::fileStem).collect(Collectors.joining(", ")));
  }
}
