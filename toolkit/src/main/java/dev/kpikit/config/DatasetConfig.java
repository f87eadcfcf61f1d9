package dev.kpikit.config;

import dev.kpikit.load.LoadOptions;
import java.nio.charset.Charset;
import java.time.ZoneId;
import java.util.Map;

/**
 * The {@code datasets.<name>} section of {@code kpikit.yaml}: where a dataset's files are and how
 * to read them. Every field may be null (unset).
 *
 * @param path a file, folder or glob relative to the data folder, or a Hadoop URI
 * @param preset a preset name such as {@code uci-online-retail}
 * @param encoding a charset name such as {@code ISO-8859-1}
 * @param dateFormat a {@link java.time.format.DateTimeFormatter} pattern
 * @param decimalSeparator {@code .} or {@code ,}
 * @param delimiter one of {@code , ; TAB |}
 * @param columns canonical name to the file's header
 * @param endIsLastActiveDay true when end dates are the last active day
 * @since 0.1.0
 */
public record DatasetConfig(
    String path,
    String preset,
    String encoding,
    String dateFormat,
    Character decimalSeparator,
    Character delimiter,
    Map<String, String> columns,
    Boolean endIsLastActiveDay) {

  /** Copies the mapping. */
  public DatasetConfig {
    columns = columns == null ? Map.of() : Map.copyOf(columns);
  }

  /** A dataset with nothing configured. */
  public static final DatasetConfig EMPTY =
      new DatasetConfig(null, null, null, null, null, null, Map.of(), null);

  /**
   * The load options this section describes.
   *
   * @param zone the business time zone
   * @return the options, defaults where unset
   */
  public LoadOptions toLoadOptions(ZoneId zone) {
    LoadOptions.Builder b = LoadOptions.builder().zone(zone).columns(columns).preset(preset);
    if (encoding != null) {
      b.encoding(Charset.forName(encoding));
    }
    if (dateFormat != null) {
      b.dateFormat(dateFormat);
    }
    if (decimalSeparator != null) {
      b.decimalSeparator(decimalSeparator);
    }
    if (delimiter != null) {
      b.delimiter(delimiter);
    }
    if (endIsLastActiveDay != null) {
      b.endIsLastActiveDay(endIsLastActiveDay);
    }
    return b.build();
  }
}
