package dev.kpikit.docs;

import dev.kpikit.Business;
import dev.kpikit.Kpikit;
import dev.kpikit.Units;
import dev.kpikit.load.DatasetLoader;
import dev.kpikit.load.FileLedger;
import dev.kpikit.load.LoadOptions;
import dev.kpikit.load.LoadResult;
import dev.kpikit.metrics.Grain;
import dev.kpikit.metrics.Kpi;
import dev.kpikit.metrics.NotComputableException;
import dev.kpikit.notebook.Charts;
import dev.kpikit.report.MetricRun;
import dev.kpikit.report.MetricsOutput;
import dev.kpikit.report.html.HtmlReport;
import dev.kpikit.schema.Dataset;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import tech.tablesaw.api.Table;
import tech.tablesaw.plotly.api.LinePlot;
import tech.tablesaw.plotly.components.Figure;

/**
 * The snippets of the README's Java API guide. Each region between {@code // @@ name} and {@code
 * // @@ end} is copied verbatim (less its indentation) into the README after {@code <!-- snippet:
 * name -->}; {@link ApiGuideTest} checks the copies and runs {@link #main} from a folder laid out
 * like the repository root, so every snippet in the docs compiles and runs.
 */
public final class ApiGuideSnippets {
  private ApiGuideSnippets() {}

  static void openAndPrint() {
    // @@ open-and-print
    Business b = Kpikit.open("data-samples/northwind-coffee");
    Table revenue = b.revenue().table(); // month, orders, customers, revenue, cost, ..., aov
    System.out.println(revenue.last(3).print());
    Table cac = b.cac().table(); // month, channel, spend, new_customers, cac
    System.out.println(cac.last(6).print());
    // @@ end
  }

  static void splitAndChangeGrain() {
    Business b = Kpikit.open("data-samples/northwind-coffee");
    // @@ split-and-grain
    Table byRegion = b.revenue().by("region").grain(Grain.QUARTER).table(); // quarter, region, orders, ...
    Table weekly = b.revenue().grain(Grain.WEEK).asOf(LocalDate.of(2025, 6, 30)).table();
    Table fiscal = b.revenue().fiscalYearStart(7).grain(Grain.YEAR).table(); // years that start in July
    Table cacByChannel = b.cac().by("channel").table();
    // @@ end
    System.out.println(
        byRegion.rowCount() + weekly.rowCount() + fiscal.rowCount() + cacByChannel.rowCount());
  }

  static void splitOrError() {
    Business b = Kpikit.open("data-samples/northwind-coffee");
    // @@ split-or-error
    try {
      b.cac().by("region").table(); // northwind-coffee's marketing spend has no region
    } catch (NotComputableException e) {
      // cac_monthly cannot be split by region: marketing_spend has no region column
      System.out.println(e.getMessage());
    }
    // @@ end
  }

  static void loadOneExport() {
    // @@ load-one-export
    LoadResult orders =
        DatasetLoader.load(
            Dataset.ORDERS,
            List.of("exports/superstore.csv"),
            LoadOptions.builder().preset("superstore").build());
    for (FileLedger f : orders.files()) {
      System.out.printf(
          "%s: %d read = %d loaded + %d rejected%n",
          f.file(), f.rowsRead(), f.rowsLoaded(), f.rowsRejected());
    }
    orders.rejects().stream().limit(5).forEach(System.out::println);
    Table table = orders.table(); // canonical columns: order_id, order_date, amount, ...
    // @@ end
    System.out.println(table.shape());
  }

  static void computeEverything() throws IOException {
    // @@ compute-and-write
    Business b = Kpikit.open("data-samples/cloudnote-saas");
    MetricRun run = b.computeAll(b.options()); // every table the data allows, and the KPIs
    for (Kpi kpi : run.kpis()) {
      System.out.printf("%-20s %12.2f %s%n", kpi.name(), kpi.value(), kpi.period());
    }
    Path out = Path.of("out/cloudnote");
    MetricsOutput.write(run, out); // metrics/*.csv, metrics.json, quality.csv, rejects/, run.json
    HtmlReport.write(run, out); // index.html and assets/: opens offline
    // @@ end
  }

  static void plotToHtml() throws IOException {
    Business b = Kpikit.open("data-samples/northwind-coffee");
    // @@ plot-to-html
    Table revenue = b.revenue().by("channel").table();
    Figure figure = LinePlot.create("Revenue by channel", revenue, "month", "revenue", "channel");
    Charts.writePage(figure, Path.of("out/revenue.html")); // plotly.js goes to out/assets/
    // @@ end
  }

  /**
   * Runs every snippet, in the README's order, from the working directory.
   *
   * @param args unused
   * @throws IOException when an output cannot be written
   */
  static void compareUnits() {
    Business b = Kpikit.open("data-samples/northwind-coffee");
    // @@ units
    Units regions = b.by("region");
    Table west = regions.unit("west").revenue().table(); // the west's own revenue_monthly
    Table league = regions.table();                       // metrics/units.csv
    System.out.println(league.where(league.stringColumn("kpi").isEqualTo("repeat_purchase_rate")).print());
    // @@ end
    System.out.println("west: " + west.rowCount() + " months");
  }

  public static void main(String[] args) throws IOException {
    openAndPrint();
    splitAndChangeGrain();
    splitOrError();
    loadOneExport();
    computeEverything();
    plotToHtml();
    compareUnits();
  }
}
