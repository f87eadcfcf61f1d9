package dev.kpikit.metrics;

import dev.kpikit.schema.Dataset;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;
import tech.tablesaw.selection.BitmapBackedSelection;
import tech.tablesaw.selection.Selection;

/**
 * A business's data divided into its units (stores, branches, franchisees, regions: the values of
 * one column). Each dataset that has the unit column is split by it: a unit's table holds exactly
 * its rows. A dataset without the column is shared, and divided by its allocation:
 *
 * <ul>
 *   <li>{@code revenue_share}: each row's amounts are multiplied by the unit's share of the month's
 *       revenue (revenue of the unit's orders dated in the row's month / revenue of all orders
 *       dated in that month); in a month whose total revenue is 0 or negative (no
 *       sales yet), every unit gets an even share. The amounts are {@code spend} (marketing_spend),
 *       {@code unit_cost} and {@code inventory_value} (inventory: so the stock's value is divided,
 *       not its unit count), every number column but the period (financials).
 *   <li>{@code even}: amounts divided by the number of units.
 *   <li>{@code none}: the dataset is left out of unit views (a unit's metrics that need it are
 *       skipped); customers and employees without the column are always left out.
 * </ul>
 *
 * <p>Rows whose unit is missing form the unit {@value #MISSING}, so that the units' revenue, spend
 * and row counts add up to the whole business. Units are in the natural order of their names.
 *
 * @since 0.3.0
 */
public final class UnitSplit {
  /** The unit of rows whose unit column is empty. */
  public static final String MISSING = "(missing)";

  private final MetricInputs whole;
  private final String column;
  private final List<String> units;
  private final Map<Dataset, Map<String, Table>> slices = new ConcurrentHashMap<>();
  private final Map<String, MetricInputs> views = new ConcurrentHashMap<>();
  private Map<YearMonth, Map<String, Double>> revenueByMonth;

  private UnitSplit(MetricInputs whole, String column) {
    this.whole = whole;
    this.column = column;
    Table orders = whole.table(Dataset.ORDERS);
    if (!orders.containsColumn(column)) {
      throw new NotComputableException(
          "orders has no " + column + " column to split the business into units; found " + orders.columnNames());
    }
    List<String> names = new ArrayList<>(rowsByUnit(orders).keySet());
    Collections.sort(names);
    this.units = List.copyOf(names);
  }

  /**
   * @param whole the whole business's inputs, with orders
   * @param column the unit column, e.g. {@code store}
   * @return the split
   * @throws NotComputableException when orders lack the column
   */
  public static UnitSplit of(MetricInputs whole, String column) {
    return new UnitSplit(whole, column);
  }

  /** @return the unit column */
  public String column() {
    return column;
  }

  /** @return the units found in orders, in natural order of their names */
  public List<String> units() {
    return units;
  }

  /**
   * How each dataset reaches the unit views: {@code split} (it has the unit column), or its
   * allocation ({@code revenue_share}, {@code even}, {@code none}).
   *
   * @return dataset to how it is divided, for every dataset the business has
   */
  public Map<Dataset, String> treatment() {
    return treatment(whole.loadedTables(), column, whole::allocation);
  }

  /**
   * @param tables a business's loaded tables
   * @param column the unit column
   * @param allocation each shared dataset's allocation ({@code KpikitConfig.allocation})
   * @return dataset to {@code split} when its table has the column, else to its allocation
   */
  public static Map<Dataset, String> treatment(
      Map<Dataset, Table> tables, String column, java.util.function.Function<Dataset, String> allocation) {
    Map<Dataset, String> t = new EnumMap<>(Dataset.class);
    tables.forEach((d, table) -> t.put(d, table.containsColumn(column) ? "split" : allocation.apply(d)));
    return t;
  }

  /**
   * @param unit one of {@link #units()}
   * @return the inputs of that unit alone (split and allocated tables), computed on first use
   * @throws IllegalArgumentException naming the units when there is no such unit
   */
  public MetricInputs inputs(String unit) {
    if (!units.contains(unit)) {
      throw new IllegalArgumentException("no unit " + unit + " in " + column + "; expected one of " + units);
    }
    return views.computeIfAbsent(unit, UnitInputs::new);
  }

  private final class UnitInputs extends MetricInputs {
    private final String unit;
    private final Set<Dataset> datasets;

    UnitInputs(String unit) {
      this.unit = unit;
      Map<Dataset, String> t = treatment();
      this.datasets = Collections.unmodifiableSet(
          t.entrySet().stream().filter(e -> !e.getValue().equals("none")).map(Map.Entry::getKey)
              .collect(java.util.stream.Collectors.toCollection(() -> java.util.EnumSet.noneOf(Dataset.class))));
    }

