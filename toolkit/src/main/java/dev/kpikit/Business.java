package dev.kpikit;

import dev.kpikit.clv.CustomerValueQuery;
import dev.kpikit.clv.CustomerValueSettings;
import dev.kpikit.config.KpikitConfig;
import dev.kpikit.load.DataException;
import dev.kpikit.load.DataFolder;
import dev.kpikit.load.LoadResult;
import dev.kpikit.metrics.Attrition;
import dev.kpikit.metrics.Balances;
import dev.kpikit.metrics.Scorecard;
import dev.kpikit.metrics.UnitEconomics;
import dev.kpikit.metrics.Cac;
import dev.kpikit.metrics.CohortRetention;
import dev.kpikit.metrics.EmployeeTurnover;
import dev.kpikit.metrics.FinancialRatios;
import dev.kpikit.metrics.HireRetention;
import dev.kpikit.metrics.InventoryTurnover;
import dev.kpikit.metrics.LogoChurn;
import dev.kpikit.metrics.MetricOptions;
import dev.kpikit.metrics.MrrMovements;
import dev.kpikit.metrics.NewCustomers;
import dev.kpikit.metrics.OrderFactsCache;
import dev.kpikit.metrics.RepeatPurchase;
import dev.kpikit.metrics.RevenueMetrics;
import dev.kpikit.metrics.Survival;
import dev.kpikit.metrics.TenureChurn;
import dev.kpikit.schema.Dataset;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.Table;

