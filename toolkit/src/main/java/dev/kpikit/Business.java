package dev.kpikit;

import dev.kpikit.clv.CustomerValueQuery;
import dev.kpikit.clv.CustomerValueSettings;
import dev.kpikit.config.ConfigIssue;
import dev.kpikit.config.KpikitConfig;
import dev.kpikit.load.DataException;
import dev.kpikit.config.DataFolder;
import dev.kpikit.load.LoadResult;
import dev.kpikit.metrics.MetricInputs;
import dev.kpikit.metrics.MetricOptions;
import dev.kpikit.metrics.MetricTable;
import dev.kpikit.metrics.MetricTables;
import dev.kpikit.metrics.Scorecard;
import dev.kpikit.schema.Dataset;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.Table;

/**
 * A business's data folder, loaded on demand, and its metrics: the entry point of the Java API.
 *
 * <pre>{@code
 * Business b = Kpikit.open("data-samples/northwind-coffee");
 * Table byRegion = b.revenue().by("region").grain(Grain.QUARTER).table(); // quarter, region, orders, ...
 * }</pre>
 *
 * <p>Each named method ({@link #revenue()}, {@link #cac()}, ...) returns a {@link Metric} query;
 * its {@link Metric#table()} computes. The example is a snippet of the README that the tests run
 * ({@code docs/JavadocExamplesTest}).
 *
 * <p>Datasets are loaded the first time a metric needs them and kept. The analysis closes at
 * {@link #asOf()}: the CLI's {@code --as-of}, else {@code as_of} in {@code kpikit.yaml}, else the
 * last date in the data (the latest order date, spell start or end, inventory snapshot, hire or
 * termination date).
 *
 * @since 0.1.0
 */
public final class Business {
  private final DataFolder folder;
  private final Map<Dataset, LoadResult> loaded;
  private final LocalDate asOfOverride;
  /** Reads the datasets; null reads them in this JVM ({@link DataFolder#load}). */
  private final LoadEngine engine;
  private final String unitOverride;
  private final MetricInputs inputs;
  private final String unitName;

  /**
   * The unit splits of this business and of its {@link #asOf}/{@link #withUnit} copies, by unit
   * column: shared like {@link #loaded}, so the units table and the units' own runs slice the data
   * and index each unit's orders once.
   */
  private final Map<String, dev.kpikit.metrics.UnitSplit> splits;

  /** Which extra columns of orders are loaded; null for all. */
  private final Predicate<String> orderExtras;

  /**
   * The orders the engine keeps elsewhere ({@link RemoteOrders}) and what read them on the driver:
   * shared like {@link #loaded}.
   */
  private final KeptOrders kept;

  Business(DataFolder folder, LocalDate asOf) {
    this(folder, new EnumMap<>(Dataset.class), new KeptOrders(), new java.util.concurrent.ConcurrentHashMap<>(), asOf,
        null, null, null, null, null);
  }

  private Business(DataFolder folder, Map<Dataset, LoadResult> loaded, KeptOrders kept,
      Map<String, dev.kpikit.metrics.UnitSplit> splits, LocalDate asOf, String unit,
      MetricInputs unitInputs, String unitName, LoadEngine engine, Predicate<String> orderExtras) {
    this.folder = folder;
    this.loaded = loaded;
    this.kept = kept;
    this.splits = splits;
    this.asOfOverride = asOf;
    this.engine = engine;
    this.unitOverride = unit;
    this.inputs = unitInputs != null ? unitInputs : new WholeInputs();
    this.unitName = unitName;
    this.orderExtras = orderExtras;
  }

  /**
   * This business reading its datasets with another engine (e.g. kpikit-spark's, from {@link
   * LoadEngines#named}); nothing loaded so far is kept, and the metrics are computed by the same
   * code as ever.
   *
   * @param engine the engine, or null to read in this JVM
   * @return a new business over the same folder and as-of date
   */
  public Business loadingWith(LoadEngine engine) {
    return new Business(folder, new EnumMap<>(Dataset.class), new KeptOrders(), new java.util.concurrent.ConcurrentHashMap<>(),
        asOfOverride, unitOverride, null, null, engine, orderExtras);
  }

