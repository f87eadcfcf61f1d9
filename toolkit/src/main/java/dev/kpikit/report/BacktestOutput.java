package dev.kpikit.report;

import dev.kpikit.forecast.Backtest;
import dev.kpikit.forecast.BacktestSubject;
import dev.kpikit.io.AtomicFiles;
import dev.kpikit.io.TableCsv;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Writes backtests: {@code backtest/summary.csv} (one row per subject) and, per subject, {@code
 * backtest/<subject>_cutoffs.csv} and {@code backtest/<subject>_points.csv}, each atomically.
 *
 * @since 0.2.0
 */
public final class BacktestOutput {
  private BacktestOutput() {}

  /**
   * @param results each subject with its backtest, in order
   * @return one row per subject: subject, description, cutoffs, steps, relative_mae, mase,
   *     coverage_80, coverage_95, msis (undefined values missing)
   */
  public static Table summary(Map<BacktestSubject, Backtest> results) {
    Table t = Table.create("backtest_summary", StringColumn.create("subject"), StringColumn.create("description"),
        IntColumn.create("cutoffs"), IntColumn.create("steps"), DoubleColumn.create("relative_mae"),
        DoubleColumn.create("mase"), DoubleColumn.create("coverage_80"), DoubleColumn.create("coverage_95"),
        DoubleColumn.create("msis"));
    results.forEach((s, b) -> {
      t.stringColumn("subject").append(s.name());
      t.stringColumn("description").append(s.description());
      t.intColumn("cutoffs").append(b.cutoffs().size());
      t.intColumn("steps").append(b.scoredSteps());
      finite(t.doubleColumn("relative_mae"), b.relativeMae());
      finite(t.doubleColumn("mase"), b.mase());
      finite(t.doubleColumn("coverage_80"), b.coverage80());
      finite(t.doubleColumn("coverage_95"), b.coverage95());
      finite(t.doubleColumn("msis"), b.msis());
    });
    return t;
  }

  /**
   * @param results each subject with its backtest
   * @param out the output folder
   * @return the files written, relative to {@code out}
   * @throws IOException when the folder cannot be written
   */
  public static List<String> write(Map<BacktestSubject, Backtest> results, Path out) throws IOException {
    List<String> written = new ArrayList<>();
    for (Map.Entry<BacktestSubject, Backtest> e : results.entrySet()) {
      String name = e.getKey().name();
      String cutoffs = "backtest/" + name + "_cutoffs.csv";
      String points = "backtest/" + name + "_points.csv";
      AtomicFiles.write(out.resolve(cutoffs), w -> TableCsv.write(e.getValue().cutoffTable(name + "_cutoffs"), w));
      AtomicFiles.write(out.resolve(points), w -> TableCsv.write(e.getValue().pointTable(name + "_points"), w));
      written.add(cutoffs);
      written.add(points);
    }
    AtomicFiles.write(out.resolve("backtest/summary.csv"), w -> TableCsv.write(summary(results), w));
    written.add("backtest/summary.csv");
    return written;
  }

  private static void finite(DoubleColumn c, double v) {
    if (Double.isFinite(v)) {
      c.append(v);
    } else {
      c.appendMissing();
    }
  }
}
