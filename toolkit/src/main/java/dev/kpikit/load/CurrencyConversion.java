package dev.kpikit.load;

import dev.kpikit.schema.CanonicalColumn;
import dev.kpikit.schema.ColumnType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Converts the amounts of a loaded dataset to the reporting currency, right after loading and
 * before any metric runs (DESIGN §3, Currencies).
 *
 * <p>Applies to a dataset whose table has a {@code currency} column and a dated shape: orders
 * (at {@code order_date}), customer spells (MRR at {@code start_date}), marketing spend and
 * financials (at {@code period}). Every {@link ColumnType#MONEY} column of the row is multiplied by
 * the rate of the row's currency on the row's date ({@link FxRates#rate}); a blank currency is the
 * reporting currency.
 *
 * <ul>
 *   <li>Without rates: one currency (or none) leaves the result untouched; several currencies are a
 *       {@link DataException} naming each with its row count: they are never summed.
 *   <li>With rates: a row whose currency has no rate on or before its date is rejected (file, line,
 *       the currency column, the reason), so rows read = loaded + rejected still holds; each file's
 *       ledger gets a note with the rows converted per currency and the range of rate dates used.
 * </ul>
 *
 * @since 0.1.0
 */
public final class CurrencyConversion {
  /** The column holding each row's currency code. */
  public static final String CURRENCY = "currency";

  private CurrencyConversion() {}

  /**
   * A loaded row's place in its file.
   *
   * @param line the 1-based line where its record starts (Parquet: the row number)
   * @param currencyHeader the file's header of the {@code currency} column, or empty
   * @param rawValues the record's fields as read
   */
  public record RowPlace(long line, String currencyHeader, List<String> rawValues) {
    /** Copies the values. */
    public RowPlace {
      rawValues = List.copyOf(rawValues);
    }
  }

  /**
   * Finds where loaded rows are in their files, for rejects (see {@link RowLines}).
   */
  @FunctionalInterface
  public interface Locator {
    /**
     * @param fileIndex the file's index in the result's ledger
     * @param loadedRows 0-based indexes of loaded rows within that file, ascending
     * @param rejectedLines the lines of the rows of that file already rejected while loading
     * @return for each index, its line and raw fields, in the same order
     */
    List<RowPlace> locate(int fileIndex, int[] loadedRows, java.util.Set<Long> rejectedLines);
  }

  /**
   * Converts a load result.
   *
   * @param result a dataset as loaded
   * @param rates the rates, or null when the folder has none
   * @param locator where rows are in their files (used only when rows are rejected)
   * @return the result with converted amounts (the same instance when nothing is converted)
   * @throws DataException when amounts are in several currencies and there are no rates
   */
  public static LoadResult apply(LoadResult result, FxRates rates, Locator locator) {
    Table t = result.table();
    String dateColumn = dateColumnOf(result);
    if (!t.containsColumn(CURRENCY) || dateColumn == null || !t.containsColumn(dateColumn)) {
      return result;
    }
    Column<?> currency = t.column(CURRENCY);
    if (rates == null) {
      refuseMixed(result, currency);
      return result;
    }
    DateColumn dates = (DateColumn) t.column(dateColumn);
    List<DoubleColumn> money = moneyColumns(result);
    int n = t.rowCount();
    List<Integer> rejected = new ArrayList<>();
    Map<Integer, String> reasons = new LinkedHashMap<>();
    int files = result.files().size();
    List<Map<String, Long>> converted = new ArrayList<>();
    LocalDate[] firstRate = new LocalDate[files];
    LocalDate[] lastRate = new LocalDate[files];
    int[] fileOf = fileOfRow(result);
    for (int f = 0; f < files; f++) {
      converted.add(new TreeMap<>());
    }
    for (int i = 0; i < n; i++) {
      String code = FxRates.code(currency.isMissing(i) ? "" : currency.getString(i));
      if (code.isEmpty() || code.equals(rates.reporting())) {
        continue;
      }
      LocalDate day = dates.get(i);
      FxRates.Rate rate = day == null ? null : rates.rate(code, day);
      if (rate == null) {
        rejected.add(i);
        reasons.put(i, noRate(code, day, rates));
        continue;
      }
      for (DoubleColumn m : money) {
        if (!m.isMissing(i)) {
          m.set(i, m.getDouble(i) * rate.factor());
        }
      }
      int f = fileOf[i];
      converted.get(f).merge(code, 1L, Long::sum);
      firstRate[f] = min(firstRate[f], rate.date());
      lastRate[f] = max(lastRate[f], rate.date());
    }
    if (rejected.isEmpty() && converted.stream().allMatch(Map::isEmpty)) {
      return result;
    }
    List<Reject> rejects = new ArrayList<>(result.rejects());
    int[] rejectsPerFile = new int[files];
    if (!rejected.isEmpty()) {
      addRejects(result, rejected, reasons, fileOf, locator, rejects, rejectsPerFile);
      rejects.sort(Comparator.comparingInt((Reject r) -> fileIndex(result, r.file())).thenComparingLong(Reject::line));
      t = t.dropRows(rejected.stream().mapToInt(Integer::intValue).toArray());
    }
    List<FileLedger> ledgers = new ArrayList<>();
    int start = 0;
    for (int f = 0; f < files; f++) {
      FileLedger l = result.files().get(f);
      int kept = (int) l.rowsLoaded() - rejectsPerFile[f];
      ledgers.add(ledger(l, t, start, kept, rejectsPerFile[f], converted.get(f), firstRate[f], lastRate[f], rates));
      start += kept;
    }
    return new LoadResult(result.dataset(), result.shape(), t, ledgers, rejects);
  }

  /** The column an amount's date is read from, or null for a shape without amounts to convert. */
  static String dateColumnOf(LoadResult result) {
    return switch (result.dataset()) {
      case ORDERS -> "order_date";
      case CUSTOMERS -> result.shape().name().equals("spells") ? "start_date" : null;
      case MARKETING_SPEND, FINANCIALS -> "period";
      default -> null;
    };
  }

  private static List<DoubleColumn> moneyColumns(LoadResult result) {
    List<DoubleColumn> money = new ArrayList<>();
    for (CanonicalColumn c : result.shape().columns()) {
      if (c.type() == ColumnType.MONEY && result.table().containsColumn(c.name())
          && result.table().column(c.name()) instanceof DoubleColumn d) {
        money.add(d);
      }
    }
    return money;
  }

  private static void refuseMixed(LoadResult result, Column<?> currency) {
    Map<String, Long> rows = new TreeMap<>();
    for (int i = 0; i < currency.size(); i++) {
      String code = FxRates.code(currency.isMissing(i) ? "" : currency.getString(i));
      if (!code.isEmpty()) {
        rows.merge(code, 1L, Long::sum);
      }
    }
    if (rows.size() > 1) {
      String stem = result.dataset().fileStem();
      throw new DataException(
          stem + ": amounts in " + rows.size() + " currencies ("
              + rows.entrySet().stream()
                  .map(e -> String.format(Locale.ROOT, "%s %,d rows", e.getKey(), e.getValue()))
                  .collect(Collectors.joining(", "))
              + ") and no exchange rates to convert them: set the reporting currency (currency: EUR)"
              + " and add fx_rates.csv (date,currency,rate) or fx_rates: {path: eurofxref-hist.csv,"
              + " preset: ecb} to kpikit.yaml");
    }
  }

  private static String noRate(String code, LocalDate day, FxRates rates) {
    if (day == null) {
      return "no date to convert " + code + " at";
    }
    LocalDate first = rates.firstDate(code);
    return first == null
        ? "no " + code + " rate to " + rates.reporting() + " in " + rates.source()
        : "no " + code + " rate to " + rates.reporting() + " on or before " + day
            + " (the first is of " + first + ")";
  }

  private static int[] fileOfRow(LoadResult result) {
    int[] fileOf = new int[result.table().rowCount()];
    int row = 0;
    for (int f = 0; f < result.files().size(); f++) {
      long loaded = result.files().get(f).rowsLoaded();
      for (long k = 0; k < loaded; k++) {
        fileOf[row++] = f;
      }
    }
    return fileOf;
  }

  private static int fileIndex(LoadResult result, String file) {
    for (int f = 0; f < result.files().size(); f++) {
      if (result.files().get(f).file().equals(file)) {
        return f;
      }
    }
    return result.files().size();
  }

  private static void addRejects(
      LoadResult result,
      List<Integer> rejected,
      Map<Integer, String> reasons,
      int[] fileOf,
      Locator locator,
      List<Reject> rejects,
      int[] rejectsPerFile) {
    int firstRowOfFile = 0;
    int next = 0;
    for (int f = 0; f < result.files().size(); f++) {
      FileLedger l = result.files().get(f);
      List<Integer> rows = new ArrayList<>();
      while (next < rejected.size() && fileOf[rejected.get(next)] == f) {
        rows.add(rejected.get(next++));
      }
      if (!rows.isEmpty()) {
        int base = firstRowOfFile;
        int[] within = rows.stream().mapToInt(r -> r - base).toArray();
        java.util.Set<Long> earlier = new java.util.HashSet<>();
        result.rejects().stream().filter(r -> r.file().equals(l.file())).forEach(r -> earlier.add(r.line()));
        List<RowPlace> at = locator.locate(f, within, earlier);
        for (int k = 0; k < rows.size(); k++) {
          RowPlace where = at.get(k);
          rejects.add(new Reject(l.file(), where.line(), where.currencyHeader(), reasons.get(rows.get(k)), where.rawValues()));
        }
        rejectsPerFile[f] = rows.size();
      }
      firstRowOfFile += (int) l.rowsLoaded();
    }
  }

  private static FileLedger ledger(
      FileLedger l,
      Table t,
      int start,
      int kept,
      int newlyRejected,
      Map<String, Long> converted,
      LocalDate first,
      LocalDate last,
      FxRates rates) {
    Map<String, Long> missing = new LinkedHashMap<>();
    l.missingValues().forEach(
        (column, count) -> {
          long m = newlyRejected == 0 ? count : missingIn(t.column(column), start, kept);
          if (m > 0) {
            missing.put(column, m);
          }
        });
    List<String> notes = new ArrayList<>(l.notes());
    if (!converted.isEmpty()) {
      notes.add(
          String.format(
              Locale.ROOT,
              "converted to %s: %s, at rates dated %s to %s (%s)",
              rates.reporting(),
              converted.entrySet().stream()
                  .map(e -> String.format(Locale.ROOT, "%,d %s rows", e.getValue(), e.getKey()))
                  .collect(Collectors.joining(", ")),
              first,
              last,
              rates.source()));
    }
    if (newlyRejected > 0) {
      notes.add(String.format(Locale.ROOT, "%,d rows rejected: no exchange rate on or before their date", newlyRejected));
    }
    return new FileLedger(
        l.dataset(),
        l.file(),
        l.rowsRead(),
        l.rowsLoaded() - newlyRejected,
        l.rowsRejected() + newlyRejected,
        missing,
        l.unparseableValues(),
        notes);
  }

  private static long missingIn(Column<?> c, int start, int rows) {
    long m = 0;
    for (int i = start; i < start + rows; i++) {
      if (c.isMissing(i)) {
        m++;
      }
    }
    return m;
  }

  private static LocalDate min(LocalDate a, LocalDate b) {
    return a == null || b.isBefore(a) ? b : a;
  }

  private static LocalDate max(LocalDate a, LocalDate b) {
    return a == null || b.isAfter(a) ? b : a;
  }
}