  /**
   * @param column the column that names the units (e.g. {@code store}), or null for none
   * @return this business divided into units by that column instead of the config's {@code unit}
   *     (sharing what was loaded)
   * @since 0.3.0
   */
  public Business withUnit(String column) {
    return new Business(folder, loaded, kept, splits, asOfOverride, column, null, null, engine, orderExtras);
  }

  /**
   * @return the column that names the units: {@link #withUnit}'s, else {@code unit} in {@code
   *     kpikit.yaml}, else null (a unit's own view has none)
   * @since 0.3.0
   */
  public String unitColumn() {
    return inputs.unitColumn();
  }

  /**
   * @return the unit this business is a view of ({@link Units#unit}), or null for the whole business
   * @since 0.3.0
   */
  public String unitName() {
    return unitName;
  }

  /**
   * The business divided into its units, e.g. {@code b.by("store").unit("Harbour St").revenue()}:
   * each unit is a business of its own rows, the shared datasets allocated as {@code
   * unit_allocation} says ({@link dev.kpikit.metrics.UnitSplit}).
   *
   * <pre>{@code
   * Business b = Kpikit.open("data-samples/northwind-coffee");
   * Units regions = b.by("region");
   * Table west = regions.unit("west").revenue().table(); // the west's own revenue_monthly
   * Table league = regions.table();                       // metrics/units.csv
   * }</pre>
   *
   * @param column the unit column of {@code orders} (and of any other dataset that has it)
   * @return the units, closed at this business's {@link #asOf()}
   * @throws dev.kpikit.metrics.NotComputableException when orders have no such column
   * @since 0.3.0
   */
  public Units by(String column) {
    Business divided = withUnit(java.util.Objects.requireNonNull(column, "column")).asOf(asOf());
    return new Units(divided, divided.inputs.unitSplit(column));
  }

  /** A view of one unit: its own tables, the whole business's loads, ledger and as-of date. */
  Business unitView(String name, MetricInputs unitInputs) {
    return new Business(folder, loaded, kept, splits, asOf(), null, unitInputs, name, engine, orderExtras);
  }

  /** @return the data folder with its discovered files and config */
  public DataFolder folder() {
    return folder;
  }

  /**
   * @return the unknown keys, datasets, KPIs (under {@code targets}) and balances (under {@code
   *     bands}) of the folder's {@code kpikit.yaml}, which kpikit ignores; each names its line and
   *     the nearest known name
   */
  public List<ConfigIssue> configIssues() {
    return folder.configIssues();
  }

  /**
   * @return the folder's {@code kpikit.yaml} (defaults when absent), with {@link #withUnit}'s unit
   *     column when one was given
   */
  public KpikitConfig config() {
    return unitOverride == null ? folder.config() : folder.config().withUnit(unitOverride);
  }

  /**
   * @param dataset a dataset
   * @return true when the folder has files for it
   */
  public boolean has(Dataset dataset) {
    return inputs.has(dataset);
  }

  /**
   * Loads a dataset (once; later calls return the same result).
   *
   * <p>The result's table is the one this business computes from: read it, but do not change it in
   * place (the metrics index it once and would not notice). {@link #orders()} and the other
   * accessors give copies to edit.
   *
   * @param dataset a dataset the folder has
   * @return the table and its ledger
   * @throws DataException when the folder has no such files or they cannot be read
   */
  public synchronized LoadResult load(Dataset dataset) {
    RemoteOrders remote = dataset == Dataset.ORDERS ? remoteOrders() : null;
    if (remote != null) {
      kept.noteReader(loaded.containsKey(dataset));
    }
    return loaded.computeIfAbsent(
        dataset, d -> remote != null ? remote.collect()
            : engine != null ? engine.load(folder, d)
            : d == Dataset.ORDERS && orderExtras != null ? folder.load(d, orderExtras) : folder.load(d));
  }