/**
 * A business's data folder, loaded on demand, and its metrics: the entry point of the Java API.
 *
 * <pre>{@code
 * Business b = Kpikit.open("data-samples/northwind-coffee");
 * Table cac = b.cac().by("region").monthly();
 * System.out.println(cac.print());
 * }</pre>
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
  /** Indexed orders shared by the order metrics (the loaded tables are never changed). */
  private final OrderFactsCache facts = OrderFactsCache.create();

  Business(DataFolder folder, LocalDate asOf) {
    this(folder, new EnumMap<>(Dataset.class), asOf);
  }

  private Business(DataFolder folder, Map<Dataset, LoadResult> loaded, LocalDate asOf) {
    this.folder = folder;
    this.loaded = loaded;
    this.asOfOverride = asOf;
  }

  /** @return the data folder with its discovered files and config */
  public DataFolder folder() {
    return folder;
  }

  /** @return the folder's {@code kpikit.yaml} (defaults when absent) */
  public KpikitConfig config() {
    return folder.config();
  }

  /**
   * @param dataset a dataset
   * @return true when the folder has files for it
   */
  public boolean has(Dataset dataset) {
    return folder.has(dataset);
  }

  /**
   * Loads a dataset (once; later calls return the same result).
   *
   * @param dataset a dataset the folder has
   * @return the table and its ledger
   * @throws DataException when the folder has no such files or they cannot be read
   */
  public synchronized LoadResult load(Dataset dataset) {
    return loaded.computeIfAbsent(dataset, folder::load);
  }

  /** @return the typed {@code orders} table */
  public Table orders() {
    return load(Dataset.ORDERS).table();
  }

  /** @return the typed {@code customers} table (spells or tenure shape) */
  public Table customers() {
    return load(Dataset.CUSTOMERS).table();
  }

  /** @return the typed {@code marketing_spend} table */
  public Table marketingSpend() {
    return load(Dataset.MARKETING_SPEND).table();
  }

  /** @return the typed {@code inventory} table */
  public Table inventory() {
    return load(Dataset.INVENTORY).table();
  }

  /** @return the typed {@code employees} table (spells or snapshot shape) */
  public Table employees() {
    return load(Dataset.EMPLOYEES).table();
  }

  /** @return the typed {@code financials} table */
  public Table financials() {
    return load(Dataset.FINANCIALS).table();
  }

  /**
   * @param date the last day of the analysis
   * @return this business closed at another date (sharing what was loaded)
   */
  public Business asOf(LocalDate date) {
    return new Business(folder, loaded, date);
  }

  /**
   * The date that closes the analysis.
   *
   * @return the override, else the config's {@code as_of}, else the last date in the data
   * @throws DataException when there is no date anywhere in the data
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
    if (last == null) {
      throw new DataException(
          folder.dir() + ": no dates to close the analysis at; give --as-of or as_of in kpikit.yaml");
    }
    return last;
  }

  private LocalDate latest(LocalDate so, Dataset d, String... columns) {
    if (!has(d)) {
      return so;
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
    return metric(RevenueMetrics.TABLE, o -> RevenueMetrics.table(orders(), o, facts));
  }

  /** @return {@code new_customers_monthly}: new customers per period and acquisition channel */
  public Metric newCustomers() {
    return metric(NewCustomers.TABLE, o -> NewCustomers.table(orders(), spellsOrNull(), o, facts));
  }

  /** @return {@code cac_monthly}: acquisition spend / new customers per period and channel */
  public Metric cac() {
    return metric(Cac.TABLE, o -> Cac.table(orders(), spellsOrNull(), marketingSpend(), o, facts));
  }

  /** @return {@code cohort_retention}: share of each cohort active k periods later */
  public Metric cohortRetention() {
    return metric(CohortRetention.CUSTOMERS_TABLE, o -> CohortRetention.customers(orders(), o, CohortRetention.ALL_OFFSETS, facts));
  }

  /** @return {@code cohort_revenue_retention}: cohort revenue k periods later / first period */
  public Metric cohortRevenueRetention() {
    return metric(CohortRetention.REVENUE_TABLE, o -> CohortRetention.revenue(orders(), o, CohortRetention.ALL_OFFSETS, facts));
  }

  /** @return {@code repeat_purchase_rate}: customers with 2+ orders / customers, by channel */
  public Metric repeatPurchase() {
    return metric(RepeatPurchase.TABLE, o -> RepeatPurchase.table(orders(), o, facts));
  }

  /** @return {@code churn_monthly}: subscription customers gained and lost per period */
  public Metric churn() {
    return metric(LogoChurn.TABLE, o -> LogoChurn.byPeriod(spells(), o));
  }

  /** @return {@code mrr_movements}: the MRR bridge with NRR, GRR and quick ratio */
  public Metric mrrMovements() {
    return metric(MrrMovements.TABLE, o -> MrrMovements.byPeriod(spells(), o));
  }

  /**
   * @return {@code survival}: Kaplan–Meier curve of customer lifetimes (days for spells, months
   *     for the tenure shape)
   */
  public Metric survival() {
    return metric(
        Survival.TABLE,
        o -> isSpells() ? Survival.fromSpells(customers(), o) : Survival.fromTenure(customers(), o.by()));
  }

  /** @return {@code tenure_churn}: churned / customers of a tenure-shaped export */
  public Metric tenureChurn() {
    return metric(TenureChurn.TABLE, o -> TenureChurn.rates(tenure(), o.by()));
  }

  /**
   * @return {@code unit_economics}: CAC, ARPA, margin, churn, LTV, LTV:CAC and payback by
   *     acquisition channel over the trailing twelve months (always monthly, by channel)
   */
  public Metric unitEconomics() {
    return metric(
        UnitEconomics.TABLE,
        o -> UnitEconomics.table(orders(), spellsOrNull(), tableOrNull(Dataset.MARKETING_SPEND), o, facts));
  }

  /**
   * @return {@code balances}: the opposing measures of DESIGN §4 with index, band and status; a
   *     balance whose data is absent has status {@code missing_data}
   */
  public Metric balances() {
    return metric(Balances.TABLE, o -> Balances.table(loadedTables(), o, config().bands(), facts));
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
    return metric(
        InventoryTurnover.TABLE,
        o -> InventoryTurnover.compute(
            inventory(), tableOrNull(Dataset.ORDERS), tableOrNull(Dataset.FINANCIALS), o, facts));
  }

  /** @return {@code employee_turnover}: headcount, hires, separations and turnover rates */
  public Metric employeeTurnover() {
    return metric(EmployeeTurnover.TABLE, o -> EmployeeTurnover.compute(employeeSpells(), o));
  }

  /** @return {@code hire_retention}: share of each month's hires still employed 12 months later */
  public Metric hireRetention() {
    return metric(HireRetention.TABLE, o -> HireRetention.compute(employeeSpells(), o));
  }

  /** @return {@code attrition}: leavers / employees of a snapshot-shaped HR export */
  public Metric attrition() {
    return metric(Attrition.TABLE, o -> Attrition.attritionRate(employeeSnapshot(), o.by()));
  }

  /** @return {@code financial_ratios}: current ratio, debt to equity, coverage, spend ratios */
  public Metric financialRatios() {
    return metric(FinancialRatios.TABLE, o -> FinancialRatios.compute(financials(), o));
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

  /** @return true when customers are subscription spells (not the tenure shape) */
  boolean isSpells() {
    return load(Dataset.CUSTOMERS).shape().name().equals("spells");
  }

  private Table spells() {
    if (!isSpells()) {
      throw new IllegalArgumentException(
          "customers is in tenure shape (one row per customer): this metric needs subscription"
              + " spells with start_date and end_date");
    }
    return customers();
  }

  private Table tenure() {
    if (isSpells()) {
      throw new IllegalArgumentException(
          "customers are subscription spells: tenure_churn is for tenure-shaped exports");
    }
    return customers();
  }

  private Table spellsOrNull() {
    return has(Dataset.CUSTOMERS) && isSpells() ? customers() : null;
  }

  private Table employeeSpells() {
    if (!load(Dataset.EMPLOYEES).shape().name().equals("spells")) {
      throw new IllegalArgumentException(
          "employees is a snapshot (one row per employee with an attrition flag): this metric"
              + " needs hire_date and termination_date");
    }
    return employees();
  }

  private Table employeeSnapshot() {
    if (!load(Dataset.EMPLOYEES).shape().name().equals("snapshot")) {
      throw new IllegalArgumentException(
          "employees are employment spells: attrition is for snapshot exports (see"
              + " employee_turnover)");
    }
    return employees();
  }

  /** Every dataset the folder has, loaded, by dataset. */
  Map<Dataset, Table> loadedTables() {
    Map<Dataset, Table> tables = new EnumMap<>(Dataset.class);
    folder.inputs().keySet().forEach(d -> tables.put(d, load(d).table()));
    return tables;
  }

  private Table tableOrNull(Dataset d) {
    return has(d) ? load(d).table() : null;
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
    return "Business " + folder.dir() + " " + folder.inputs().keySet();
  }
}
