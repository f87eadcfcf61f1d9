package dev.kpikit.load;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * How to read one dataset: encoding, delimiter, date format, decimal separator, business time
 * zone, explicit column mapping and preset. Immutable; derive variants with {@link #toBuilder()}.
 *
 * <p>{@link #DEFAULT}: UTF-8 (a BOM is skipped), delimiter sniffed among {@code , ; TAB |}, ISO
 * dates, {@code .} as decimal separator, UTC, aliases only, no preset.
 *
 * @since 0.1.0
 */
public final class LoadOptions {

  /** UTF-8, sniffed delimiter, ISO dates, {@code .} decimals, UTC, no mapping, no preset. */
  public static final LoadOptions DEFAULT = builder().build();

  /**
   * European spreadsheet exports: {@code ;} delimiter and {@code ,} as decimal separator (so {@code
   * 1.234,50} = 1234.5); otherwise as {@link #DEFAULT}.
   */
  public static final LoadOptions EXCEL_EU =
      DEFAULT.toBuilder().delimiter(';').decimalSeparator(',').build();

  private final Charset encoding;
  private final Character delimiter;
  private final String dateFormat;
  private final char decimalSeparator;
  private final ZoneId zone;
  private final boolean endIsLastActiveDay;
  private final Map<String, String> columns;
  private final String preset;
  private final Predicate<String> extraColumns;

  private LoadOptions(Builder b) {
    this.encoding = b.encoding;
    this.delimiter = b.delimiter;
    this.dateFormat = b.dateFormat;
    this.decimalSeparator = b.decimalSeparator;
    this.zone = b.zone;
    this.endIsLastActiveDay = b.endIsLastActiveDay;
    this.columns = Map.copyOf(b.columns);
    this.preset = b.preset;
    this.extraColumns = b.extraColumns;
  }

  /** @return a builder with the defaults of {@link #DEFAULT} */
  public static Builder builder() {
    return new Builder();
  }

  /** @return a builder pre-filled with these options */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.encoding = encoding;
    b.delimiter = delimiter;
    b.dateFormat = dateFormat;
    b.decimalSeparator = decimalSeparator;
    b.zone = zone;
    b.endIsLastActiveDay = endIsLastActiveDay;
    b.columns.putAll(columns);
    b.preset = preset;
    b.extraColumns = extraColumns;
    return b;
  }

  /** @return the text encoding of CSV files (default UTF-8) */
  public Charset encoding() {
    return encoding;
  }

  /** @return the configured field delimiter, or null to sniff it among {@code , ; TAB |} */
  public Character delimiter() {
    return delimiter;
  }

  /**
   * @return a {@link java.time.format.DateTimeFormatter} pattern for non-ISO dates, e.g. {@code
   *     M/d/yyyy H:mm}, or null for ISO dates and date-times
   */
  public String dateFormat() {
    return dateFormat;
  }

  /** @return the decimal separator of numbers and money: {@code .} (default) or {@code ,} */
  public char decimalSeparator() {
    return decimalSeparator;
  }

  /** @return the business time zone that dates and months are taken in (default UTC) */
  public ZoneId zone() {
    return zone;
  }

  /**
   * @return true when end dates in the file are the last active day rather than the first inactive
   *     day (one day is then added)
   */
  public boolean endIsLastActiveDay() {
    return endIsLastActiveDay;
  }

  /** @return explicit mapping from canonical column name to the file's column name */
  public Map<String, String> columns() {
    return columns;
  }

  /** @return the name of the preset to apply (e.g. {@code uci-online-retail}), or null */
  public String preset() {
    return preset;
  }

  /**
   * @return which extra columns (those of the file that map to no canonical column) are loaded, by
   *     their name in the file; null (the default) for all of them
   */
  public Predicate<String> extraColumns() {
    return extraColumns;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof LoadOptions)) {
      return false;
    }
    LoadOptions x = (LoadOptions) o;
    return encoding.equals(x.encoding)
        && Objects.equals(delimiter, x.delimiter)
        && Objects.equals(dateFormat, x.dateFormat)
        && decimalSeparator == x.decimalSeparator
        && zone.equals(x.zone)
        && endIsLastActiveDay == x.endIsLastActiveDay
        && columns.equals(x.columns)
        && Objects.equals(preset, x.preset)
        && Objects.equals(extraColumns, x.extraColumns);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        encoding, delimiter, dateFormat, decimalSeparator, zone, endIsLastActiveDay, columns, preset,
        extraColumns);
  }

  @Override
  public String toString() {
    return "LoadOptions{encoding="
        + encoding
        + ", delimiter="
        + (delimiter == null ? "sniffed" : "'" + delimiter + "'")
        + ", dateFormat="
        + (dateFormat == null ? "ISO" : dateFormat)
        + ", decimalSeparator='"
        + decimalSeparator
        + "', zone="
        + zone
        + ", endIsLastActiveDay="
        + endIsLastActiveDay
        + ", columns="
        + columns
        + ", preset="
        + preset
        + (extraColumns == null ? "" : ", extraColumns=some")
        + "}";
  }

  /** Builds {@link LoadOptions}. */
  public static final class Builder {
    private Charset encoding = StandardCharsets.UTF_8;
    private Character delimiter;
    private String dateFormat;
    private char decimalSeparator = '.';
    private ZoneId zone = ZoneOffset.UTC;
    private boolean endIsLastActiveDay;
    private final Map<String, String> columns = new LinkedHashMap<>();
    private String preset;
    private Predicate<String> extraColumns;

    private Builder() {}

    /**
     * @param encoding the CSV text encoding, e.g. {@code ISO-8859-1}
     * @return this builder
     */
    public Builder encoding(Charset encoding) {
      this.encoding = Objects.requireNonNull(encoding, "encoding");
      return this;
    }

    /**
     * @param delimiter one of {@code , ; TAB |}, or null to sniff
     * @return this builder
     */
    public Builder delimiter(Character delimiter) {
      if (delimiter != null && ",;\t|".indexOf(delimiter) < 0) {
        throw new IllegalArgumentException(
            "delimiter '" + delimiter + "' is not supported, expected one of , ; TAB |");
      }
      this.delimiter = delimiter;
      return this;
    }

    /**
     * @param dateFormat a {@link java.time.format.DateTimeFormatter} pattern, or null for ISO
     * @return this builder
     */
    public Builder dateFormat(String dateFormat) {
      this.dateFormat = dateFormat;
      return this;
    }

    /**
     * @param decimalSeparator {@code .} or {@code ,}
     * @return this builder
     */
    public Builder decimalSeparator(char decimalSeparator) {
      if (decimalSeparator != '.' && decimalSeparator != ',') {
        throw new IllegalArgumentException(
            "decimal separator '" + decimalSeparator + "' is not supported, expected . or ,");
      }
      this.decimalSeparator = decimalSeparator;
      return this;
    }

    /**
     * @param zone the business time zone
     * @return this builder
     */
    public Builder zone(ZoneId zone) {
      this.zone = Objects.requireNonNull(zone, "zone");
      return this;
    }

    /**
     * @param endIsLastActiveDay true when the export's end dates are the last active day
     * @return this builder
     */
    public Builder endIsLastActiveDay(boolean endIsLastActiveDay) {
      this.endIsLastActiveDay = endIsLastActiveDay;
      return this;
    }

    /**
     * Maps a canonical column to a column of the file, overriding aliases and presets.
     *
     * @param canonical e.g. {@code order_date}
     * @param sourceColumn e.g. {@code Order Date}
     * @return this builder
     */
    public Builder column(String canonical, String sourceColumn) {
      columns.put(canonical, sourceColumn);
      return this;
    }

    /**
     * @param mapping canonical name to file column name, added to any set before
     * @return this builder
     */
    public Builder columns(Map<String, String> mapping) {
      columns.putAll(mapping);
      return this;
    }

    /**
     * @param preset a preset name such as {@code uci-online-retail}, or null
     * @return this builder
     */
    public Builder preset(String preset) {
      this.preset = preset;
      return this;
    }

    /**
     * Loads only the extra columns (file columns that map to no canonical column) this accepts, by
     * their name in the file: a command that reads none of them need not hold them (20 columns of
     * which 11 unused cost 11 int codes a row). Ignored with a preset, whose derived columns may be
     * computed from extra columns.
     *
     * @param keep accepts the names of the extra columns to load; null for all (the default)
     * @return this builder
     */
    public Builder extraColumns(Predicate<String> keep) {
      this.extraColumns = keep;
      return this;
    }

    /** @return the options */
    public LoadOptions build() {
      return new LoadOptions(this);
    }
  }
}
