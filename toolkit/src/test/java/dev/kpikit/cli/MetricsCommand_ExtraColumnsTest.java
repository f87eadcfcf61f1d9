package dev.kpikit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kpikit.Business;
import dev.kpikit.Kpikit;
import dev.kpikit.schema.Dataset;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code kpikit metrics} loads only the extra order columns it may read (the {@code --by} column
 * and those the config names); the Java API still sees every column.
 */
class MetricsCommand_ExtraColumnsTest {
  @TempDir Path dir;

  private Path folder(String config) throws IOException {
    Path data = Files.createDirectories(dir.resolve("data"));
    Files.writeString(data.resolve("orders.csv"), """
        order_id,order_date,customer_id,warehouse,amount,note
        A1,2024-01-05,C1,W1,10.00,gift
        A2,2024-01-06,C2,W2,20.00,
        A3,2024-02-01,C1,W1,7.50,late
        """);
    Files.writeString(data.resolve("kpikit.yaml"), config);
    return data;
  }

  private String revenueByMonth(Path data, String... extra) throws IOException {
    Path out = dir.resolve("out" + extra.length);
    CommandLine cl = KpikitCli.commandLine();
    cl.setOut(new PrintWriter(new StringWriter()));
    cl.setErr(new PrintWriter(new StringWriter()));
    List<String> args = new ArrayList<>(List.of("metrics", data.toString(), "--out", out.toString()));
    args.addAll(List.of(extra));
    assertEquals(ExitCodes.OK, cl.execute(args.toArray(String[]::new)));
    return Files.readString(out.resolve("metrics/revenue_monthly.csv"));
  }

  @Test
  void extrasRead_acceptsTheByColumnAndColumnsTheConfigNames() {
    Predicate<String> keep = MetricsCommand.extrasRead("warehouse", "segments:\n  - note\n");
    assertTrue(keep.test("warehouse"));
    assertTrue(keep.test("note"));
    assertFalse(keep.test("ship_city"));
    assertFalse(MetricsCommand.extrasRead(null, "").test("warehouse"));
  }

  @Test
  void anUnreadableConfig_loadsEveryColumn() {
    assertNull(MetricsCommand.extrasRead("warehouse", null));
  }

  @Test
  void splittingByAnExtraColumn_stillWorks() throws IOException {
    Path data = folder("timezone: UTC\n");
    String split = revenueByMonth(data, "--by", "warehouse");
    assertTrue(split.startsWith("month,warehouse,"), split);
    assertTrue(split.contains("2024-01,W2,"), split);
  }

  @Test
  void aBusinessWithOnlySomeExtras_loadsThoseWhileTheApiSeesAll() throws IOException {
    Path data = folder("timezone: UTC\n");
    Business all = Kpikit.open(data);
    Business some = Kpikit.open(data).withOrderExtraColumns("note"::equals);
    assertTrue(all.orders().containsColumn("warehouse"));
    assertFalse(some.load(Dataset.ORDERS).table().containsColumn("warehouse"));
    assertTrue(some.load(Dataset.ORDERS).table().containsColumn("note"));
    assertEquals(all.revenue().table().print(), some.revenue().table().print());
  }
}