  /**
   * A dataset's load for its ledger (rows read, loaded and rejected per file, rejects, shape):
   * {@link #load}, except for orders its engine keeps elsewhere ({@link
   * LoadEngine#keepOrders}), which stay there: then their {@link RemoteOrders#ledger()}, whose
   * table has the columns and no rows, unless the rows were already brought here. What {@code
   * kpikit metrics} logs and writes to {@code quality.csv} and {@code run.json}.
   *
   * @param dataset a dataset the folder has
   * @return its load, or the ledger of orders kept elsewhere (never compute from its table)
   * @throws DataException when the folder has no such files or they cannot be read
   * @since 0.3.0
   */
  public LoadResult ledger(Dataset dataset) {
    RemoteOrders remote = dataset == Dataset.ORDERS ? remoteOrders() : null;
    if (remote == null) {
      return load(dataset);
    }
    LoadResult collected = loaded.get(Dataset.ORDERS);
    return collected != null ? collected : remote.ledger();
  }

  /**
   * @return the orders this business's engine keeps where it read them, read there on first use;
   *     null when it reads in this JVM or hands back rows only
   */
  RemoteOrders remoteOrders() {
    if (engine == null || unitName != null || !folder.has(Dataset.ORDERS)) { // a unit computes from its own rows
      return null;
    }
    return kept.of(() -> engine.keepOrders(folder));
  }

  /**
   * What read this business's orders on the driver although its engine keeps them where it read
   * them ({@link RemoteOrders}): the metric tables the engine does not compute there, and {@code
   * the Java API} when a direct call ({@link #orders()}, {@link #load}, {@link #inputs()}) brought
   * them over. Each is listed once, in the order it asked.
   *
   * @return the readers; empty when the orders never came to the driver or the engine does not
   *     keep them
   * @since 0.3.0
   */
  public List<String> ordersCollectedFor() {
    return kept.readers();
  }

  /**
   * @return the one line a run prints when {@link #ordersCollectedFor()} is not empty ({@link
   *     RemoteOrders#collectedLine}), else empty
   * @since 0.3.0
   */
  public Optional<String> ordersCollectedNote() {
    List<String> readers = ordersCollectedFor();
    return readers.isEmpty() ? Optional.empty() : Optional.of(RemoteOrders.collectedLine(engine.name(), readers));
  }

  /**
   * The orders an engine keeps and who read them on the driver, shared by a business and its
   * {@link #asOf}, {@link #withUnit} and unit views.
   */
  static final class KeptOrders {
    /** The table a run is computing on this thread ({@code AllMetrics}), for {@link #noteReader(boolean)}. */
    static final ThreadLocal<String> COMPUTING = new ThreadLocal<>();

    /** What a reader outside a run's table computation is called. */
    static final String API = "the Java API";

    private boolean asked;
    private RemoteOrders orders;
    private final java.util.LinkedHashSet<String> readers = new java.util.LinkedHashSet<>();

    synchronized RemoteOrders of(java.util.function.Supplier<RemoteOrders> keep) {
      if (!asked) {
        orders = keep.get();
        asked = true;
      }
      return orders;
    }

    /**
     * Notes who read the orders on the driver: the table being computed on this thread; else, when
     * this read brings them over, the API (a later read outside a table, such as a unit's slice
     * of orders already here, is no reason of its own).
     */
    synchronized void noteReader(boolean alreadyHere) {
      String table = COMPUTING.get();
      if (table != null) {
        readers.add(table);
      } else if (!alreadyHere) {
        readers.add(API);
      }
    }

    synchronized List<String> readers() {
      return List.copyOf(readers);
    }
  }

  /**
   * This business loading only some of the extra columns of {@code orders} (those that map to no
   * canonical column): for a run that reads no other, such as {@code kpikit metrics}, 11 unused
   * columns of a 20-column export at 10M rows are 440 MB it need not hold. Datasets already loaded
   * stay as they are (and are shared).
   *
   * @param keep accepts the file names of the extra order columns to load
   * @return this business loading orders so
   */
  public Business withOrderExtraColumns(Predicate<String> keep) {
    return new Business(folder, loaded, kept, splits, asOfOverride, unitOverride, unitName == null ? null : inputs, unitName,
        engine, keep);
  }

  /**
   * The loaded tables, each as a copy the caller owns: editing one in place (a notebook cleaning a
   * column) changes neither this business's metrics nor the next call's table. Metrics of this
   * business always read the tables as loaded; to compute from an edited table, pass it to the
   * metric functions (e.g. {@code RevenueMetrics.table(edited, b.options())}).
   *
   * @return the typed {@code orders} table, a copy
   */
  public Table orders() {
    return own(Dataset.ORDERS).copy();
  }

