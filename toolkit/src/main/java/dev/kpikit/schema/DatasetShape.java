package dev.kpikit.schema;

import java.util.List;
import java.util.Optional;

/**
 * One accepted shape of a canonical dataset, e.g. {@code customers} as subscription spells or as a
 * tenure snapshot. A file takes the first shape of its dataset whose required columns it provides.
 *
 * @param dataset the dataset
 * @param name the shape's name, e.g. {@code spells} or {@code tenure}
 * @param columns the canonical columns, required ones first
 * @since 0.1.0
 */
public record DatasetShape(Dataset dataset, String name, List<CanonicalColumn> columns) {

  /** Copies the column list. */
  public DatasetShape {
    columns = List.copyOf(columns);
  }

  /**
   * @param name a canonical column name
   * @return the column of that name, if this shape has it
   */
  public Optional<CanonicalColumn> column(String name) {
    return columns.stream().filter(c -> c.name().equals(name)).findFirst();
  }

  /** @return the columns a file of this shape must provide */
  public List<CanonicalColumn> requiredColumns() {
    return columns.stream().filter(CanonicalColumn::required).toList();
  }

  /** @return e.g. {@code customers (spells)} */
  public String label() {
    return dataset.fileStem() + " (" + name + ")";
  }
}
