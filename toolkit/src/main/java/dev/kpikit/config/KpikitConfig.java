package dev.kpikit.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.kpikit.load.DataException;
import dev.kpikit.schema.Dataset;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The contents of {@code kpikit.yaml} (DESIGN §6): business time zone, currency, as-of date, the
 * datasets' files and mappings, KPI targets and balance bands. Unknown keys are errors that list
 * the valid ones, so a typo never goes unnoticed.
 *
 * @param timezone the business time zone (default UTC)
 * @param currency the display currency code, or null
 * @param asOf the analysis date, or null for the last date in the data
 * @param datasets the configured datasets
 * @param targets KPI name to its target
 * @param bands balance name to its band {@code [low, high]}
 * @param customerValue the {@code customer_value} section (never null)
 * @since 0.1.0
 */
public record KpikitConfig(
    ZoneId timezone,
    String currency,
    LocalDate asOf,
    Map<Dataset, DatasetConfig> datasets,
    Map<String, Target> targets,
    Map<String, double[]> bands,
    CustomerValueConfig customerValue) {

  private static final List<String> TOP_KEYS =
      List.of("timezone", "currency", "as_of", "datasets", "targets", "bands", "customer_value");
  private static final List<String> DATASET_KEYS =
      List.of(
          "path",
          "preset",
          "encoding",
          "date_format",
          "decimal_separator",
          "delimiter",
          "columns",
          "end_is_last_active_day");

  /** Copies the maps. */
  public KpikitConfig {
    datasets = datasets.isEmpty() ? Map.of() : new EnumMap<>(datasets);
    targets = Map.copyOf(targets);
    bands = Map.copyOf(bands);
    customerValue = customerValue == null ? CustomerValueConfig.EMPTY : customerValue;
  }

  /**
   * A config without a {@code customer_value} section.
   *
   * @param timezone the business time zone
   * @param currency the display currency code, or null
   * @param asOf the analysis date, or null
   * @param datasets the configured datasets
   * @param targets KPI targets
   * @param bands balance bands
   */
  public KpikitConfig(
      ZoneId timezone,
      String currency,
      LocalDate asOf,
      Map<Dataset, DatasetConfig> datasets,
      Map<String, Target> targets,
      Map<String, double[]> bands) {
    this(timezone, currency, asOf, datasets, targets, bands, CustomerValueConfig.EMPTY);
  }

  /** The configuration of a folder without {@code kpikit.yaml}: UTC, everything by convention. */
  public static final KpikitConfig DEFAULT =
      new KpikitConfig(ZoneOffset.UTC, null, null, Map.of(), Map.of(), Map.of());

  /**
   * A KPI target: the value should be at least {@code min} and/or at most {@code max}.
   *
   * @param min the lower bound, or null
   * @param max the upper bound, or null
   */
  public record Target(Double min, Double max) {}

  /**
   * @param dataset a dataset
   * @return its section, or {@link DatasetConfig#EMPTY}
   */
  public DatasetConfig dataset(Dataset dataset) {
    return datasets.getOrDefault(dataset, DatasetConfig.EMPTY);
  }

  /**
   * Reads a config file.
   *
   * @param file the YAML file
   * @return the config
   * @throws DataException naming the file and the offending key or value
   */
  public static KpikitConfig read(Path file) {
    String text;
    try {
      text = Files.readString(file);
    } catch (IOException e) {
      throw new DataException(file + ": cannot read the config: " + e.getMessage(), e);
    }
    return parse(file.toString(), text);
  }

  /**
   * Parses config text.
   *
   * @param source the file name, for messages
   * @param yaml the YAML text
   * @return the config
   * @throws DataException naming the source and the offending key or value
   */
  public static KpikitConfig parse(String source, String yaml) {
    JsonNode root;
    try {
      root = new ObjectMapper(new YAMLFactory()).readTree(yaml);
    } catch (JsonProcessingException e) {
      String where =
          e.getLocation() == null ? "" : ":" + e.getLocation().getLineNr();
      throw new DataException(source + where + ": not valid YAML: " + e.getOriginalMessage(), e);
    }
    if (root == null || root.isMissingNode() || root.isNull()) {
      return DEFAULT;
    }
    Reader r = new Reader(source);
    r.object(root, "", TOP_KEYS);
    ZoneId zone = r.zone(root.get("timezone"));
    Map<Dataset, DatasetConfig> datasets = new EnumMap<>(Dataset.class);
    JsonNode ds = root.get("datasets");
    if (ds != null) {
      r.object(ds, "datasets", null);
      for (Iterator<Map.Entry<String, JsonNode>> it = ds.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        Dataset d = r.dataset(e.getKey());
        datasets.put(d, r.datasetConfig(e.getValue(), "datasets." + e.getKey()));
      }
    }
    return new KpikitConfig(
        zone,
        r.text(root.get("currency"), "currency"),
        r.date(root.get("as_of"), "as_of"),
        datasets,
        r.targets(root.get("targets")),
        r.bands(root.get("bands")),
        r.customerValue(root.get("customer_value")));
  }

  /** Reads typed values out of the YAML tree with messages that name the key. */
  private static final class Reader {
    private final String source;

    Reader(String source) {
      this.source = source;
    }

    DataException error(String key, String problem) {
      return new DataException(source + ": " + key + ": " + problem);
    }

    void object(JsonNode node, String key, List<String> allowed) {
      if (!node.isObject()) {
        throw error(key.isEmpty() ? "top level" : key, "expected a mapping of keys to values");
      }
      if (allowed == null) {
        return;
      }
      for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
        String k = it.next();
        if (!allowed.contains(k)) {
          throw error(
              key.isEmpty() ? k : key + "." + k, "unknown key, expected one of " + allowed);
        }
      }
    }

    String text(JsonNode node, String key) {
      if (node == null || node.isNull()) {
        return null;
      }
      if (!node.isValueNode()) {
        throw error(key, "expected a single value");
      }
      return node.asText();
    }

    ZoneId zone(JsonNode node) {
      String z = text(node, "timezone");
      if (z == null) {
        return ZoneOffset.UTC;
      }
      try {
        return ZoneId.of(z);
      } catch (DateTimeException e) {
        throw error("timezone", "'" + z + "' is not a time zone (e.g. UTC, Europe/Berlin)");
      }
    }

    LocalDate date(JsonNode node, String key) {
      String d = text(node, key);
      try {
        return d == null ? null : LocalDate.parse(d);
      } catch (DateTimeParseException e) {
        throw error(key, "'" + d + "' is not a date (yyyy-MM-dd)");
      }
    }

    Dataset dataset(String name) {
      try {
        return Dataset.fromName(name);
      } catch (IllegalArgumentException e) {
        throw error("datasets." + name, e.getMessage());
      }
    }

    DatasetConfig datasetConfig(JsonNode node, String key) {
      object(node, key, DATASET_KEYS);
      String encoding = text(node.get("encoding"), key + ".encoding");
      if (encoding != null && !Charset.isSupported(encoding)) {
        throw error(key + ".encoding", "'" + encoding + "' is not a known encoding");
      }
      Map<String, String> columns = new LinkedHashMap<>();
      JsonNode cols = node.get("columns");
      if (cols != null) {
        object(cols, key + ".columns", null);
        cols.fields().forEachRemaining(e -> columns.put(e.getKey(), text(e.getValue(), key)));
      }
      JsonNode end = node.get("end_is_last_active_day");
      if (end != null && !end.isBoolean()) {
        throw error(key + ".end_is_last_active_day", "expected true or false");
      }
      return new DatasetConfig(
          text(node.get("path"), key + ".path"),
          text(node.get("preset"), key + ".preset"),
          encoding,
          text(node.get("date_format"), key + ".date_format"),
          oneChar(node.get("decimal_separator"), key + ".decimal_separator", Set.of('.', ',')),
          oneChar(node.get("delimiter"), key + ".delimiter", Set.of(',', ';', '\t', '|')),
          columns,
          end == null ? null : end.asBoolean());
    }

    Character oneChar(JsonNode node, String key, Set<Character> allowed) {
      String s = text(node, key);
      if (s == null) {
        return null;
      }
      if ("\\t".equals(s) || "tab".equalsIgnoreCase(s)) {
        s = "\t";
      }
      if (s.length() != 1 || !allowed.contains(s.charAt(0))) {
        throw error(key, "'" + s + "' is not allowed, expected one of " + allowed);
      }
      return s.charAt(0);
    }

    Map<String, Target> targets(JsonNode node) {
      Map<String, Target> targets = new LinkedHashMap<>();
      if (node == null) {
        return targets;
      }
      object(node, "targets", null);
      node.fields()
          .forEachRemaining(
              e -> {
                String key = "targets." + e.getKey();
                object(e.getValue(), key, List.of("min", "max"));
                Double min = number(e.getValue().get("min"), key + ".min");
                Double max = number(e.getValue().get("max"), key + ".max");
                if (min == null && max == null) {
                  throw error(key, "give min, max or both");
                }
                targets.put(e.getKey(), new Target(min, max));
              });
      return targets;
    }

    Map<String, double[]> bands(JsonNode node) {
      Map<String, double[]> bands = new LinkedHashMap<>();
      if (node == null) {
        return bands;
      }
      object(node, "bands", null);
      node.fields()
          .forEachRemaining(
              e -> {
                String key = "bands." + e.getKey();
                JsonNode v = e.getValue();
                if (!v.isArray() || v.size() != 2) {
                  throw error(key, "expected [low, high]");
                }
                double low = number(v.get(0), key);
                double high = number(v.get(1), key);
                if (!(low >= -1 && low <= high && high <= 1)) {
                  throw error(key, "expected -1 <= low <= high <= 1");
                }
                bands.put(e.getKey(), new double[] {low, high});
              });
      return bands;
    }

    CustomerValueConfig customerValue(JsonNode node) {
      if (node == null || node.isNull()) {
        return CustomerValueConfig.EMPTY;
      }
      String key = "customer_value";
      object(node, key, CustomerValueConfig.KEYS);
      String model = oneOf(node.get("model"), key + ".model", CustomerValueConfig.MODELS);
      String unit = oneOf(node.get("unit"), key + ".unit", CustomerValueConfig.UNITS);
      Double horizon = number(node.get("horizon"), key + ".horizon");
      if (horizon != null && !(horizon > 0)) {
        throw error(key + ".horizon", "expected a positive number of units");
      }
      Double rate = number(node.get("discount_rate"), key + ".discount_rate");
      if (rate != null && !(rate >= 0 && rate < 10)) {
        throw error(key + ".discount_rate", "expected a yearly rate such as 0.10 (10 %)");
      }
      Double margin = number(node.get("margin"), key + ".margin");
      if (margin != null && !(margin > 0 && margin <= 1)) {
        throw error(key + ".margin", "expected a share of spend in (0, 1], such as 0.30");
      }
      return new CustomerValueConfig(
          model, unit, horizon, rate, margin,
          date(node.get("holdout_start"), key + ".holdout_start"));
    }

    String oneOf(JsonNode node, String key, List<String> allowed) {
      String s = text(node, key);
      if (s != null && !allowed.contains(s)) {
        throw error(key, "'" + s + "' is not allowed, expected one of " + allowed);
      }
      return s;
    }

    Double number(JsonNode node, String key) {
      if (node == null || node.isNull()) {
        return null;
      }
      if (!node.isNumber()) {
        throw error(key, "'" + node.asText() + "' is not a number");
      }
      return node.asDouble();
    }
  }
}
