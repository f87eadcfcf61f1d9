package dev.kpikit.config;

/**
 * The {@code fx_rates} section of {@code kpikit.yaml}: where the exchange rates are that convert
 * every amount to the reporting {@code currency}. Without the section, a file {@code fx_rates.csv}
 * in the data folder is read in the long format.
 *
 * @param path a file relative to the data folder (CSV, gzip CSV or Parquet), or null for {@code
 *     fx_rates.csv}
 * @param preset null for the long format ({@code date, currency, rate}: units of the reporting
 *     currency per one unit of {@code currency}), or {@code ecb} for the European Central Bank's
 *     reference rates ({@code eurofxref-hist.csv}: {@code Date,USD,JPY,...}, units of each currency
 *     per one euro)
 * @since 0.1.0
 */
public record FxRatesConfig(String path, String preset) {
  /** The preset name of the European Central Bank's reference-rate CSV. */
  public static final String ECB = dev.kpikit.load.FxRates.ECB;
}
