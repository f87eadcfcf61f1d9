package dev.kpikit.load;

import dev.kpikit.load.source.RecordReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Dated exchange rates to one reporting currency: for a currency and a date, the factor that turns
 * one unit of that currency into the reporting currency, taken from the last rate published on or
 * before the date (weekends and holidays carry the previous rate).
 *
 * <p>Two file formats are read:
 *
 * <ul>
 *   <li>the long format, columns {@code date, currency, rate}: {@code rate} is units of the
 *       reporting currency per one unit of {@code currency} (a row of 2024-01-02, USD, 0.91 with
 *       EUR reporting: 100 USD are 91 EUR);
 *   <li>the {@link #ECB ecb} preset, the European Central Bank's {@code
 *       eurofxref-hist.csv} ({@code Date,USD,JPY,...}): each value is units of that currency per
 *       one euro, {@code N/A} or blank when not published. With EUR reporting, 1 unit of c is
 *       {@code 1 / rate_c} EUR; with another reporting currency R the conversion goes through the
 *       euro on the same publication date: 1 unit of c is {@code rate_R / rate_c} R (and 1 EUR is
 *       {@code rate_R} R). A date without a rate for R gives no rate for any currency.
 * </ul>
 *
 * The reporting currency itself always converts at 1.
 *
 * @since 0.1.0
 */
public final class FxRates {
  /** The preset name of the European Central Bank's reference-rate CSV. */
  public static final String ECB = "ecb";

  private final String reporting;
  private final String source;
  private final Map<String, Series> byCurrency;

  /** The published dates of one currency, ascending, with their factors to the reporting currency. */
  private record Series(long[] days, double[] factors) {}

  /**
   * A rate used for one amount.
   *
   * @param date the publication date of the rate (on or before the amount's date)
   * @param factor units of the reporting currency per one unit of the amount's currency
   */
  public record Rate(LocalDate date, double factor) {}

  private FxRates(String reporting, String source, Map<String, TreeMap<LocalDate, Double>> rates) {
    this.reporting = reporting;
    this.source = source;
    this.byCurrency = new HashMap<>();
    rates.forEach(
        (currency, dated) -> {
          long[] days = new long[dated.size()];
          double[] factors = new double[dated.size()];
          int i = 0;
          for (Map.Entry<LocalDate, Double> e : dated.entrySet()) {
            days[i] = e.getKey().toEpochDay();
            factors[i++] = e.getValue();
          }
          byCurrency.put(currency, new Series(days, factors));
        });
  }

  /**
   * Builds rates from a map (tests, notebooks).
   *
   * @param reporting the reporting currency code
   * @param source a description of where the rates come from, shown in ledgers and reports
   * @param rates currency code to its factors by publication date (units of the reporting currency
   *     per one unit of the currency)
   * @return the rates
   */
  public static FxRates of(String reporting, String source, Map<String, ? extends Map<LocalDate, Double>> rates) {
    Map<String, TreeMap<LocalDate, Double>> copy = new HashMap<>();
    rates.forEach((c, m) -> copy.put(code(c), new TreeMap<>(m)));
    return new FxRates(code(reporting), source, copy);
  }

