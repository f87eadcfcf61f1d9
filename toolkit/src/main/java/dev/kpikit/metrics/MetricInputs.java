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
public interface MetricInputs {
  /** @return the datasets the business has */
  Set<Dataset> datasets();

  /**
   * @param dataset a dataset the business has
   * @return its loaded table, to read only
   * @throws dev.kpikit.load.DataException when the business has no such files
   */
  Table table(Dataset dataset);

  /**
   * @param dataset a dataset the business has
   * @return the shape it was loaded in, e.g. {@code spells}, {@code tenure}, {@code snapshot}
   */
  String shape(Dataset dataset);

  /** @return the order index shared by the order tables of one business */
  OrderFactsCache facts();

  /** @return the balance bands of the config, by balance name */
  Map<String, double[]> bands();

  /** @return true when the business has the dataset */
  default boolean has(Dataset dataset) {
    return datasets().contains(dataset);
  }

  /** @return the dataset's table, or null when the business has none */
  default Table tableOrNull(Dataset dataset) {
    return has(dataset) ? table(dataset) : null;
  }

  /** @return every dataset the business has, loaded */
  default Map<Dataset, Table> loadedTables() {
    Map<Dataset, Table> tables = new EnumMap<>(Dataset.class);
    datasets().forEach(d -> tables.put(d, table(d)));
    return tables;
  }

  /**
   * @return the customers as subscription spells
   * @throws NotComputableException when customers are in the tenure shape
   */
  default Table spells() {
    if (!shape(Dataset.CUSTOMERS).equals("spells")) {
      throw new NotComputableException(
          "customers is in tenure shape (one row per customer): this metric needs subscription"
              + " spells with start_date and end_date");
    }
    return table(Dataset.CUSTOMERS);
  }

  /** @return the customers as spells, or null without customers or in the tenure shape */
  default Table spellsOrNull() {
    return has(Dataset.CUSTOMERS) && shape(Dataset.CUSTOMERS).equals("spells") ? table(Dataset.CUSTOMERS) : null;
  }

  /**
   * @return the customers in the tenure shape
   * @throws NotComputableException when customers are spells
   */
  default Table tenure() {
    if (shape(Dataset.CUSTOMERS).equals("spells")) {
      throw new NotComputableException(
          "customers are subscription spells: tenure_churn is for tenure-shaped exports");
    }
    return table(Dataset.CUSTOMERS);
  }

  /**
   * @return the employees as employment spells
   * @throws NotComputableException when employees are a snapshot
   */
  default Table employeeSpells() {
    if (!shape(Dataset.EMPLOYEES).equals("spells")) {
      throw new NotComputableException(
          "employees is a snapshot (one row per employee with an attrition flag): this metric"
              + " needs hire_date and termination_date");
    }
    return table(Dataset.EMPLOYEES);
  }

  /**
   * @return the employees as a snapshot
   * @throws NotComputableException when employees are employment spells
   */
  default Table employeeSnapshot() {
    if (!shape(Dataset.EMPLOYEES).equals("snapshot")) {
      throw new NotComputableException(
          "employees are employment spells: attrition is for snapshot exports (see"
              + " employee_turnover)");
    }
    return table(Dataset.EMPLOYEES);
  }
}
