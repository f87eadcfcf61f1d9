package dev.kpikit.metrics;

import dev.kpikit.schema.Dataset;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import tech.tablesaw.api.Table;

/**
 * What a {@link MetricTable}'s compute function reads: a business's loaded tables (never changed),
 * the shape each dataset was loaded in, the shared order index and the configured balance bands. A
 * {@code Business} provides one; tests can provide their own.
 *
 * @since 0.2.0
 */
public abstract class MetricInputs {
  /** Why a table of subscription spells is skipped for customers in the tenure shape. */
  public static final String NEEDS_SPELLS =
      "customers is in tenure shape (one row per customer): this metric needs subscription"
          + " spells with start_date and end_date";

  /** Why {@code tenure_churn} is skipped for customers as subscription spells. */
  public static final String NEEDS_TENURE =
      "customers are subscription spells: tenure_churn is for tenure-shaped exports";

  /** Why a table of employment spells is skipped for an employee snapshot. */
  public static final String NEEDS_EMPLOYMENT_SPELLS =
      "employees is a snapshot (one row per employee with an attrition flag): this metric"
          + " needs hire_date and termination_date";

  /**
   * Indexed orders shared by the order tables of one business, keyed on the loaded tables'
   * identity: safe because those tables are never handed out (the business gives copies).
   */
  private final OrderFactsCache facts = OrderFactsCache.create();

  /** For subclasses: the business that owns the tables. */
  protected MetricInputs() {}

  /** @return the datasets the business has */
  public abstract Set<Dataset> datasets();

  /**
   * @param dataset a dataset the business has
   * @return its loaded table, to read only
   * @throws dev.kpikit.load.DataException when the business has no such files
   */
  public abstract Table table(Dataset dataset);

  /**
   * @param dataset a dataset the business has
   * @return the shape it was loaded in, e.g. {@code spells}, {@code tenure}, {@code snapshot}
   */
  public abstract String shape(Dataset dataset);

  /** @return the order index shared by the order tables of one business */
  final OrderFactsCache facts() {
    return facts;
  }

  /** @return the balance bands of the config, by balance name */
  public abstract Map<String, double[]> bands();

  /**
   * @return the column that names the business's units (e.g. {@code store}), or null when the
   *     business is not divided into units (the default)
   * @since 0.3.0
   */
  public String unitColumn() {
    return null;
  }

  /**
   * @param dataset a dataset without the unit column
   * @return how it is divided among units: {@code revenue_share}, {@code even} or {@code none}
   *     (the default: shared datasets are left out of unit views)
   * @since 0.3.0
   */
  public String allocation(Dataset dataset) {
    return "none";
  }

  /**
   * @param column a unit column of orders
   * @return the business divided by it (a new split; a business may keep and reuse its splits)
   * @throws NotComputableException when orders lack the column
   * @since 0.3.0
   */
  public UnitSplit unitSplit(String column) {
    return UnitSplit.of(this, column);
  }

  /** @return true when the business has the dataset */
  public boolean has(Dataset dataset) {
    return datasets().contains(dataset);
  }

  /** @return the dataset's table, or null when the business has none */
  public Table tableOrNull(Dataset dataset) {
    return has(dataset) ? table(dataset) : null;
  }

  /** @return every dataset the business has, loaded */
  public Map<Dataset, Table> loadedTables() {
    Map<Dataset, Table> tables = new EnumMap<>(Dataset.class);
    datasets().forEach(d -> tables.put(d, table(d)));
    return tables;
  }

  /**
   * @return the customers as subscription spells
   * @throws NotComputableException when customers are in the tenure shape
   */
  public Table spells() {
    if (!shape(Dataset.CUSTOMERS).equals("spells")) {
      throw new NotComputableException(NEEDS_SPELLS);
    }
    return table(Dataset.CUSTOMERS);
  }

  /** @return the customers as spells, or null without customers or in the tenure shape */
  public Table spellsOrNull() {
    return has(Dataset.CUSTOMERS) && shape(Dataset.CUSTOMERS).equals("spells") ? table(Dataset.CUSTOMERS) : null;
  }

  /**
   * @return the customers in the tenure shape
   * @throws NotComputableException when customers are spells
   */
  public Table tenure() {
    if (shape(Dataset.CUSTOMERS).equals("spells")) {
      throw new NotComputableException(NEEDS_TENURE);
    }
    return table(Dataset.CUSTOMERS);
  }

  /**
   * @return the employees as employment spells
   * @throws NotComputableException when employees are a snapshot
   */
  public Table employeeSpells() {
    if (!shape(Dataset.EMPLOYEES).equals("spells")) {
      throw new NotComputableException(NEEDS_EMPLOYMENT_SPELLS);
    }
    return table(Dataset.EMPLOYEES);
  }

  /**
   * @return the employees as a snapshot
   * @throws NotComputableException when employees are employment spells
   */
  public Table employeeSnapshot() {
    if (!shape(Dataset.EMPLOYEES).equals("snapshot")) {
      throw new NotComputableException(
          "employees are employment spells: attrition is for snapshot exports (see"
              + " employee_turnover)");
    }
    return table(Dataset.EMPLOYEES);
  }
}
