package dev.kpikit.report.html;

import dev.kpikit.config.KpikitConfig.Target;
import dev.kpikit.metrics.MetricOptions;
import dev.kpikit.report.MetricRun;
import java.util.Optional;
import tech.tablesaw.api.Table;

/** What the section builders read from a run: its tables, skip reasons, options and targets. */
final class RunView {
  private final MetricRun run;

  RunView(MetricRun run) {
    this.run = run;
  }

  MetricRun run() {
    return run;
  }

  /** @return the table when the run computed it and it has rows */
  Optional<Table> table(String name) {
    Table t = run.tables().get(name);
    return t == null || t.rowCount() == 0 ? Optional.empty() : Optional.of(t);
  }

  /** @return why a table is absent, in an analyst's words ({@link AnalystReasons}): the run's skip reason, or that it is empty or not computed */
  String whyAbsent(String name) {
    String reason = run.skipped().get(name);
    if (reason != null) {
      return AnalystReasons.of(reason);
    }
    return run.tables().containsKey(name)
        ? AnalystReasons.empty(name, DataDates.present(run) ? run.options().asOf().toString() : null)
        : AnalystReasons.notComputed(name);
  }

  /** @return an omitted-note for a chart whose table is absent */
  Note omitted(String what, String table) {
    return Note.omitted(what, whyAbsent(table));
  }

  MetricOptions options() {
    return run.options();
  }

  /** @return the period column name, e.g. {@code month} */
  String periodColumn() {
    return run.options().periodColumn();
  }

  /**
   * @return the period column of a table: the grain's name ({@code month}) when present, else
   *     {@code period} (as in {@code inventory_turnover}), else the first column
   */
  String periodColumn(Table t) {
    String grain = periodColumn();
    if (t.containsColumn(grain)) {
      return grain;
    }
    return t.containsColumn("period") ? "period" : t.column(0).name();
  }

  /** @return the currency code, or null */
  String currency() {
    return run.config().currency();
  }

  /** @return the label of the last period when it is incomplete, else null (also without dates) */
  String incompleteLastPeriod() {
    if (!DataDates.present(run)) {
      return null; // a snapshot without dates has no periods to be incomplete
    }
    MetricOptions o = run.options();
    int last = o.lastPeriod();
    return o.isComplete(last) ? null : o.periods().label(last);
  }

  /** @return the config target of a KPI, or null */
  Target target(String kpi) {
    return run.config().targets().get(kpi);
  }

  /** @return a currency axis title, e.g. {@code Revenue (EUR)} */
  String money(String what) {
    String c = currency();
    return c == null || c.isBlank() ? what : what + " (" + c + ")";
  }
}
