package dev.kpikit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kpikit.metrics.MetricTable;
import dev.kpikit.metrics.MetricTables;
import dev.kpikit.metrics.NotComputableException;
import dev.kpikit.testing.Tables;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tech.tablesaw.api.Table;

/**
 * Every unit's metrics equal the whole-business metrics of a data folder holding that unit's rows
 * alone, cut from the sample's CSV files with commons-csv (not by kpikit): every metric table, and
 * the unit's {@code units.csv} values. The samples are split by {@code region} (harborview-bakeries
 * by {@code store}, which its orders, inventory and employees have); the shared datasets are left
 * out ({@code unit_allocation: none}) so that both sides have the same files.
 */
class Units_ParityTest {
  @TempDir Path tmp;

  @ParameterizedTest
  @ValueSource(strings = {"northwind-coffee:region", "cloudnote-saas:region", "harborview-bakeries:store"})
  void everyUnitsTables_equalTheTablesOfItsRowsAlone(String sampleAndColumn) throws IOException {
    String column = sampleAndColumn.split(":")[1];
    Path sampleDir = Path.of("../data-samples", sampleAndColumn.split(":")[0]);
    Path wholeDir = folder(sampleDir, tmp.resolve("whole"), column, null);
    Business whole = Kpikit.open(wholeDir);
    Units units = whole.by(column);
    assertTrue(units.names().size() >= 4, units.toString());
    int compared = 0;
    for (String u : units.names()) {
      Business alone = Kpikit.open(folder(sampleDir, tmp.resolve("unit-" + units.names().indexOf(u)), column, u))
          .asOf(whole.asOf());
      for (MetricTable t : MetricTables.ALL) {
        if (!t.isComputed() || t == MetricTables.UNITS) {
          continue;
        }
        Table expected = computeOrNull(alone, t.name());
        Table actual = computeOrNull(units.unit(u), t.name());
        assertEquals(expected == null, actual == null, u + " " + t.name());
        if (expected != null) {
          Tables.assertSameCells(expected, actual, 1e-9);
          compared++;
        }
      }
    }
    assertTrue(compared >= units.names().size() * 5, "compared " + compared + " tables");
  }

  @ParameterizedTest
  @ValueSource(strings = {"northwind-coffee:region", "cloudnote-saas:region", "harborview-bakeries:store"})
  void unitsCsvValues_areTheUnitsOwnTablesOverTheTrailingYear(String sampleAndColumn) throws IOException {
    String column = sampleAndColumn.split(":")[1];
    Path sampleDir = Path.of("../data-samples", sampleAndColumn.split(":")[0]);
    Business whole = Kpikit.open(folder(sampleDir, tmp.resolve("whole"), column, null));
    Units units = whole.by(column);
    Table league = units.table();
    String lastYear = String.valueOf(whole.asOf().getYear()); // as_of is a 31 December
    for (String u : units.names()) {
      Business alone = Kpikit.open(folder(sampleDir, tmp.resolve("u" + units.names().indexOf(u)), column, u))
          .asOf(whole.asOf());
      Table revenue = alone.revenue().table();
      double ttm = 0;
      for (int i = 0; i < revenue.rowCount(); i++) {
        if (revenue.getString(i, "month").startsWith(lastYear)) {
          ttm += revenue.doubleColumn("revenue").getDouble(i);
        }
      }
      assertEquals(ttm, value(league, u, "revenue"), 1e-6, u);
      Table repeat = alone.repeatPurchase().table();
      repeat = repeat.where(repeat.stringColumn("channel").isEqualTo("ALL"));
      assertEquals(repeat.numberColumn("repeat_purchase_rate").getDouble(0),
          value(league, u, "repeat_purchase_rate"), 1e-12, u);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"northwind-coffee:region", "cloudnote-saas:region", "harborview-bakeries:store"})
  void additiveFigures_sumToTheWholeBusiness(String sampleAndColumn) {
    Units units = Kpikit.open(Path.of("../data-samples", sampleAndColumn.split(":")[0]))
        .by(sampleAndColumn.split(":")[1]);
    Table league = units.table();
    for (String kpi : List.of("revenue", "new_customers", "acquisition_spend")) {
      Table rows = league.where(league.stringColumn("kpi").isEqualTo(kpi));
      assertEquals(units.names().size(), rows.rowCount(), kpi);
      double sum = rows.doubleColumn("value").sum();
      double whole = rows.doubleColumn("business_value").getDouble(0);
      assertEquals(whole, sum, Math.abs(whole) * 1e-9, kpi);
      assertFalse(whole == 0, kpi);
    }
  }

  private static double value(Table league, String unit, String kpi) {
    for (int i = 0; i < league.rowCount(); i++) {
      if (league.getString(i, "unit").equals(unit) && league.getString(i, "kpi").equals(kpi)) {
        return league.doubleColumn("value").getDouble(i);
      }
    }
    throw new AssertionError("no " + kpi + " row for " + unit);
  }

  /** The table, or null when the business lacks one of its inputs or it cannot be computed. */
  private static Table computeOrNull(Business b, String table) {
    if (!MetricTables.named(table).inputs().stream().allMatch(b::has)) {
      return null;
    }
    try {
      return b.metric(table).table();
    } catch (NotComputableException e) {
      return null;
    }
  }

  /**
   * A copy of the sample's orders, customers and employees (only the rows of {@code region}, or
   * all rows when null; an empty region is {@code (missing)}) with the sample's kpikit.yaml, its
   * shared datasets not allocated to units.
   */
  private static Path folder(Path sample, Path dir, String column, String region) throws IOException {
    Files.createDirectories(dir);
    List<String> shared = new ArrayList<>();
    for (String f : List.of("orders.csv", "customers.csv", "employees.csv", "marketing_spend.csv", "inventory.csv", "financials.csv")) {
      if (!Files.exists(sample.resolve(f))) {
        continue;
      }
      if (header(sample.resolve(f)).contains(column)) {
        copyRows(sample.resolve(f), dir.resolve(f), column, region);
      } else {
        shared.add(f.replace(".csv", ""));
        if (region == null) {
          Files.copy(sample.resolve(f), dir.resolve(f));
        }
      }
    }
    List<String> yaml = new ArrayList<>();
    for (String line : Files.readAllLines(sample.resolve("kpikit.yaml"))) {
      boolean sharedLine = shared.stream().anyMatch(d -> line.trim().startsWith(d + ":"));
      boolean unitLine = line.startsWith("unit");
      if ((!sharedLine || region == null) && !unitLine) {
        yaml.add(line);
      }
    }
    if (region == null) {
      yaml.add("unit_allocation: { marketing_spend: none, inventory: none, financials: none }");
    }
    Files.write(dir.resolve("kpikit.yaml"), yaml);
    return dir;
  }

  private static List<String> header(Path csv) throws IOException {
    try (var lines = Files.lines(csv)) {
      return List.of(lines.findFirst().orElse("").split(","));
    }
  }

  private static void copyRows(Path from, Path to, String column, String region) throws IOException {
    CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
    try (Reader in = Files.newBufferedReader(from);
        CSVParser parser = CSVParser.parse(in, format);
        Writer out = Files.newBufferedWriter(to);
        CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT)) {
      printer.printRecord(parser.getHeaderNames());
      for (CSVRecord r : parser) {
        String value = r.isConsistent() ? r.get(column) : null;
        String unit = value == null || value.isEmpty() ? "(missing)" : value;
        if (region == null || region.equals(unit)) {
          printer.printRecord(r.toList());
        }
      }
    }
  }
}
