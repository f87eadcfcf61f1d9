package dev.kpikit.job;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kpikit.load.DataException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputStampsTest {
  @TempDir Path tmp;
  private Path orders;

  @BeforeEach
  void export() throws IOException {
    orders =
        Files.writeString(
            tmp.resolve("orders.csv"), "order_id,order_date,amount\n1,2025-01-01,10\n");
  }

  @Test
  void anUntouchedFile_passes() {
    InputStamps stamps = InputStamps.of(List.of(orders.toString()));

    assertDoesNotThrow(stamps::checkUnchanged);
    assertEquals(1, stamps.size());
  }

  @Test
  void anAppendedFile_failsNamingItAndBothSizes() throws IOException {
    InputStamps stamps = InputStamps.of(List.of(orders.toString()));
    long before = Files.size(orders);
    Files.writeString(orders, "2,2025-01-02,20\n", StandardOpenOption.APPEND);

    DataException e = assertThrows(DataException.class, stamps::checkUnchanged);

    assertTrue(
        e.getMessage()
            .startsWith(
                orders
                    + " changed while kpikit read it ("
                    + before
                    + " bytes, now "
                    + Files.size(orders)
                    + ")"),
        e.getMessage());
  }

  @Test
  void aFileReplacedBySameSizedContent_failsAsReplaced() throws IOException {
    InputStamps stamps = InputStamps.of(List.of(orders.toString()));
    Path next =
        Files.writeString(tmp.resolve("next.csv"), Files.readString(orders).replace("10", "99"));
    Files.move(next, orders, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);

    DataException e = assertThrows(DataException.class, stamps::checkUnchanged);

    assertTrue(e.getMessage().contains(", replaced)"), e.getMessage());
  }

  @Test
  void aRemovedFile_failsSayingSo() throws IOException {
    InputStamps stamps = InputStamps.of(List.of(orders.toString()));
    Files.delete(orders);

    DataException e = assertThrows(DataException.class, stamps::checkUnchanged);

    assertEquals(
        orders + " disappeared while kpikit read it; rerun once the export is complete",
        e.getMessage());
  }

  @Test
  void remoteUrisAreNotStamped() {
    assertEquals(
        0, InputStamps.of(List.of("s3a://bucket/orders.parquet", "hdfs://nn/x.parquet")).size());
  }
}
