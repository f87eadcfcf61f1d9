package dev.kpikit.config;

import dev.kpikit.load.CurrencyConversion;
import dev.kpikit.load.DataException;
import dev.kpikit.load.DatasetLoader;
import dev.kpikit.load.DiscountPolicy;
import dev.kpikit.load.FxRates;
import dev.kpikit.load.InputFiles;
import dev.kpikit.load.LoadOptions;
import dev.kpikit.load.LoadResult;
import dev.kpikit.load.PastDueGrace;
import dev.kpikit.load.RefundDating;
import dev.kpikit.load.RowLines;
import dev.kpikit.load.TrialPolicy;
import dev.kpikit.schema.Dataset;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A data folder (DESIGN §6): files named after their dataset ({@code orders.csv}, {@code
 * orders.csv.gz}, {@code orders.parquet}, a folder {@code orders/}, ...) and optionally {@code
 * kpikit.yaml}, whose {@code datasets.<name>.path} overrides the naming convention.
 *
 * @since 0.1.0
 */
public final class DataFolder {
  /** The config file name looked for in a data folder. */
  public static final String CONFIG_FILE = "kpikit.yaml";

  /** The exchange-rates file looked for in a data folder when the config names none. */
  public static final String FX_RATES_FILE = "fx_rates.csv";

  private final Path dir;
  private final ConfigFile config;
  private final Map<Dataset, List<String>> inputs;
  private FxRates fxRates;
  private boolean fxRatesRead;

  private DataFolder(Path dir, ConfigFile config, Map<Dataset, List<String>> inputs) {
    this.dir = dir;
    this.config = config;
    this.inputs = Collections.unmodifiableMap(inputs);
  }

  /**
   * A data folder whose files were found elsewhere (e.g. listed on a Hadoop file system by
   * kpikit-spark), with the config read from a local copy.
   *
   * @param dir the folder the outputs show input paths relative to (a local folder)
   * @param configFile a local copy of the folder's config, or null for the defaults
   * @param names the names the config's named sections may use
   * @param inputs each dataset's files (local paths or Hadoop URIs), in reading order
   * @return the folder
   * @throws DataException when the config is invalid
   */
  public static DataFolder of(Path dir, Path configFile, ConfigNames names, Map<Dataset, List<String>> inputs) {
    ConfigFile config = configFile == null
        ? new ConfigFile(KpikitConfig.DEFAULT, List.of())
        : ConfigFile.read(configFile, names);
    Map<Dataset, List<String>> copy = new EnumMap<>(Dataset.class);
    inputs.forEach((d, files) -> copy.put(d, List.copyOf(files)));
    return new DataFolder(dir, config, copy);
  }

  /**
   * Opens a data folder with its own {@code kpikit.yaml}, if any.
   *
   * @param dir the folder
   * @return the folder with its discovered datasets
   * @throws DataException when the folder does not exist, the config is invalid, or a dataset's
   *     files are ambiguous or missing
   */
  public static DataFolder open(Path dir) {
    return open(dir, null);
  }

  /**
   * Opens a data folder with a given config file (the CLI's {@code --config}).
   *
   * @param dir the folder
   * @param configFile the config, or null to use {@code dir/kpikit.yaml} when present
   * @return the folder with its discovered datasets
   * @throws DataException as {@link #open(Path)}
   */
  public static DataFolder open(Path dir, Path configFile) {
    return open(dir, configFile, ConfigNames.NONE);
  }

  /**
   * Opens a data folder, checking the names its config uses for KPIs, balances and the like.
   * Unknown keys and names do not stop it: they are its {@link #configIssues()}.
   *
   * @param dir the folder
   * @param configFile the config, or null to use {@code dir/kpikit.yaml} when present
   * @param names the names the config's named sections may use (e.g. {@code
   *     dev.kpikit.metrics.ConfigVocabulary.NAMES})
   * @return the folder with its discovered datasets
   * @throws DataException as {@link #open(Path)}
   */
  public static DataFolder open(Path dir, Path configFile, ConfigNames names) {
    if (!Files.isDirectory(dir)) {
      throw new DataException(dir + ": no such folder");
    }
    Path cfg = configFile != null ? configFile : dir.resolve(CONFIG_FILE);
    if (configFile != null && !Files.exists(configFile)) {
      throw new DataException(configFile + ": no such config file");
    }
    ConfigFile config =
        Files.exists(cfg) ? ConfigFile.read(cfg, names) : new ConfigFile(KpikitConfig.DEFAULT, List.of());
    Map<Dataset, List<String>> inputs = new EnumMap<>(Dataset.class);
    for (Dataset d : Dataset.values()) {
      List<String> files = discover(dir, d, config.config().dataset(d));
      if (!files.isEmpty()) {
        inputs.put(d, files);
      }
    }
    return new DataFolder(dir, config, inputs);
  }

