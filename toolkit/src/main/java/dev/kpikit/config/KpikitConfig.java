package dev.kpikit.config;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kpikit.load.DataException;
import dev.kpikit.schema.Dataset;
import java.nio.charset.Charset;
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
import java.util.Optional;
import java.util.Set;

/**
 * The contents of {@code kpikit.yaml} (DESIGN §6): business time zone, currency, as-of date, the
 * datasets' files and mappings, KPI targets and balance bands. The YAML keys are the components'
 * names in snake_case: to add a section, add a component and read it in {@code fromTree} (see
 * {@link ConfigSchema}). {@link #parse} and {@link #read} refuse unknown keys, naming the line and
 * the nearest known key; {@link ConfigFile} reads leniently, reporting them as {@link ConfigIssue}s.
 *
 * @param timezone the business time zone (default UTC)
 * @param currency the reporting currency code (amounts in other currencies are converted to it
 *     with the {@code fx_rates}), or null
 * @param asOf the analysis date, or null for the last date in the data
 * @param datasets the configured datasets
 * @param targets KPI name to its target
 * @param bands balance name to its band {@code [low, high]}
 * @param fxRates where the exchange rates to the reporting currency are, or null (then {@code
 *     fx_rates.csv} of the data folder when present)
 * @param policies the subscription policies ({@link PoliciesConfig#DEFAULT} when unset)
 * @param forecast the {@code forecast} section (defaults when absent)
 * @param scenarios the {@code scenarios} section: scenario name to its levers, lever keys dotted
 *     for channels ({@code marketing_spend.paid_search}) and values as written ({@code "+20%"});
 *     levers are checked when a forecast uses them ({@link dev.kpikit.forecast.Scenario#of})
 * @param customerValue the {@code customer_value} section (never null)
 * @param segments the {@code segments} section: the report's breakdown columns ({@link
 *     SegmentsConfig#DEFAULT} when unset)
 * @param unit the column that names the business's units (store, branch, franchisee, region...),
 *     or null for none: the datasets that have it are split by it, the others are shared (see
 *     {@code unitAllocation}); {@code kpikit report --by} overrides it
 * @param unitAllocation how each shared dataset without the unit column is divided among the units:
 *     dataset to {@code revenue_share}, {@code even} or {@code none} (only {@code marketing_spend},
 *     {@code inventory} and {@code financials} can be divided; unset ones use {@link
 *     #UNIT_ALLOCATION_DEFAULT})
 * @since 0.1.0
 */
