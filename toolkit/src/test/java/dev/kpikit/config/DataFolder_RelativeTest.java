package dev.kpikit.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kpikit.schema.Dataset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A data folder named by a plain relative path ({@code kpikit report shop} run beside it) finds its
 * conventional files: until 0.3 the listed path, which already held the folder, was resolved
 * against the folder again ({@code shop/shop/orders.csv: no such file}); paths starting with
 * {@code ../} only worked because the doubled part cancelled out.
 */
class DataFolder_RelativeTest {
  @Test
  void conventionalFileOfARelativeFolder_isFound() throws Exception {
    Path dir = Path.of("target", "relative-data-folder-" + ProcessHandle.current().pid());
    Files.createDirectories(dir);
    Files.writeString(dir.resolve("orders.csv"), "order_id,order_date,amount\no1,2024-01-05,10\n");
    try {
      DataFolder folder = DataFolder.open(dir);
      assertEquals(List.of(dir.resolve("orders.csv").toString()), folder.inputs().get(Dataset.ORDERS));
    } finally {
      Files.delete(dir.resolve("orders.csv"));
      Files.delete(dir);
    }
  }
}