  /** @return the typed {@code customers} table (spells or tenure shape), a copy (see {@link #orders()}) */
  public Table customers() {
    return own(Dataset.CUSTOMERS).copy();
  }

  /** @return the typed {@code marketing_spend} table, a copy (see {@link #orders()}) */
  public Table marketingSpend() {
    return own(Dataset.MARKETING_SPEND).copy();
  }

  /** @return the typed {@code inventory} table, a copy (see {@link #orders()}) */
  public Table inventory() {
    return own(Dataset.INVENTORY).copy();
  }

  /** @return the typed {@code employees} table (spells or snapshot shape), a copy (see {@link #orders()}) */
  public Table employees() {
    return own(Dataset.EMPLOYEES).copy();
  }

  /** @return the typed {@code financials} table, a copy (see {@link #orders()}) */
  public Table financials() {
    return own(Dataset.FINANCIALS).copy();
  }

  /**
   * @param date the last day of the analysis
   * @return this business closed at another date (sharing what was loaded)
   */
  public Business asOf(LocalDate date) {
    return new Business(folder, loaded, kept, splits, date, unitOverride, unitName == null ? null : inputs, unitName, engine,
        orderExtras);
  }

  /**
   * The date that closes the analysis.
   *
   * @return the override, else the config's {@code as_of}, else the last date in the data, else,
   *     when every dataset present has a shape without dates (a tenure {@code customers} export
   *     such as IBM Telco, a snapshot {@code employees} export such as IBM HR), today in the business
   *     time zone: such a snapshot describes the day it is read, and its metrics do not depend on the date
   * @throws DataException when there is no date anywhere in data whose shape has dates
   */
  public LocalDate asOf() {
    if (asOfOverride != null) {
      return asOfOverride;
    }
    if (config().asOf() != null) {
      return config().asOf();
    }
    LocalDate last = null;
    last = latest(last, Dataset.ORDERS, "order_date");
    last = latest(last, Dataset.CUSTOMERS, "start_date", "end_date");
    last = latest(last, Dataset.INVENTORY, "date");
    last = latest(last, Dataset.EMPLOYEES, "hire_date", "termination_date");
    if (last == null && isSnapshotOnly()) {
      return LocalDate.now(config().timezone());
    }
    if (last == null) {
      throw new DataException(
          folder.dir() + ": no dates to close the analysis at; give --as-of or as_of in kpikit.yaml");
    }
    return last;
  }

  /** @return true when some dataset is present and none of them has a shape with dates */
  private boolean isSnapshotOnly() {
    boolean any = false;
    for (Dataset d : Dataset.values()) {
      if (has(d)) {
        any = true;
        String shape = ledger(d).shape().name();
        boolean dateless = d == Dataset.CUSTOMERS && shape.equals("tenure")
            || d == Dataset.EMPLOYEES && shape.equals("snapshot");
        if (!dateless) {
          return false;
        }
      }
    }
    return any;
  }

  private LocalDate latest(LocalDate so, Dataset d, String... columns) {
    if (!has(d)) {
      return so;
    }
    RemoteOrders remote = d == Dataset.ORDERS && !loaded.containsKey(d) ? remoteOrders() : null;
    if (remote != null) { // the engine's aggregate: the rows stay where they are
      LocalDate max = remote.lastOrderDate();
      return max != null && (so == null || max.isAfter(so)) ? max : so;
    }
    Table t = load(d).table();
    for (String c : columns) {
      if (t.containsColumn(c) && t.column(c) instanceof DateColumn dates && dates.countMissing() < dates.size()) {
        LocalDate max = dates.max();
        so = so == null || max.isAfter(so) ? max : so;
      }
    }
    return so;
  }

  /** @return monthly options at {@link #asOf()} without a dimension */
  public MetricOptions options() {
    return MetricOptions.monthly(asOf());
  }