public record KpikitConfig(
    ZoneId timezone,
    String currency,
    LocalDate asOf,
    Map<Dataset, DatasetConfig> datasets,
    Map<String, Target> targets,
    Map<String, double[]> bands,
    FxRatesConfig fxRates,
    PoliciesConfig policies,
    ForecastSettings forecast,
    Map<String, Map<String, String>> scenarios,
    CustomerValueConfig customerValue,
    SegmentsConfig segments,
    String unit,
    Map<Dataset, String> unitAllocation) {

  /**
   * How a shared dataset is divided among units when {@code unit_allocation} does not say:
   * {@code revenue_share}.
   */
  public static final String UNIT_ALLOCATION_DEFAULT = "revenue_share";

  /** The allocation names {@code unit_allocation} accepts. */
  public static final List<String> UNIT_ALLOCATIONS = List.of("revenue_share", "even", "none");

  /** The datasets {@code unit_allocation} may name: the shared costs and stock. */
  public static final Set<Dataset> ALLOCATABLE =
      Set.of(Dataset.MARKETING_SPEND, Dataset.INVENTORY, Dataset.FINANCIALS);

  /** Copies the maps. */
  public KpikitConfig {
    datasets = datasets.isEmpty() ? Map.of() : new EnumMap<>(datasets);
    targets = Map.copyOf(targets);
    bands = Map.copyOf(bands);
    policies = policies == null ? PoliciesConfig.DEFAULT : policies;
    forecast = forecast == null ? ForecastSettings.DEFAULT : forecast;
    Map<String, Map<String, String>> copy = new LinkedHashMap<>();
    scenarios.forEach((k, v) -> copy.put(k, java.util.Collections.unmodifiableMap(new LinkedHashMap<>(v))));
    scenarios = java.util.Collections.unmodifiableMap(copy);
    customerValue = customerValue == null ? CustomerValueConfig.EMPTY : customerValue;
    segments = segments == null ? SegmentsConfig.DEFAULT : segments;
    unit = unit == null || unit.isBlank() ? null : unit.trim();
    unitAllocation = unitAllocation == null || unitAllocation.isEmpty() ? Map.of() : new EnumMap<>(unitAllocation);
  }

  /**
   * The config before the {@code segments} and {@code unit} sections (0.2's components), with the
   * report choosing its segment columns and no units.
   *
   * @param timezone the business time zone
   * @param currency the reporting currency code, or null
   * @param asOf the analysis date, or null
   * @param datasets the configured datasets
   * @param targets KPI name to its target
   * @param bands balance name to its band
   * @param fxRates the fx_rates section, or null
   * @param policies the policies section, or null for the defaults
   * @param forecast the forecast section, or null for the defaults
   * @param scenarios scenario name to its levers
   * @param customerValue the customer_value section, or null
   */
  public KpikitConfig(
      ZoneId timezone,
      String currency,
      LocalDate asOf,
      Map<Dataset, DatasetConfig> datasets,
      Map<String, Target> targets,
      Map<String, double[]> bands,
      FxRatesConfig fxRates,
      PoliciesConfig policies,
      ForecastSettings forecast,
      Map<String, Map<String, String>> scenarios,
      CustomerValueConfig customerValue) {
    this(timezone, currency, asOf, datasets, targets, bands, fxRates, policies, forecast, scenarios,
        customerValue, SegmentsConfig.DEFAULT, null, Map.of());
  }

  /**
   * @param column the unit column, or null for none
   * @return this config with that unit column (the allocations kept)
   */
  public KpikitConfig withUnit(String column) {
    return new KpikitConfig(timezone, currency, asOf, datasets, targets, bands, fxRates, policies,
        forecast, scenarios, customerValue, segments, column, unitAllocation);
  }

  /**
   * @param dataset a shared dataset
   * @return how it is divided among units: its {@code unit_allocation}, else {@link
   *     #UNIT_ALLOCATION_DEFAULT} for the {@link #ALLOCATABLE} datasets, else {@code none}
   */
  public String allocation(Dataset dataset) {
    return unitAllocation.getOrDefault(
        dataset, ALLOCATABLE.contains(dataset) ? UNIT_ALLOCATION_DEFAULT : "none");
  }

  /**
   * A config without the fx_rates, policies, forecast and customer-value sections (default policies,
   * forecast defaults, no scenarios).
   *
   * @param timezone the business time zone
   * @param currency the display currency code, or null
   * @param asOf the analysis date, or null
   * @param datasets the configured datasets
   * @param targets KPI name to its target
   * @param bands balance name to its band
   */
  public KpikitConfig(
      ZoneId timezone,
      String currency,
      LocalDate asOf,
      Map<Dataset, DatasetConfig> datasets,
      Map<String, Target> targets,
      Map<String, double[]> bands) {
    this(timezone, currency, asOf, datasets, targets, bands, null, PoliciesConfig.DEFAULT, ForecastSettings.DEFAULT,
        Map.of(), CustomerValueConfig.EMPTY);
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
   * Reads a config file, refusing unknown keys and names (see {@link ConfigFile#read} for the
   * lenient reading the command line does).
   *
   * @param file the YAML file
   * @return the config
   * @throws DataException naming the file, the line and column, and the offending key or value
   */
  public static KpikitConfig read(Path file) {
    return ConfigFile.read(file, ConfigNames.NONE).strict();
  }

  /**
   * Parses config text, refusing unknown keys and dataset names.
   *
   * @param source the file name, for messages
   * @param yaml the YAML text
   * @return the config
   * @throws DataException naming the source, the line and column, and the offending key or value
   */
  public static KpikitConfig parse(String source, String yaml) {
    return ConfigFile.parse(source, yaml, ConfigNames.NONE).strict();
  }

  /**
   * Builds the config from a parsed document, ignoring keys the model does not have ({@link
   * ConfigSchema} reports them).
   *
   * @throws DataException naming the file, line and column of a value of the wrong kind
   */
  static KpikitConfig fromTree(String source, JsonNode root, KeyLocations locations) {
    if (root == null || root.isMissingNode() || root.isNull()) {
      return DEFAULT;
    }
    Reader r = new Reader(source, locations);
    r.object(root, "");
    ZoneId zone = r.zone(root.get("timezone"));
    Map<Dataset, DatasetConfig> datasets = new EnumMap<>(Dataset.class);
    JsonNode ds = root.get("datasets");
    if (ds != null) {
      r.object(ds, "datasets");
      for (Iterator<Map.Entry<String, JsonNode>> it = ds.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        Optional<Dataset> d = r.dataset(e.getKey());
        if (d.isPresent()) {
          datasets.put(d.get(), r.datasetConfig(e.getValue(), "datasets." + e.getKey()));
        }
      }
    }
    return new KpikitConfig(
        zone,
        r.text(root.get("currency"), "currency"),
        r.date(root.get("as_of"), "as_of"),
        datasets,
        r.targets(root.get("targets")),
        r.bands(root.get("bands")),
        r.fxRates(root.get("fx_rates")),
        r.policies(root.get("policies")),
        r.forecast(root.get("forecast")),
        r.scenarios(root.get("scenarios")),
        r.customerValue(root.get("customer_value")),
        r.segments(root.get("segments")),
        r.text(root.get("unit"), "unit"),
        r.unitAllocation(root.get("unit_allocation")));
  }

  /** Reads typed values out of the YAML tree with messages that name the key. */
  private static final class Reader {
    private final String source;
    private final KeyLocations locations;

    Reader(String source, KeyLocations locations) {
      this.source = source;
      this.locations = locations;
    }

    DataException error(String key, String problem) {
      int[] at = locations.at(key);
      String where = at[0] > 0 ? ":" + at[0] + ":" + at[1] : "";
      return new DataException(source + where + ": " + key + ": " + problem);
    }

    void object(JsonNode node, String key) {
      if (!node.isObject()) {
        throw error(key.isEmpty() ? "top level" : key, "expected a mapping of keys to values");
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

    /** The dataset of a name, or empty for an unknown one (a {@link ConfigIssue}). */
    Optional<Dataset> dataset(String name) {
      try {
        return Optional.of(Dataset.fromName(name));
      } catch (IllegalArgumentException e) {
        return Optional.empty();
      }
    }

    DatasetConfig datasetConfig(JsonNode node, String key) {
      object(node, key);
      String encoding = text(node.get("encoding"), key + ".encoding");
      if (encoding != null && !Charset.isSupported(encoding)) {
        throw error(key + ".encoding", "'" + encoding + "' is not a known encoding");
      }
      Map<String, String> columns = new LinkedHashMap<>();
      JsonNode cols = node.get("columns");
      if (cols != null) {
        object(cols, key + ".columns");
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

    PoliciesConfig policies(JsonNode node) {
      if (node == null || node.isNull()) {
        return PoliciesConfig.DEFAULT;
      }
      object(node, "policies");
      Double grace = number(node.get("past_due_grace_days"), "policies.past_due_grace_days");
      if (grace != null && (grace < 0 || grace != Math.rint(grace) || grace > 366)) {
        throw error("policies.past_due_grace_days", "expected a whole number of days from 0 to 366");
      }
      String trials = policy(node, "trials", "trial policy", PoliciesConfig.PAID_ONLY, PoliciesConfig.FROM_SIGNUP);
      String discounts = policy(node, "discounts", "discount policy", PoliciesConfig.NET, PoliciesConfig.GROSS);
      String refunds = policy(node, "refunds", "refund policy", PoliciesConfig.AT_REFUND, PoliciesConfig.AT_ORDER);
      return new PoliciesConfig(grace == null ? null : grace.intValue(), trials, discounts, refunds);
    }

    /** One of two settings of {@code policies.<name>}, or null when unset. */
    String policy(JsonNode policies, String name, String what, String first, String second) {
      String key = "policies." + name;
      String s = text(policies.get(name), key);
      if (s != null && !s.equals(first) && !s.equals(second)) {
        throw error(key, "'" + s + "' is not a " + what + ", expected " + first + " or " + second);
      }
      return s;
    }

    FxRatesConfig fxRates(JsonNode node) {
      if (node == null || node.isNull()) {
        return null;
      }
      object(node, "fx_rates");
      String preset = text(node.get("preset"), "fx_rates.preset");
      if (preset != null && !preset.equals(FxRatesConfig.ECB)) {
        throw error(
            "fx_rates.preset",
            "'" + preset + "' is not a rates preset, expected " + FxRatesConfig.ECB
                + " (or no preset for the long format date,currency,rate)");
      }
      return new FxRatesConfig(text(node.get("path"), "fx_rates.path"), preset);
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
      object(node, "targets");
      node.fields()
          .forEachRemaining(
              e -> {
                String key = "targets." + e.getKey();
                object(e.getValue(), key);
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
      object(node, "bands");
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

    ForecastSettings forecast(JsonNode node) {
      if (node == null || node.isNull()) {
        return ForecastSettings.DEFAULT;
      }
      object(node, "forecast");
      ForecastSettings d = ForecastSettings.DEFAULT;
      long horizon = whole(node.get("horizon"), "forecast.horizon", d.horizon());
      long paths = whole(node.get("paths"), "forecast.paths", d.paths());
      long seed = whole(node.get("seed"), "forecast.seed", d.seed());
      if (horizon < 1 || horizon > ForecastSettings.MAX_HORIZON) {
        throw error("forecast.horizon", "expected 1 to " + ForecastSettings.MAX_HORIZON + " months, got " + horizon);
      }
      if (paths < 100 || paths > ForecastSettings.MAX_PATHS) {
        throw error("forecast.paths", "expected 100 to " + ForecastSettings.MAX_PATHS + ", got " + paths);
      }
      return new ForecastSettings((int) horizon, (int) paths, seed,
          flag(node.get("enabled"), "forecast.enabled", d.enabled()));
    }

    boolean flag(JsonNode node, String key, boolean fallback) {
      if (node == null || node.isNull()) {
        return fallback;
      }
      if (!node.isBoolean()) {
        throw error(key, "'" + node.asText() + "' is not true or false");
      }
      return node.asBoolean();
    }

    long whole(JsonNode node, String key, long fallback) {
      if (node == null || node.isNull()) {
        return fallback;
      }
      if (!node.isIntegralNumber() || !node.canConvertToLong()) {
        throw error(key, "'" + node.asText() + "' is not a whole number");
      }
      return node.asLong();
    }

    Map<String, Map<String, String>> scenarios(JsonNode node) {
      Map<String, Map<String, String>> scenarios = new LinkedHashMap<>();
      if (node == null || node.isNull()) {
        return scenarios;
      }
      object(node, "scenarios");
      node.fields()
          .forEachRemaining(
              e -> {
                String key = "scenarios." + e.getKey();
                JsonNode levers = e.getValue();
                if (levers == null || levers.isNull()) {
                  scenarios.put(e.getKey(), Map.of());
                  return;
                }
                object(levers, key);
                Map<String, String> flat = new LinkedHashMap<>();
                levers.fields()
                    .forEachRemaining(
                        l -> {
                          if (l.getValue().isObject()) {
                            l.getValue()
                                .fields()
                                .forEachRemaining(
                                    c -> flat.put(
                                        l.getKey() + "." + c.getKey(),
                                        text(c.getValue(), key + "." + l.getKey() + "." + c.getKey())));
                          } else {
                            flat.put(l.getKey(), text(l.getValue(), key + "." + l.getKey()));
                          }
                        });
                scenarios.put(e.getKey(), flat);
              });
      return scenarios;
    }

    CustomerValueConfig customerValue(JsonNode node) {
      if (node == null || node.isNull()) {
        return CustomerValueConfig.EMPTY;
      }
      String key = "customer_value";
      object(node, key);
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
          date(node.get("holdout_start"), key + ".holdout_start"),
          flag(node.get("enabled"), key + ".enabled", true));
    }

    SegmentsConfig segments(JsonNode node) {
      if (node == null || node.isNull()) {
        return SegmentsConfig.DEFAULT;
      }
      String key = "segments";
      object(node, key);
      List<String> columns = null;
      JsonNode list = node.get("columns");
      if (list != null && !list.isNull()) {
        if (!list.isArray()) {
          throw error(key + ".columns", "expected a list of column names, e.g. [contract, payment_method]");
        }
        columns = new java.util.ArrayList<>();
        for (JsonNode c : list) {
          String name = text(c, key + ".columns");
          if (name == null || name.isBlank()) {
            throw error(key + ".columns", "expected a column name, found an empty one");
          }
          columns.add(name.trim());
        }
      }
      return new SegmentsConfig(columns,
          atLeast(node.get("max_values"), key + ".max_values", 2),
          atLeast(node.get("max_columns"), key + ".max_columns", 1),
          atLeast(node.get("top"), key + ".top", 1));
    }

    /** @return the whole number at {@code node}, null when unset */
    Integer atLeast(JsonNode node, String key, int min) {
      Double v = number(node, key);
      if (v == null) {
        return null;
      }
      if (v != Math.rint(v) || v < min || v > 1000) {
        throw error(key, "expected a whole number from " + min + " to 1000");
      }
      return v.intValue();
    }

    Map<Dataset, String> unitAllocation(JsonNode node) {
      Map<Dataset, String> allocation = new EnumMap<>(Dataset.class);
      if (node == null || node.isNull()) {
        return allocation;
      }
      object(node, "unit_allocation");
      node.fields().forEachRemaining(e -> {
        String key = "unit_allocation." + e.getKey();
        Optional<Dataset> d = dataset(e.getKey());
        if (d.isEmpty()) {
          return; // an unknown dataset name: a ConfigIssue
        }
        if (!ALLOCATABLE.contains(d.get())) {
          throw error(key, d.get().fileStem() + " cannot be divided among units: a dataset without the"
              + " unit column is left out of unit views; allocatable are marketing_spend, inventory, financials");
        }
        allocation.put(d.get(), oneOf(e.getValue(), key, UNIT_ALLOCATIONS));
      });
      return allocation;
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
