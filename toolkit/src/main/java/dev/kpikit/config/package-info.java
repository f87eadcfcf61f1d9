/**
 * The data folder's {@code kpikit.yaml}: {@link dev.kpikit.config.KpikitConfig} (time zone,
 * currency, as-of date, KPI targets, balance bands) and {@link dev.kpikit.config.DatasetConfig} (a
 * dataset's path, preset, encoding, date format and column mapping). The keys derive from these
 * records ({@code ConfigSchema}); {@link dev.kpikit.config.ConfigFile} reports unknown keys and names
 * as {@link dev.kpikit.config.ConfigIssue}s with their line and the nearest known name.
 *
 * @since 0.1.0
 */
package dev.kpikit.config;