  /**
   * Customer-level predictions (BG/NBD or Pareto/NBD with Gamma-Gamma spend): P(alive), expected
   * purchases, expected spend and CLV per customer, with holdout validation and tracking.
   * Defaults come from the {@code customer_value} section of {@code kpikit.yaml}.
   *
   * @return the query; e.g. {@code customerValue().model("pareto-nbd").predictions()}
   */
  public CustomerValueQuery customerValue() {
    return new CustomerValueQuery(
        this::orders, CustomerValueSettings.of(config().customerValue(), asOf()));
  }

  /** @return {@code revenue_monthly}: revenue, cost, margin, orders, customers, AOV per period */
  public Metric revenue() {
    return metric(MetricTables.REVENUE_MONTHLY);
  }

  /** @return {@code new_customers_monthly}: new customers per period and acquisition channel */
  public Metric newCustomers() {
    return metric(MetricTables.NEW_CUSTOMERS_MONTHLY);
  }

  /** @return {@code cac_monthly}: acquisition spend / new customers per period and channel */
  public Metric cac() {
    return metric(MetricTables.CAC_MONTHLY);
  }

  /** @return {@code cohort_retention}: share of each cohort active k periods later */
  public Metric cohortRetention() {
    return metric(MetricTables.COHORT_RETENTION);
  }

  /** @return {@code cohort_revenue_retention}: cohort revenue k periods later / first period */
  public Metric cohortRevenueRetention() {
    return metric(MetricTables.COHORT_REVENUE_RETENTION);
  }

  /** @return {@code repeat_purchase_rate}: customers with 2+ orders / customers, by channel */
  public Metric repeatPurchase() {
    return metric(MetricTables.REPEAT_PURCHASE_RATE);
  }

  /**
   * @return {@code churn_monthly} (computed by {@link dev.kpikit.metrics.LogoChurn}): subscription
   *     customers at the start and end of each period, new, reactivated, churned, and the logo
   *     churn rate
   * @since 0.2.0
   */
  public Metric logoChurn() {
    return metric(MetricTables.CHURN_MONTHLY);
  }

  /**
   * @return {@link #logoChurn()}
   * @deprecated since 0.2.0, for removal in 1.0: renamed {@link #logoChurn()}, the name of the
   *     concept ({@code LogoChurn}, {@code logo_churn_rate})
   */
  @Deprecated(since = "0.2.0", forRemoval = true)
  public Metric churn() {
    return logoChurn();
  }

  /** @return {@code mrr_movements}: the MRR bridge with NRR, GRR and quick ratio */
  public Metric mrrMovements() {
    return metric(MetricTables.MRR_MOVEMENTS);
  }

  /**
   * @return {@code survival}: Kaplan–Meier curve of customer lifetimes (days for spells, months
   *     for the tenure shape)
   */
  public Metric survival() {
    return metric(MetricTables.SURVIVAL);
  }

  /** @return {@code tenure_churn}: churned / customers of a tenure-shaped export */
  public Metric tenureChurn() {
    return metric(MetricTables.TENURE_CHURN);
  }

  /**
   * @return {@code unit_economics}: CAC, ARPA, margin, churn, LTV, LTV:CAC and payback by
   *     acquisition channel over the trailing twelve months (always monthly, by channel)
   */
  public Metric unitEconomics() {
    return metric(MetricTables.UNIT_ECONOMICS);
  }

  /**
   * @return {@code balances}: the opposing measures of DESIGN §4 with index, band and status; a
   *     balance whose data is absent has status {@code missing_data}
   */
  public Metric balances() {
    return metric(MetricTables.BALANCES);
  }

  /**
   * @return {@code scorecard}: the KPIs in the Balanced Scorecard's four perspectives with targets
   *     from the config and the trend over the last three complete periods (computes every table)
   */
  public Metric scorecard() {
    return metric(Scorecard.TABLE, o -> computeAll(o).tables().get(Scorecard.TABLE));
  }

  /** @return {@code inventory_turnover}: COGS / average inventory value, and DIO */
  public Metric inventoryTurnover() {
    return metric(MetricTables.INVENTORY_TURNOVER);
  }

  /** @return {@code employee_turnover}: headcount, hires, separations and turnover rates */
  public Metric employeeTurnover() {
    return metric(MetricTables.EMPLOYEE_TURNOVER);
  }

