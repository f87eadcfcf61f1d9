package dev.kpikit.job;

import dev.kpikit.report.MetricRun;
import java.nio.file.Path;

/**
 * A report {@link ReportJob} published.
 *
 * @param runDir the run's folder, {@code DIR/runs/<start time>}
 * @param run what was computed
 * @since 0.1.0
 */
public record PublishedReport(Path runDir, MetricRun run) {}
