/**
 * The canonical datasets (DESIGN §3): {@link dev.kpikit.schema.Dataset} ({@code orders}, {@code
 * customers}, {@code marketing_spend}, {@code inventory}, {@code employees}, {@code financials}),
 * their shapes ({@link dev.kpikit.schema.DatasetShape}, e.g. subscription spells or a tenure
 * snapshot), their {@link dev.kpikit.schema.CanonicalColumn}s with {@link
 * dev.kpikit.schema.ColumnType}s, how headers map to them ({@link dev.kpikit.schema.ColumnNames}),
 * and the {@link dev.kpikit.schema.Presets} for well-known exports.
 *
 * @since 0.1.0
 */
package dev.kpikit.schema;
