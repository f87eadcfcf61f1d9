package dev.kpikit.report.html;

import dev.kpikit.io.BuildVersion;
import dev.kpikit.io.AtomicFiles;
import dev.kpikit.report.MetricRun;
import dev.kpikit.report.OutlookRun;
import dev.kpikit.report.UnitRuns;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The offline HTML dashboard of a metrics run: {@code index.html} plus {@code assets/} (plotly.js,
 * styles, the chart script), nothing fetched from the network when it is built or viewed.
 *
 * <pre>{@code
 * Business b = Kpikit.open("data-samples/cloudnote-saas");
 * MetricRun run = b.computeAll(b.options()); // every table the data allows, and the KPIs
 * Path out = Path.of("out/cloudnote");
 * HtmlReport.write(run, out); // index.html and assets/: opens offline
 * }</pre>
 *
 * <p>The page is built as a value first ({@link #page}), then written. Two runs on the same data
 * and options produce the same HTML except the one "Generated" line in the footer. Every string
 * from the data is escaped for its context (HTML text, attributes, the JSON inside chart scripts).
 * Sections whose tables the run does not have say in one line which file would enable them. The
 * page is laid out for runs without a {@code by} dimension.
 *
 * @since 0.1.0
 */
public final class HtmlReport {
  private HtmlReport() {}

  /**
   * Writes {@code dir/index.html} and {@code dir/assets/}, each file atomically (a reader sees the
   * old file or the new one, never half of one). The links to {@code rejects/<dataset>.csv} point
   * at the files {@link dev.kpikit.report.MetricsOutput} writes into the same folder.
   *
   * @param run the run to show
   * @param dir the report folder (created if needed)
   * @throws IOException when the folder cannot be written
   */
  public static void write(MetricRun run, Path dir) throws IOException {
    write(run, dir, null);
  }

  /**
   * Writes the page with its Outlook section (see {@link #write(MetricRun, Path)}).
   *
   * @param run the run to show
   * @param dir the report folder (created if needed)
   * @param outlook the outlook and its backtests, or null for a page without the section
   * @throws IOException when the folder cannot be written
   */
  public static void write(MetricRun run, Path dir, OutlookRun outlook) throws IOException {
    ReportPage page = page(run, Instant.now(), outlook);
    Assets.write(dir);
    AtomicFiles.writeString(dir.resolve("index.html"), page.render());
  }

  /**
   * Builds the page of a run.
   *
   * @param run the run to show
   * @param generatedAt the time shown in the footer (the only part that differs between runs)
   * @return the page, ready to {@linkplain ReportPage#render() render}
   */
  public static ReportPage page(MetricRun run, Instant generatedAt) {
    return page(run, generatedAt, null);
  }

  /**
   * Builds the page of a run with its Outlook section, placed before Data quality.
   *
   * @param run the run to show
   * @param generatedAt the time shown in the footer
   * @param outlook the outlook and its backtests, or null for a page without the section
   * @return the page
   */
  public static ReportPage page(MetricRun run, Instant generatedAt, OutlookRun outlook) {
    RunView view = new RunView(run);
    List<Section> sections = new java.util.ArrayList<>(unitSections(view));
    int afterRetention = 4;
    Section segments = SegmentSection.build(view); // only when a column breaks the data down
    if (segments != null) {
      sections.add(1, segments);
      afterRetention++;
    }
    Section customerValue = CustomerValueSection.build(view); // only when the run computed it
    if (customerValue != null) {
      sections.add(afterRetention, customerValue);
    }
    sections.add(DataQualitySection.build(view));
    if (outlook != null) {
      sections.add(sections.size() - 1, OutlookSection.build(view, outlook));
    }
    String footer = "kpikit " + BuildVersion.get() + (DataDates.present(run)
            ? " · as of " + run.options().asOf() + " · by " + run.options().periodColumn()
            : " · a snapshot without dates")
        + (run.config().currency() == null ? "" : " · amounts in " + run.config().currency())
        + (run.fxRatesSource() == null ? "" : ", converted at the last rate on or before each date from "
            + run.fxRatesSource())
        + (run.config().policies().graceDays() == 0 ? "" : " · lapses shorter than "
            + run.config().policies().graceDays() + " days are not churn (policies.past_due_grace_days)")
        + (run.config().policies().trialsArePaidOnly() ? "" : " · trials count as customers from signup")
        + (run.config().policies().discountsAreNetted() ? "" : " · MRR before discounts")
        + (run.config().policies().refundsAtOrder() ? " · refunds dated at their order" : "")
        + " · metric tables in metrics/*.csv, definitions in metrics.json";
    return new ReportPage(HeaderFacts.build(view), AbsentSections.collapse(sections),
        generatedAt.truncatedTo(ChronoUnit.SECONDS).toString(), footer);
  }

  /**
   * The sections a unit's view replaces (every section but Segments, Customer value, Outlook and
   * Data quality, which stay the whole business's).
   */
  private static List<Section> unitSections(RunView view) {
    return List.of(
        KpiSection.build(view),
        SalesSection.build(view),
        AcquisitionSection.build(view),
        RetentionSection.build(view),
        SubscriptionSection.build(view),
        OperationsSection.build(view),
        FinanceSection.build(view),
        BalancesSection.build(view),
        ScorecardSection.build(view));
  }

  /**
   * Writes the page of a business divided into units: the page of {@link #write(MetricRun, Path,
   * OutlookRun)} with a Units section first, whose selector switches every other section to one
   * unit's (see {@link #page(MetricRun, Instant, OutlookRun, UnitRuns)}).
   *
   * @param run the whole business's run (with its {@code units} table)
   * @param dir the report folder (created if needed)
   * @param outlook the outlook, or null
   * @param units the units' runs, or null for the page without units
   * @throws IOException when the folder cannot be written
   * @since 0.3.0
   */
  public static void write(MetricRun run, Path dir, OutlookRun outlook, UnitRuns units) throws IOException {
    ReportPage page = page(run, Instant.now(), outlook, units);
    Assets.write(dir);
    AtomicFiles.writeString(dir.resolve("index.html"), page.render());
  }

  /**
   * Builds the page of a business divided into units: the whole business's page (the default view)
   * with the Units section first; each unit's Key figures, Sales, Acquisition, Retention,
   * Subscriptions, Operations, Balances and Scorecard are in the page once, in an inert template,
   * and take the place of the whole business's when the unit is picked.
   *
   * @param run the whole business's run
   * @param generatedAt the time shown in the footer
   * @param outlook the outlook, or null
   * @param units the units' runs, or null for the page without units
   * @return the page
   * @since 0.3.0
   */
  public static ReportPage page(MetricRun run, Instant generatedAt, OutlookRun outlook, UnitRuns units) {
    ReportPage page = page(run, generatedAt, outlook);
    if (units == null) {
      return page;
    }
    java.util.Set<String> shown = new java.util.HashSet<>();
    page.sections().forEach(s -> shown.add(s.id()));
    List<UnitSelector.Panel> panels = new java.util.ArrayList<>();
    units.runs().forEach((name, unitRun) -> panels.add(new UnitSelector.Panel(
        name, units.column() + " " + name + ": its own rows; shared datasets allocated as the Units section says.",
        // a section the whole page folded into "Not in this report" has no place to switch into
        unitSections(new RunView(unitRun)).stream().filter(s -> shown.contains(s.id())).toList())));
    List<Section> sections = new java.util.ArrayList<>(page.sections());
    sections.add(0, UnitsSection.build(new RunView(run), units, panels));
    return new ReportPage(page.header(), sections, page.generatedAt(),
        page.footer() + " · units by " + units.column());
  }
}