  /** @return {@code hire_retention}: share of each month's hires still employed 12 months later */
  public Metric hireRetention() {
    return metric(MetricTables.HIRE_RETENTION);
  }

  /** @return {@code attrition}: leavers / employees of a snapshot-shaped HR export */
  public Metric attrition() {
    return metric(MetricTables.ATTRITION);
  }

  /** @return {@code financial_ratios}: current ratio, debt to equity, coverage, spend ratios */
  public Metric financialRatios() {
    return metric(MetricTables.FINANCIAL_RATIOS);
  }

  /**
   * @return the outlook: a driver-based Monte Carlo forecast of revenue, new and active customers
   *     (and MRR for subscriptions) with scenarios, configured by the {@code forecast} and {@code
   *     scenarios} sections of {@code kpikit.yaml}
   */
  public dev.kpikit.ForecastQuery forecast() {
    return dev.kpikit.ForecastQuery.of(this);
  }

  /**
   * Computes every metric table the data allows, with the ledger of every input: what {@code
   * kpikit metrics} writes.
   *
   * @param options grain, as-of date and dimension for every table
   * @return the run: loads, tables, skipped tables with the reason, KPIs, timings
   * @throws DataException when an input cannot be read
   */
  public dev.kpikit.report.MetricRun computeAll(MetricOptions options) {
    return AllMetrics.compute(this, options);
  }

  private Metric metric(String name, Function<MetricOptions, Table> compute) {
    return new Metric(name, options(), compute);
  }

  /**
   * Any metric table by name, e.g. {@code metric("cac_monthly")}: the same query as the named
   * methods ({@link #cac()}), and the way to reach a table that has no named method.
   *
   * @param table a table of {@link MetricTables#ALL} other than {@code scorecard}
   * @return the query
   * @throws IllegalArgumentException naming the known tables when there is no such table
   */
  public Metric metric(String table) {
    MetricTable t = MetricTables.named(table);
    return t.isComputed() ? metric(t) : scorecard();
  }

  private Metric metric(MetricTable table) {
    return metric(table.name(), o -> {
      RemoteOrders remote = unitName == null && table != MetricTables.UNITS ? remoteOrders() : null;
      if (remote != null && remote.computes(table.name())) {
        return remote.compute(table.name(), inputs, o); // where the engine keeps the orders
      }
      KeptOrders.COMPUTING.set(table.name());
      try {
        return table.compute().apply(inputs, o);
      } finally {
        KeptOrders.COMPUTING.remove();
      }
    });
  }

  /**
   * What the metric tables' compute functions ({@link dev.kpikit.metrics.MetricTable#compute()})
   * read: this business's own loaded tables, to read only. For an engine that computes some tables
   * elsewhere (kpikit-spark) and for tests that compare a table with another computation.
   *
   * @return the inputs, loading each dataset on first use
   * @since 0.3.0
   */
  public MetricInputs inputs() {
    return inputs;
  }

  /** The whole business's inputs: the loaded tables themselves. */
  private final class WholeInputs extends MetricInputs {
    @Override
    public Set<Dataset> datasets() {
      return folder.inputs().keySet();
    }

    @Override
    public Table table(Dataset d) {
      return load(d).table();
    }

    @Override
    public String shape(Dataset d) {
      return ledger(d).shape().name();
    }

    @Override
    public Map<String, double[]> bands() {
      return config().bands();
    }

    @Override
    public String unitColumn() {
      return config().unit();
    }

    @Override
    public String allocation(Dataset d) {
      return config().allocation(d);
    }

    @Override
    public dev.kpikit.metrics.UnitSplit unitSplit(String column) {
      return splits.computeIfAbsent(column, c -> dev.kpikit.metrics.UnitSplit.of(this, c));
    }
  }

  /** The table this business computes from (a unit's own rows in a unit view): never handed out. */
  private Table own(Dataset d) {
    return inputs.table(d);
  }

  /**
   * @param dataset a dataset
   * @return its load result if it was already loaded
   */
  public Optional<LoadResult> loadedResult(Dataset dataset) {
    return Optional.ofNullable(loaded.get(dataset));
  }

  @Override
  public String toString() {
    return "Business " + folder.dir() + (unitName == null ? "" : " unit " + unitName) + " " + inputs.datasets();
  }
}
