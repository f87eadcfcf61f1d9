package dev.kpikit.report.html;

import dev.kpikit.config.ConfigIssue;
import dev.kpikit.load.FileLedger;
import dev.kpikit.load.LoadResult;
import dev.kpikit.report.MetricRun;
import dev.kpikit.report.MetricsOutput;
import dev.kpikit.schema.Dataset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import tech.tablesaw.api.Table;

/** Builds the {@link ReportHeader} of a run: name, as-of, periods, coverage and warnings. */
final class HeaderFacts {
  /** A file whose reject rate reaches this share is named in the warnings. */
  static final double NOTABLE_REJECT_RATE = 0.01;

  private HeaderFacts() {}

  static ReportHeader build(RunView view) {
    MetricRun run = view.run();
    List<ReportHeader.DatasetPresence> datasets = new ArrayList<>();
    for (Dataset d : Dataset.values()) {
      LoadResult r = run.loads().get(d);
      datasets.add(new ReportHeader.DatasetPresence(d.fileStem(), r != null, r == null ? 0 : r.rowsLoaded()));
    }
    return new ReportHeader(businessName(run.dataDir()), DataDates.asOfText(run),
        periodsCovered(view), datasets, warnings(view));
  }

  /** @return the data folder's name, e.g. {@code northwind-coffee} */
  static String businessName(Path dataDir) {
    Path name = dataDir.toAbsolutePath().normalize().getFileName();
    return name == null ? dataDir.toString() : name.toString();
  }

  /**
   * The periods of the business's main activity: those of revenue_monthly (or churn_monthly for a
   * subscription export without orders), so a long headcount history does not stretch the range;
   * the union of every period table only when neither exists.
   */
  private static String periodsCovered(RunView view) {
    String first = null;
    String last = null;
    Map<String, Table> tables = view.run().tables();
    List<Table> main =
        Stream.of("revenue_monthly", "churn_monthly").filter(tables::containsKey).map(tables::get).limit(1).toList();
    for (Table t : main.isEmpty() ? tables.values() : main) {
      if (t.rowCount() == 0 || !t.containsColumn(view.periodColumn())) {
        continue;
      }
      for (String p : Columns.text(t, view.periodColumn())) {
        if (p != null) {
          first = first == null || p.compareTo(first) < 0 ? p : first;
          last = last == null || p.compareTo(last) > 0 ? p : last;
        }
      }
    }
    return first == null ? "" : first + " to " + last + " (by " + view.periodColumn() + ")";
  }

  private static List<String> warnings(RunView view) {
    List<String> out = new ArrayList<>();
    String incomplete = view.incompleteLastPeriod();
    if (incomplete != null) {
      out.add("The last " + view.periodColumn() + ", " + incomplete + ", is incomplete (data to "
          + view.options().asOf() + "): it is shaded in the charts; do not compare it with full"
          + " periods.");
    }
    MetricRun run = view.run();
    for (ConfigIssue i : run.configIssues()) {
      out.add(MetricsOutput.shown(run, i.file()) + ":" + i.line() + ":" + i.column() + ": " + i.message()
          + " It was ignored.");
    }
    for (LoadResult r : run.loads().values()) {
      for (FileLedger f : r.files()) {
        if (f.rejectRate() >= NOTABLE_REJECT_RATE) {
          out.add(MetricsOutput.shown(run, f.file()) + ": " + ValueFormat.count(f.rowsRejected())
              + " of " + ValueFormat.count(f.rowsRead()) + " rows rejected ("
              + ValueFormat.percent(f.rejectRate()) + "); see rejects/" + r.dataset().fileStem()
              + ".csv.");
        }
      }
    }
    return out;
  }
}
