package dev.kpikit.spark;

import dev.kpikit.load.LoadOptions;
import java.io.Serializable;
import java.nio.charset.Charset;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;

/**
 * A dataset's {@link LoadOptions} in a form Spark can ship to its executors (LoadOptions itself is
 * not serializable): the same fields, rebuilt on the executor by {@link #toOptions()}.
 *
 * @param encoding the charset name
 * @param delimiter the delimiter, or null to sniff
 * @param dateFormat the date pattern, or null for ISO and guessing
 * @param decimalSeparator {@code .} or {@code ,}
 * @param zone the business time zone id
 * @param endIsLastActiveDay whether end dates are the last active day
 * @param columns canonical name to source column
 * @param preset the preset name, or null
 */
record SparkLoadOptions(
    String encoding,
    Character delimiter,
    String dateFormat,
    char decimalSeparator,
    String zone,
    boolean endIsLastActiveDay,
    HashMap<String, String> columns,
    String preset)
    implements Serializable {

  /**
   * @param o options built on the driver from {@code kpikit.yaml}
   * @return the same options, serializable
   */
  static SparkLoadOptions of(LoadOptions o) {
    return new SparkLoadOptions(o.encoding().name(), o.delimiter(), o.dateFormat(), o.decimalSeparator(),
        o.zone().getId(), o.endIsLastActiveDay(), new HashMap<>(o.columns()), o.preset());
  }

  /** @return the options as the toolkit's loader takes them */
  LoadOptions toOptions() {
    LoadOptions.Builder b = LoadOptions.builder()
        .encoding(Charset.forName(encoding))
        .delimiter(delimiter)
        .dateFormat(dateFormat)
        .decimalSeparator(decimalSeparator)
        .zone(ZoneId.of(zone))
        .endIsLastActiveDay(endIsLastActiveDay)
        .columns(Map.copyOf(columns));
    return b.preset(preset).build();
  }
}
