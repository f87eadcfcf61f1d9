/**
 * The data folder's {@code kpikit.yaml}: {@link dev.kpikit.config.KpikitConfig} (time zone,
 * currency, as-of date, KPI targets, balance bands) and {@link dev.kpikit.config.DatasetConfig} (a
 * dataset's path, preset, encoding, date format and column mapping). The keys derive from these
 * records ({@code ConfigSchema}); {@link dev.kpikit.config.ConfigFile} reports unknown keys and names
 * as {@link dev.kpikit.config.ConfigIssue}s with their line and the nearest known name. {@link
 * dev.kpikit.config.DataFolder} is a data folder: its config and the files of each dataset, found
 * by name or by the config's paths.
 *
 * @since 0.1.0
 */
package dev.kpikit.config;
