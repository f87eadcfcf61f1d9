/**
 * Strict, allocation-light parsers for the cell values of typed canonical columns: {@link
 * dev.kpikit.load.parse.MoneyParser}, {@link dev.kpikit.load.parse.NumberParser}, {@link
 * dev.kpikit.load.parse.PercentParser}, {@link dev.kpikit.load.parse.IntegerParser}, {@link
 * dev.kpikit.load.parse.BooleanParser} and {@link dev.kpikit.load.parse.DateParser}.
 *
 * <p>Every parser takes a non-blank value (the loader turns null and blank text into a missing
 * value before calling it), ignores blanks around it (including no-break spaces), and either
 * returns the typed value or throws {@link dev.kpikit.load.parse.ParseFailure}, whose message is
 * the one-line reason for the rejects ledger. Nothing is guessed: a value that would only read
 * under another setting ({@code decimal_separator}, {@code date_format}) is rejected with a reason
 * that names the setting. All parsers are immutable and thread-safe.
 *
 * @since 0.1.0
 */
package dev.kpikit.load.parse;
