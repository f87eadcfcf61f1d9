package dev.kpikit.schema;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.UnaryOperator;
import tech.tablesaw.api.Table;

/**
 * A known export's mapping and rules: which header feeds which canonical column, extra typed input
 * columns, a date format, and columns derived after loading (e.g. {@code amount = quantity x
 * unit_price}). Explicit {@code columns:} in the config still win over a preset's mapping.
 *
 * @since 0.1.0
 */
public final class Preset {
  private final String name;
  private final Dataset dataset;
  private final String description;
  private final Map<String, String> columns;
  private final List<CanonicalColumn> inputs;
  private final Set<String> derivedColumns;
  private final String dateFormat;
  private final boolean numericIds;
  private final String fillDownKey;
  private final Set<String> fillDownColumns;
  private final UnaryOperator<Table> derivation;
  private final boolean spaceAligned;
  private final List<String> headerNames;

  private Preset(Builder b) {
    this.name = b.name;
    this.dataset = b.dataset;
    this.description = b.description;
    this.columns = Map.copyOf(b.columns);
    this.inputs = List.copyOf(b.inputs);
    this.derivedColumns = Set.copyOf(b.derivedColumns);
    this.dateFormat = b.dateFormat;
    this.numericIds = b.numericIds;
    this.fillDownKey = b.fillDownKey;
    this.fillDownColumns = Set.copyOf(b.fillDownColumns);
    this.derivation = b.derivation;
    this.spaceAligned = b.spaceAligned;
    this.headerNames = b.headerNames == null ? null : List.copyOf(b.headerNames);
  }

  static Builder builder(String name, Dataset dataset, String description) {
    return new Builder(name, dataset, description);
  }

  /** @return the preset's name as used in the config and on the command line */
  public String name() {
    return name;
  }

  /** @return the dataset the preset reads */
  public Dataset dataset() {
    return dataset;
  }

  /** @return one sentence on the export and the rules applied */
  public String description() {
    return description;
  }

  /** @return canonical or input column name to the export's header */
  public Map<String, String> columns() {
    return columns;
  }

  /**
   * @return typed columns the preset reads besides the canonical ones (e.g. {@code unit_price}),
   *     kept in the table under their names
   */
  public List<CanonicalColumn> inputs() {
    return inputs;
  }

  /** @return canonical columns the preset computes, so a file need not provide them */
  public Set<String> derivedColumns() {
    return derivedColumns;
  }

  /** @return the date pattern of the export, or null when its dates are ISO or guessed */
  public String dateFormat() {
    return dateFormat;
  }

  /** @return true when ids written as numbers ({@code 17850.0}) are normalised ({@code 17850}) */
  public boolean numericIds() {
    return numericIds;
  }

  /**
   * @return the canonical column identifying rows that continue the previous row (Shopify writes
   *     order-level fields only on an order's first line), or null
   */
  public String fillDownKey() {
    return fillDownKey;
  }

  /** @return the canonical columns copied down to continuation rows when blank */
  public Set<String> fillDownColumns() {
    return fillDownColumns;
  }

  /**
   * @return true when the export is space-aligned text (fields separated by runs of blanks, no
   *     quoting) rather than CSV
   */
  public boolean spaceAligned() {
    return spaceAligned;
  }

  /**
   * @return the column names of an export without a header line (its first line is data), or null
   *     when the file's first line is its header
   */
  public List<String> headerNames() {
    return headerNames;
  }

  /**
   * Computes the derived columns on a loaded table.
   *
   * @param loaded the table with the canonical and input columns the preset maps
   * @return a new table with the derived columns added (the argument is not changed)
   */
  public Table derive(Table loaded) {
    return derivation.apply(loaded.copy());
  }

  @Override
  public String toString() {
    return name + " (" + dataset.fileStem() + "): " + description;
  }

  static final class Builder {
    private final String name;
    private final Dataset dataset;
    private final String description;
    private final Map<String, String> columns = new LinkedHashMap<>();
    private final List<CanonicalColumn> inputs = new ArrayList<>();
    private final List<String> derivedColumns = new ArrayList<>();
    private final List<String> fillDownColumns = new ArrayList<>();
    private String dateFormat;
    private boolean numericIds;
    private String fillDownKey;
    private UnaryOperator<Table> derivation = UnaryOperator.identity();
    private boolean spaceAligned;
    private List<String> headerNames;

    private Builder(String name, Dataset dataset, String description) {
      this.name = name;
      this.dataset = dataset;
      this.description = description;
    }

    Builder map(String canonical, String header) {
      columns.put(canonical, header);
      return this;
    }

    Builder input(String name, ColumnType type, boolean required, String header) {
      inputs.add(new CanonicalColumn(name, type, required, List.of()));
      columns.put(name, header);
      return this;
    }

    Builder dateFormat(String pattern) {
      this.dateFormat = pattern;
      return this;
    }

    Builder numericIds() {
      this.numericIds = true;
      return this;
    }

    Builder fillDown(String key, String... canonicalColumns) {
      this.fillDownKey = key;
      this.fillDownColumns.addAll(List.of(canonicalColumns));
      return this;
    }

    /** Space-aligned text; with names, the file has no header line and these name its fields. */
    Builder spaceAligned(String... headerNames) {
      this.spaceAligned = true;
      this.headerNames = headerNames.length == 0 ? null : List.of(headerNames);
      return this;
    }

    Builder derive(UnaryOperator<Table> derivation, String... derived) {
      this.derivation = Objects.requireNonNull(derivation);
      this.derivedColumns.addAll(List.of(derived));
      return this;
    }

    Preset build() {
      return new Preset(this);
    }
  }
}
