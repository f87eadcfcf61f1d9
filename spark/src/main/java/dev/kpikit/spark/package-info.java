/**
 * kpikit on Apache Spark: {@link dev.kpikit.spark.SparkEngine} (the {@code spark} engine of {@code
 * kpikit metrics --engine spark}, found through {@link java.util.ServiceLoader}) and {@link
 * dev.kpikit.spark.SparkMetricsJob} (the {@code spark-submit} entry). Executors read the files
 * with the toolkit's own loader; the orders stay on the cluster, where the tables of {@link
 * dev.kpikit.spark.ClusterTables} are aggregated and then assembled on the driver by the toolkit's
 * own code, so both engines share one set of definitions. Other order tables collect the orders
 * to the driver and say so.
 */
package dev.kpikit.spark;
