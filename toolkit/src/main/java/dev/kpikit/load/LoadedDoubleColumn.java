package dev.kpikit.load;

import it.unimi.dsi.fastutil.doubles.DoubleArrayList;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.NumericColumn;

/**
 * A {@link DoubleColumn} made from the values the loader parsed, without copying them: Tablesaw's
 * factories copy an array into a new list (twice, with the list's own copy), which at 10M rows
 * allocated 160 MB per money column for nothing. In every other respect it is a Tablesaw {@code
 * DoubleColumn}; its copies are plain ones.
 *
 * <p>{@link #readOnlyValues(NumericColumn)} gives the metrics the values without the copy that {@link
 * DoubleColumn#asDoubleArray()} makes.
 *
 * @since 0.1.0
 */
public final class LoadedDoubleColumn extends DoubleColumn {
  private LoadedDoubleColumn(String name, DoubleArrayList values) {
    super(name, values);
  }

  /**
   * A column holding {@code values} itself; the loader hands it over and never touches it again.
   *
   * @param name the column name
   * @param values the parsed values (NaN for missing)
   * @return the column
   */
  static LoadedDoubleColumn of(String name, DoubleArrayList values) {
    return new LoadedDoubleColumn(name, values);
  }

  /**
   * The values of a numeric column as doubles, for a caller that only reads them: the column's own
   * array when it is a loaded column holding exactly its rows, else a copy ({@link
   * NumericColumn#asDoubleArray()}). The array must not be changed.
   *
   * @param column a numeric column
   * @return one double a row, NaN for a missing value
   */
  public static double[] readOnlyValues(NumericColumn<?> column) {
    if (column instanceof LoadedDoubleColumn loaded && loaded.data.elements().length == loaded.size()) {
      return loaded.data.elements();
    }
    return column.asDoubleArray();
  }
}
