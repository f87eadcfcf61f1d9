/**
 * The nightly job behind {@code kpikit report}: {@link dev.kpikit.job.ReportJob} builds a report
 * under an {@link dev.kpikit.job.OutputLock}, publishes it atomically through {@link
 * dev.kpikit.job.ReportFolder} and keeps the last runs; {@link dev.kpikit.job.JobLog} writes
 * timestamped log lines and a progress bar shows progress on a terminal only.
 *
 * @since 0.1.0
 */
package dev.kpikit.job;
