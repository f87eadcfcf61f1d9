///usr/bin/env jbang "$0" "$@" ; exit $?
//DEPS dev.kpikit:kpikit:0.1.0-SNAPSHOT
//JAVA 17+

import dev.kpikit.Business;
import dev.kpikit.Kpikit;
import dev.kpikit.load.LoadResult;
import dev.kpikit.metrics.Kpi;
import dev.kpikit.report.MetricRun;
import dev.kpikit.report.MetricsOutput;
import dev.kpikit.report.html.HtmlReport;
import java.nio.file.Path;
import java.util.List;
import tech.tablesaw.api.Table;

/**
 * Quickstart: open a data folder, print its ledger and headline KPIs, and write the offline HTML
 * report with the metric files, as {@code kpikit report} does.
 *
 * <pre>
 * jbang notebooks/Quickstart.java [DATA_DIR] [OUT_DIR]
 * </pre>
 *
 * DATA_DIR defaults to {@code data-samples/northwind-coffee}, OUT_DIR to {@code out/quickstart}.
 */
public class Quickstart {
  public static void main(String... args) throws Exception {
    Path data = Path.of(args.length > 0 ? args[0] : "data-samples/northwind-coffee");
    Path out = Path.of(args.length > 1 ? args[1] : "out/quickstart");

    Business business = Kpikit.open(data);
    System.out.println(business + ", as of " + business.asOf());
    MetricRun run = business.computeAll(business.options());

    System.out.println();
    System.out.println("Ledger (rows read = loaded + rejected)");
    for (LoadResult load : run.loads().values()) {
      System.out.printf(
          "  %-16s %,9d read %,9d loaded %,5d rejected%n",
          load.dataset().fileStem(), load.rowsRead(), load.rowsLoaded(), load.rowsRejected());
    }

    System.out.println();
    System.out.println("Headline KPIs (value, unit, period; previous period; a year earlier)");
    for (Kpi kpi : run.kpis()) {
      System.out.printf(
          "  %-22s %14s %-9s %-14s prev %-12s year ago %s%n",
          kpi.name(), number(kpi.value()), kpi.unit(), kpi.period(), number(kpi.previous()),
          number(kpi.yearAgo()));
    }

    Table revenue = run.tables().get("revenue_monthly");
    if (revenue != null) {
      System.out.println();
      System.out.println(
          revenue.last(3).retainColumns("month", "revenue", "orders", "customers", "aov").print());
    }
    run.skipped().forEach((table, why) -> System.out.println("  skipped " + table + ": " + why));

    List<String> written = MetricsOutput.write(run, out);
    HtmlReport.write(run, out);
    System.out.println();
    System.out.println(
        "Wrote " + written.size() + " metric files and the report to " + out.toAbsolutePath());
    System.out.println("Open " + out.resolve("index.html").toAbsolutePath().toUri());
  }

  /** A value with two decimals, or a dash when it is missing (NaN). */
  static String number(double v) {
    return Double.isNaN(v) ? "–" : String.format("%,.2f", v);
  }
}
