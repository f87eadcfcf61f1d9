package dev.kpikit.config;

import java.util.List;

/**
 * The {@code segments} section of {@code kpikit.yaml}: which columns the report breaks its rates
 * down by (churn and survival by contract, attrition by department, revenue and repeat purchase by
 * region, ...). Unset fields take the defaults below.
 *
 * <pre>{@code
 * segments:
 *   columns: [contract, payment_method]  # default: chosen from the data
 *   max_values: 12                       # a chosen column has 2 to 12 values
 *   max_columns: 5                       # at most 5 columns chosen from the data
 *   top: 10                              # a listed column (or region) with more values: top 10 + other
 * }</pre>
 *
 * @param columns the columns to break down by, as named in the data (snake_case, e.g. {@code
 *     payment_method}), in order; null to let the report choose
 * @param maxValues the most distinct values a column may have to be chosen from the data, {@code
 *     >= 2}; null for {@value #DEFAULT_MAX_VALUES}
 * @param maxColumns the most columns chosen from the data, {@code >= 1}; null for {@value
 *     #DEFAULT_MAX_COLUMNS}
 * @param top for a listed column (or the {@code region} column) with more than {@code maxValues}
 *     values: the number of its largest values shown, the rest folded into {@code (other)}, {@code
 *     >= 1}; null for {@value #DEFAULT_TOP}
 * @since 0.3.0
 */
public record SegmentsConfig(List<String> columns, Integer maxValues, Integer maxColumns, Integer top) {
  /** The default {@link #maxValues()}. */
  public static final int DEFAULT_MAX_VALUES = 12;

  /** The default {@link #maxColumns()}. */
  public static final int DEFAULT_MAX_COLUMNS = 5;

  /** The default {@link #top()}. */
  public static final int DEFAULT_TOP = 10;

  /** Nothing configured: the report chooses. */
  public static final SegmentsConfig DEFAULT = new SegmentsConfig(null, null, null, null);

  /** Copies the column list. */
  public SegmentsConfig {
    columns = columns == null ? null : List.copyOf(columns);
  }

  /** @return {@link #maxValues()} or its default */
  public int maxValuesOrDefault() {
    return maxValues == null ? DEFAULT_MAX_VALUES : maxValues;
  }

  /** @return {@link #maxColumns()} or its default */
  public int maxColumnsOrDefault() {
    return maxColumns == null ? DEFAULT_MAX_COLUMNS : maxColumns;
  }

  /** @return {@link #top()} or its default */
  public int topOrDefault() {
    return top == null ? DEFAULT_TOP : top;
  }
}