    @Override
    public Set<Dataset> datasets() {
      return datasets;
    }

    @Override
    public Table table(Dataset d) {
      if (!datasets.contains(d)) {
        throw new NotComputableException(d.fileStem() + " has no " + column + " column and is not allocated to units");
      }
      return slices.computeIfAbsent(d, UnitSplit.this::divide).get(unit);
    }

    @Override
    public String shape(Dataset d) {
      return whole.shape(d);
    }

    @Override
    public Map<String, double[]> bands() {
      return whole.bands();
    }
  }

  /** Every unit's table of one dataset: its rows, or the shared table allocated. */
  private Map<String, Table> divide(Dataset d) {
    Table t = whole.table(d);
    Map<String, Table> byUnit = new HashMap<>();
    if (t.containsColumn(column)) {
      Map<String, Selection> rows = rowsByUnit(t);
      for (String u : units) {
        Selection s = rows.get(u);
        byUnit.put(u, s == null ? t.emptyCopy() : t.where(s));
      }
      return byUnit;
    }
    String allocation = whole.allocation(d);
    for (String u : units) {
      byUnit.put(u, allocate(t, d, u, allocation));
    }
    return byUnit;
  }

  private Map<String, Selection> rowsByUnit(Table t) {
    Column<?> c = t.column(column);
    Map<String, Selection> rows = new LinkedHashMap<>();
    for (int i = 0; i < c.size(); i++) {
      String u = c.isMissing(i) ? MISSING : c.getString(i);
      rows.computeIfAbsent(u, k -> new BitmapBackedSelection()).add(i);
    }
    return rows;
  }

  private Table allocate(Table shared, Dataset d, String unit, String allocation) {
    Table t = shared.copy();
    List<String> amounts = amountColumns(t, d);
    String dateColumn = d == Dataset.INVENTORY ? "date" : "period";
    DateColumn dates = t.containsColumn(dateColumn) ? t.dateColumn(dateColumn) : null;
    for (String name : amounts) {
      DoubleColumn scaled = DoubleColumn.create(name, t.rowCount());
      NumericColumn<?> values = t.numberColumn(name);
      for (int i = 0; i < t.rowCount(); i++) {
        if (values.isMissing(i)) {
          continue;
        }
        LocalDate date = dates == null ? null : dates.get(i);
        scaled.set(i, values.getDouble(i) * share(unit, date, allocation));
      }
      t.replaceColumn(name, scaled);
    }
    return t;
  }

  private static List<String> amountColumns(Table t, Dataset d) {
    return switch (d) {
      case MARKETING_SPEND -> List.of("spend");
      case INVENTORY -> t.columnNames().stream()
          .filter(c -> c.equals("unit_cost") || c.equals("inventory_value")).toList();
      case FINANCIALS -> t.columnNames().stream()
          .filter(c -> !c.equals("period") && t.column(c) instanceof NumericColumn<?>).toList();
      default -> throw new NotComputableException(d.fileStem() + " cannot be divided among units");
    };
  }

  /**
   * @param unit a unit
   * @param date a row's date (its month counts), or null
   * @param allocation {@code revenue_share} or {@code even}
   * @return the unit's share of that row
   */
  double share(String unit, LocalDate date, String allocation) {
    double even = 1.0 / units.size();
    if (allocation.equals("even") || date == null) {
      return even;
    }
    Map<String, Double> month = revenueByMonth().get(YearMonth.from(date));
    double total = month == null ? 0 : month.values().stream().mapToDouble(Double::doubleValue).sum();
    return total > 0 ? month.getOrDefault(unit, 0.0) / total : even;
  }

  private synchronized Map<YearMonth, Map<String, Double>> revenueByMonth() {
    if (revenueByMonth == null) {
      Table orders = whole.table(Dataset.ORDERS);
      Map<YearMonth, Map<String, Double>> r = new TreeMap<>();
      DateColumn dates = orders.dateColumn("order_date");
      NumericColumn<?> amounts = orders.numberColumn("amount");
      Column<?> unitColumn = orders.column(column);
      for (int i = 0; i < orders.rowCount(); i++) {
        if (dates.isMissing(i) || amounts.isMissing(i)) {
          continue;
        }
        String u = unitColumn.isMissing(i) ? MISSING : unitColumn.getString(i);
        r.computeIfAbsent(YearMonth.from(dates.get(i)), k -> new HashMap<>())
            .merge(u, amounts.getDouble(i), Double::sum);
      }
      revenueByMonth = r;
    }
    return revenueByMonth;
  }
}
