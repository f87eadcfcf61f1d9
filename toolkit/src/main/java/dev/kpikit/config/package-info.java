/**
 * The data folder's {@code kpikit.yaml}: {@link dev.kpikit.config.KpikitConfig} (time zone,
 * currency, as-of date, KPI targets, balance bands) and {@link dev.kpikit.config.DatasetConfig} (a
 * dataset's path, preset, encoding, date format and column mapping). Unknown keys are errors that
 * list the valid ones.
 *
 * @since 0.1.0
 */
package dev.kpikit.config;