  private static List<String> discover(Path dir, Dataset d, DatasetConfig dc) {
    if (dc.path() != null) {
      return InputFiles.expand(dir, dc.path());
    }
    List<Path> candidates = new ArrayList<>();
    try (Stream<Path> s = Files.list(dir)) {
      s.filter(p -> matchesStem(p, d.fileStem())).sorted().forEach(candidates::add);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + dir + ": " + e.getMessage(), e);
    }
    if (candidates.size() > 1) {
      throw new DataException(
          dir
              + ": several files could hold "
              + d.fileStem()
              + " ("
              + candidates.stream()
                  .map(p -> p.getFileName().toString())
                  .collect(Collectors.joining(", "))
              + "); say which in datasets."
              + d.fileStem()
              + ".path of kpikit.yaml");
    }
    // the listed path already includes dir: expand its file name, not dir/dir/name
    return candidates.isEmpty() ? List.of() : InputFiles.expand(dir, candidates.get(0).getFileName().toString());
  }

  private static boolean matchesStem(Path p, String stem) {
    return holds(p.getFileName().toString(), Files.isDirectory(p), stem);
  }

  /**
   * The naming convention of a data folder: a folder named after the dataset ({@code orders/}), or
   * a data file whose name up to the first dot is ({@code orders.csv.gz}). Other file systems
   * (kpikit-spark's Hadoop listing) discover with the same rule.
   *
   * @param name a file or folder name, without its parent
   * @param isDirectory whether it is a folder
   * @param stem a dataset's file stem ({@link Dataset#fileStem()})
   * @return true when the entry holds that dataset
   */
  public static boolean holds(String name, boolean isDirectory, String stem) {
    if (isDirectory) {
      return name.equals(stem);
    }
    return InputFiles.isDataFile(name) && name.substring(0, name.indexOf('.') < 0 ? name.length() : name.indexOf('.')).equals(stem);
  }

  /**
   * The exchange-rates file of a folder: {@code fx_rates.path} of its config, else {@code
   * fx_rates.csv} when present.
   *
   * @param dir the data folder
   * @param config its config
   * @return the file (which may not exist when the config names it), or null when there is none
   */
  public static Path fxRatesFile(Path dir, KpikitConfig config) {
    FxRatesConfig fx = config.fxRates();
    if (fx != null && fx.path() != null) {
      return dir.resolve(fx.path());
    }
    Path conventional = dir.resolve(FX_RATES_FILE);
    return Files.exists(conventional) ? conventional : null;
  }

  /**
   * Where a folder's amounts in other currencies are converted from, for metrics.json and reports.
   *
   * @param dir the data folder, or null
   * @param config its config
   * @return e.g. {@code eurofxref-hist.csv (ECB reference rates, via EUR)}, or null without rates
   */
  public static String fxRatesSource(Path dir, KpikitConfig config) {
    Path file = dir == null ? null : fxRatesFile(dir, config);
    if (file == null) {
      return null;
    }
    boolean ecb = config.fxRates() != null && FxRatesConfig.ECB.equals(config.fxRates().preset());
    return file.getFileName() + (ecb ? " (ECB reference rates, via EUR)" : " (date, currency, rate)");
  }

  /** @return the folder */
  public Path dir() {
    return dir;
  }

  /** @return the folder's config ({@link KpikitConfig#DEFAULT} without {@code kpikit.yaml}) */
  public KpikitConfig config() {
    return config.config();
  }

  /**
   * @return the unknown keys and names of the folder's config, which it ignores (each with its line
   *     and the nearest known name); empty for a clean config or none
   */
  public List<ConfigIssue> configIssues() {
    return config.issues();
  }

  /** @return the datasets found, each with its files in reading order */
  public Map<Dataset, List<String>> inputs() {
    return inputs;
  }

  /**
   * @param dataset a dataset
   * @return true when the folder has files for it
   */
  public boolean has(Dataset dataset) {
    return inputs.containsKey(dataset);
  }

  /**
   * Loads one dataset with the folder's config.
   *
   * @param dataset a dataset the folder {@linkplain #has has}
   * @return the table and its ledger
   * @throws DataException when the folder has no files for it, or as {@link DatasetLoader#load}
   */
  public LoadResult load(Dataset dataset) {
    return load(dataset, null);
  }

  /**
   * As {@link #load(Dataset)}, loading only the extra columns (those that map to no canonical
   * column) that {@code keepExtra} accepts.
   *
   * @param dataset a dataset the folder {@linkplain #has has}
   * @param keepExtra accepts the file names of the extra columns to load; null for all
   * @return the table and its ledger
   * @throws DataException as {@link #load(Dataset)}
   */
  public LoadResult load(Dataset dataset, java.util.function.Predicate<String> keepExtra) {
    List<String> files = inputs.get(dataset);
    if (files == null) {
      throw new DataException(
          dir + ": no " + dataset.fileStem() + " file (expected " + dataset.fileStem() + ".csv)");
    }
    LoadOptions options = config().dataset(dataset).toLoadOptions(config().timezone())
        .toBuilder().extraColumns(keepExtra).build();
    return afterLoad(dataset, DatasetLoader.load(dataset, files, options));
  }

  /**
   * What {@link #load} does after reading the files: converts currencies with the folder's {@link
   * #fxRates()} and applies the dataset's policies of {@code kpikit.yaml} (refunds at order date for
   * {@code orders}; discounts, trials and the past-due grace for {@code customers}). Another engine
   * that reads the files itself (kpikit-spark) finishes its load here, so the rules stay one.
   *
   * @param dataset a dataset the folder {@linkplain #has has}
   * @param loaded the rows read from the folder's files for it, in file order
   * @return the result the metrics read
   * @throws DataException as {@link #fxRates()}
   */
  public LoadResult afterLoad(Dataset dataset, LoadResult loaded) {
    List<String> files = inputs.get(dataset);
    LoadOptions options = config().dataset(dataset).toLoadOptions(config().timezone());
    LoadResult converted =
        CurrencyConversion.apply(
            loaded,
            fxRates(),
            (file, rows, rejectedLines) ->
                RowLines.locate(dataset, files.get(file), options, rows, rejectedLines));
    if (dataset == Dataset.ORDERS) {
      return RefundDating.apply(converted, config().policies().refundsAtOrder());
    }
    if (dataset != Dataset.CUSTOMERS) {
      return converted;
    }
    LoadResult net = DiscountPolicy.apply(converted, config().policies().discountsAreNetted());
    LoadResult paid = TrialPolicy.apply(net, config().policies().trialsArePaidOnly());
    return PastDueGrace.apply(paid, config().policies().graceDays());
  }

  /**
   * The exchange rates to the reporting currency: the file of {@code fx_rates.path} in {@code
   * kpikit.yaml}, else {@code fx_rates.csv} of the folder when present; read once.
   *
   * @return the rates, or null when the folder has none
   * @throws DataException when there are rates but no reporting {@code currency}, or as {@link
   *     FxRates#read}
   */
  public synchronized FxRates fxRates() {
    if (fxRatesRead) {
      return fxRates;
    }
    FxRatesConfig fx = config().fxRates();
    Path file = fxRatesFile(dir, config());
    String path = file == null ? null : file.toString();
    if (path != null && !Files.exists(file)) {
      throw new DataException(path + ": no such rates file (fx_rates.path in kpikit.yaml)");
    }
    if (path != null && config().currency() == null) {
      throw new DataException(
          dir + ": exchange rates (" + Path.of(path).getFileName() + ") need a reporting currency:"
              + " set currency: (e.g. currency: EUR) in kpikit.yaml");
    }
    fxRates = path == null ? null : FxRates.read(path, fx == null ? null : fx.preset(), config().currency());
    fxRatesRead = true;
    return fxRates;
  }

  /**
   * Loads every dataset the folder has, in {@link Dataset} order.
   *
   * @return the results by dataset
   */
  public Map<Dataset, LoadResult> loadAll() {
    Map<Dataset, LoadResult> all = new EnumMap<>(Dataset.class);
    inputs.keySet().forEach(d -> all.put(d, load(d)));
    return all;
  }
}
