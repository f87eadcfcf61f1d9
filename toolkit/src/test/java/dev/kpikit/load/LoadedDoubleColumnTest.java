package dev.kpikit.load;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.kpikit.schema.Dataset;
import it.unimi.dsi.fastutil.doubles.DoubleArrayList;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;

class LoadedDoubleColumnTest {
  @Test
  void aLoadedColumnHoldingExactlyItsRows_isReadWithoutACopy() {
    double[] parsed = {1.5, Double.NaN, -2.25};
    LoadedDoubleColumn column = LoadedDoubleColumn.of("amount", DoubleArrayList.wrap(parsed));
    assertSame(parsed, LoadedDoubleColumn.readOnlyValues(column));
    assertEquals(3, column.size());
    assertEquals(1, column.countMissing());
  }

  @Test
  void aLoadedColumnWithSpareCapacity_isReadAsACopyOfItsRows() {
    DoubleArrayList parsed = new DoubleArrayList(10);
    parsed.add(4.0);
    parsed.add(5.0);
    LoadedDoubleColumn column = LoadedDoubleColumn.of("amount", parsed);
    assertArrayEquals(new double[] {4.0, 5.0}, LoadedDoubleColumn.readOnlyValues(column));
  }

  @Test
  void otherNumberColumns_areReadAsCopies() {
    DoubleColumn plain = DoubleColumn.create("cost", 1.0, 2.0);
    double[] values = LoadedDoubleColumn.readOnlyValues(plain);
    values[0] = 99;
    assertEquals(1.0, plain.getDouble(0));
    assertArrayEquals(new double[] {7, 8}, LoadedDoubleColumn.readOnlyValues(IntColumn.create("q", 7, 8)));
  }

  @Test
  void aCopyOfALoadedColumn_ownsItsValues() {
    double[] parsed = {1.0, 2.0};
    LoadedDoubleColumn column = LoadedDoubleColumn.of("amount", DoubleArrayList.wrap(parsed));
    DoubleColumn copy = column.copy();
    copy.set(0, 10.0);
    assertEquals(1.0, column.getDouble(0));
    assertNotSame(parsed, LoadedDoubleColumn.readOnlyValues(copy));
  }

  @Test
  void theLoader_makesMoneyColumnsThatAreReadWithoutACopy() throws Exception {
    Path dir = Files.createTempDirectory("loaded-double");
    Path csv = dir.resolve("orders.csv");
    Files.writeString(
        csv, "order_id,order_date,amount\nA,2024-01-01,10.50\nB,2024-01-02,-3.25\n");
    LoadResult r = DatasetLoader.load(
        Dataset.ORDERS, List.of(csv.toString()), LoadOptions.DEFAULT);
    DoubleColumn amount = r.table().doubleColumn("amount");
    double[] values = LoadedDoubleColumn.readOnlyValues(amount);
    assertArrayEquals(new double[] {10.50, -3.25}, values);
    assertSame(values, LoadedDoubleColumn.readOnlyValues(amount), "the column's own array");
  }
}
