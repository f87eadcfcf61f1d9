/**
 * kpikit on Apache Spark: {@link dev.kpikit.spark.SparkEngine} (the {@code spark} engine of {@code
 * kpikit metrics --engine spark}, found through {@link java.util.ServiceLoader}) and {@link
 * dev.kpikit.spark.SparkMetricsJob} (the {@code spark-submit} entry). Spark reads the files and
 * merges order rows no metric can tell apart; the toolkit's own loader and metric code do the
 * rest, so both engines share one set of definitions.
 */
package dev.kpikit.spark;
