package dev.kpikit.report.html;

import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Formats metric values for people, by the units of {@link dev.kpikit.metrics.MetricDef}: {@code
 * currency} (grouped, with the currency code), {@code ratio} (a percentage), {@code count},
 * {@code months}, {@code days} and {@code times}. A missing value (NaN or infinite) is an en dash.
 * Output is the same on every machine (fixed symbols, no default locale).
 *
 * @since 0.1.0
 */
public final class ValueFormat {
  /** What a missing value shows. */
  public static final String MISSING = "–";

  private static final DecimalFormatSymbols SYMBOLS = DecimalFormatSymbols.getInstance(Locale.US);

  private ValueFormat() {}

  /**
   * @param value the value, NaN when missing
   * @param unit a catalog unit; an unknown unit formats as a plain number
   * @param currency the currency code shown with money (e.g. {@code EUR}), or null
   * @return the value for display, e.g. {@code EUR 12,345}, {@code 4.2 %}, {@code 1,024}, {@code
   *     5.5 months}
   */
  public static String format(double value, String unit, String currency) {
    if (!Double.isFinite(value)) {
      return MISSING;
    }
    return switch (unit == null ? "" : unit) {
      case "currency" -> money(value, currency);
      case "ratio" -> percent(value);
      case "count" -> pattern("#,##0").format(value);
      case "months" -> pattern("#,##0.0").format(value) + " months";
      case "days" -> pattern("#,##0").format(value) + " days";
      case "times" -> pattern("#,##0.00").format(value) + "×";
      default -> number(value);
    };
  }

  /**
   * @param value a share, e.g. 0.042
   * @return {@code 4.2 %}, or the en dash when missing
   */
  public static String percent(double value) {
    return Double.isFinite(value) ? pattern("#,##0.0").format(value * 100) + " %" : MISSING;
  }

  /**
   * @param value any number
   * @return grouped with up to two decimals ({@code 1,234.5}), or the en dash when missing
   */
  public static String number(double value) {
    if (!Double.isFinite(value)) {
      return MISSING;
    }
    return pattern(Math.abs(value) >= 100 ? "#,##0" : "#,##0.##").format(value);
  }

  /**
   * @param value a whole number
   * @return grouped ({@code 45,739})
   */
  public static String count(long value) {
    return pattern("#,##0").format(value);
  }

  private static String money(double value, String currency) {
    String digits = pattern(Math.abs(value) >= 1000 ? "#,##0" : "#,##0.00").format(value);
    return currency == null || currency.isBlank() ? digits : currency + " " + digits;
  }

  /** DecimalFormat is not thread-safe: one per call. Halves round up, as people expect. */
  private static DecimalFormat pattern(String pattern) {
    DecimalFormat f = new DecimalFormat(pattern, SYMBOLS);
    f.setRoundingMode(RoundingMode.HALF_UP);
    return f;
  }
}
