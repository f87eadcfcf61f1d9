package dev.kpikit.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kpikit.schema.Dataset;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.Table;

/** {@link LoadOptions.Builder#extraColumns}: extra columns a run does not read are not loaded. */
class DatasetLoader_ExtraColumnsTest {
  @TempDir Path dir;

  private String orders() throws IOException {
    Path csv = dir.resolve("orders.csv");
    Files.writeString(csv, """
        order_id,order_date,warehouse,amount,note,customer_id
        A1,2024-01-05,W1,10.00,gift,C1
        A2,2024-01-06,W2,oops,,C2
        A3,2024-02-01,W1,7.50,late,C1
        """);
    return csv.toString();
  }

  @Test
  void byDefault_everyExtraColumnIsLoaded() throws IOException {
    Table t = DatasetLoader.load(Dataset.ORDERS, List.of(orders()), LoadOptions.DEFAULT).table();
    assertTrue(t.containsColumn("warehouse"));
    assertTrue(t.containsColumn("note"));
  }

  @Test
  void onlyTheAcceptedExtraColumnsAreLoaded_theRestOfTheLoadUnchanged() throws IOException {
    String file = orders();
    LoadResult all = DatasetLoader.load(Dataset.ORDERS, List.of(file), LoadOptions.DEFAULT);
    LoadResult some = DatasetLoader.load(Dataset.ORDERS, List.of(file),
        LoadOptions.builder().extraColumns("warehouse"::equals).build());
    Table t = some.table();
    assertTrue(t.containsColumn("warehouse"));
    assertFalse(t.containsColumn("note"));
    assertEquals(all.table().columnCount() - 1, t.columnCount());
    for (String c : t.columnNames()) {
      assertEquals(all.table().column(c).asList(), t.column(c).asList(), c);
    }
    assertEquals(all.rejects().size(), some.rejects().size(), "the row with amount 'oops'");
    assertEquals(all.rejects().get(0).rawValues(), some.rejects().get(0).rawValues());
    assertEquals(all.files(), some.files());
  }

  @Test
  void noExtraColumn_leavesTheCanonicalOnes() throws IOException {
    Table t = DatasetLoader.load(Dataset.ORDERS, List.of(orders()),
        LoadOptions.builder().extraColumns(name -> false).build()).table();
    assertEquals(Set.of("order_id", "order_date", "amount", "customer_id"), Set.copyOf(t.columnNames()));
    assertFalse(t.containsColumn("warehouse"));
    assertFalse(t.containsColumn("note"));
  }
}