  /**
   * Reads a rates file.
   *
   * @param file a local path (CSV, gzip CSV or Parquet)
   * @param preset null for the long format, or {@link #ECB}
   * @param reporting the reporting currency code
   * @return the rates
   * @throws DataException naming the file, line and column of a value that is not a date or a
   *     positive number, a missing column, or (ECB) a reporting currency the file does not have
   */
  public static FxRates read(String file, String preset, String reporting) {
    String r = code(reporting);
    try (RecordReader reader = SourceReaders.open(file, LoadOptions.DEFAULT)) {
      return ECB.equals(preset) ? readEcb(reader, r) : readLong(reader, r);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  private static FxRates readLong(RecordReader reader, String reporting) throws IOException {
    List<String> header = reader.header().stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
    int date = column(reader, header, "date");
    int currency = column(reader, header, "currency");
    int rate = column(reader, header, "rate");
    Map<String, TreeMap<LocalDate, Double>> rates = new HashMap<>();
    while (reader.next()) {
      String c = code(text(reader, currency));
      if (c.isEmpty()) {
        throw new DataException(where(reader, "currency") + "missing currency code");
      }
      rates.computeIfAbsent(c, k -> new TreeMap<>())
          .put(date(reader, date, "date"), rate(reader, rate, "rate"));
    }
    return new FxRates(reporting, shortName(reader.sourceName()), rates);
  }

  private static FxRates readEcb(RecordReader reader, String reporting) throws IOException {
    List<String> header = reader.header().stream().map(String::strip).toList();
    int date = column(reader, header.stream().map(h -> h.toLowerCase(Locale.ROOT)).toList(), "date");
    int reportingColumn = "EUR".equals(reporting) ? -1 : header.indexOf(reporting);
    if (!"EUR".equals(reporting) && reportingColumn < 0) {
      throw new DataException(
          reader.sourceName() + ": the reporting currency " + reporting
              + " has no column in these ECB rates (they are per euro: use EUR or one of their columns)");
    }
    Map<String, TreeMap<LocalDate, Double>> rates = new HashMap<>();
    while (reader.next()) {
      LocalDate day = date(reader, date, header.get(date));
      double perEuroOfReporting = 1;
      if (reportingColumn >= 0) {
        if (isNotAvailable(text(reader, reportingColumn))) {
          continue;
        }
        perEuroOfReporting = rate(reader, reportingColumn, reporting);
      }
      if (!"EUR".equals(reporting)) {
        rates.computeIfAbsent("EUR", k -> new TreeMap<>()).put(day, perEuroOfReporting);
      }
      for (int i = 0; i < header.size() && i < reader.size(); i++) {
        String c = code(header.get(i));
        if (i == date || c.isEmpty() || c.equals(reporting) || isNotAvailable(text(reader, i))) {
          continue;
        }
        double perEuro = rate(reader, i, header.get(i));
        rates.computeIfAbsent(c, k -> new TreeMap<>()).put(day, perEuroOfReporting / perEuro);
      }
    }
    return new FxRates(reporting, shortName(reader.sourceName()) + " (ECB reference rates, via EUR)", rates);
  }

  /** The file name without its folder, as ledgers and reports show input files. */
  private static String shortName(String file) {
    return file.substring(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1);
  }

  private static boolean isNotAvailable(String value) {
    return value.isEmpty() || value.equalsIgnoreCase("N/A");
  }

  private static int column(RecordReader reader, List<String> header, String name) {
    int i = header.indexOf(name);
    if (i < 0) {
      throw new DataException(
          reader.sourceName() + ": no column '" + name + "' (the rates need date, currency, rate;"
              + " for the ECB's eurofxref-hist.csv set fx_rates.preset: ecb in kpikit.yaml)");
    }
    return i;
  }

  private static String text(RecordReader reader, int i) {
    Object v = i < reader.size() ? reader.value(i) : null;
    return v == null ? "" : v.toString().strip();
  }

  private static String where(RecordReader reader, String column) {
    return reader.sourceName() + ":" + reader.line() + ": " + column + ": ";
  }

  private static LocalDate date(RecordReader reader, int i, String column) {
    String s = text(reader, i);
    try {
      return LocalDate.parse(s.length() > 10 ? s.substring(0, 10) : s);
    } catch (DateTimeParseException e) {
      throw new DataException(where(reader, column) + "'" + s + "' is not a date (yyyy-MM-dd)", e);
    }
  }

  private static double rate(RecordReader reader, int i, String column) {
    String s = text(reader, i);
    double v;
    try {
      v = Double.parseDouble(s);
    } catch (NumberFormatException e) {
      throw new DataException(where(reader, column) + "'" + s + "' is not a rate", e);
    }
    if (!(v > 0) || Double.isInfinite(v)) {
      throw new DataException(where(reader, column) + "'" + s + "' is not a positive rate");
    }
    return v;
  }

  /**
   * @param currency a code in any case, possibly padded
   * @return the code stripped and upper-cased; empty for null
   */
  static String code(String currency) {
    return currency == null ? "" : currency.strip().toUpperCase(Locale.ROOT);
  }

  /** @return the reporting currency code */
  public String reporting() {
    return reporting;
  }

  /** @return where the rates come from, e.g. {@code eurofxref-hist.csv (ECB reference rates, via EUR)} */
  public String source() {
    return source;
  }

  /** @return the currencies with at least one rate (the reporting currency needs none) */
  public Set<String> currencies() {
    return new TreeSet<>(byCurrency.keySet());
  }

  /**
   * The rate of an amount: 1 for the reporting currency, else the last rate of {@code currency}
   * published on or before {@code date}.
   *
   * @param currency a currency code (any case)
   * @param date the amount's date
   * @return the rate, or null when the currency has no rate on or before the date
   */
  public Rate rate(String currency, LocalDate date) {
    String c = code(currency);
    if (c.equals(reporting)) {
      return new Rate(date, 1);
    }
    Series s = byCurrency.get(c);
    if (s == null) {
      return null;
    }
    int i = java.util.Arrays.binarySearch(s.days, date.toEpochDay());
    int at = i >= 0 ? i : -i - 2;
    return at < 0 ? null : new Rate(LocalDate.ofEpochDay(s.days[at]), s.factors[at]);
  }

  /**
   * @param currency a currency code
   * @return its first published date, or null when it has none
   */
  public LocalDate firstDate(String currency) {
    Series s = byCurrency.get(code(currency));
    return s == null || s.days.length == 0 ? null : LocalDate.ofEpochDay(s.days[0]);
  }
}
