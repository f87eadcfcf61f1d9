package dev.kpikit.load.csv;

/**
 * Guesses the field delimiter of a CSV file from its first records.
 *
 * <p>Each candidate of {@link #CANDIDATES} splits the sample into records (quotes respected, blank
 * lines ignored). A candidate qualifies when it splits the header into more than one field. Among
 * those the winner is, in this order of tie-breaks: the one whose records most often have the
 * header's field count; the one that leaves the fewest quotes in the middle of a field (a quote
 * that opens a field under the right delimiter lands mid-field under a wrong one); the one giving
 * the most header fields; the earlier candidate. When none qualifies the file has a single column
 * and the delimiter is {@code ,} (it then never matters).
 *
 * @since 0.1.0
 */
public final class CsvSniffer {

  /** The delimiters that are sniffed, in order of preference: comma, semicolon, tab, pipe. */
  public static final String CANDIDATES = ",;\t|";

  /** How many records of the sample are examined, header included. */
  static final int SAMPLE_RECORDS = 50;

  private CsvSniffer() {}

  /**
   * Sniffs the delimiter of a sample of a CSV text.
   *
   * @param text the chars of the sample (a BOM already skipped)
   * @param from index of the first char of the sample
   * @param to index after the last char of the sample
   * @param wholeInput true when the sample is the entire file, so that its last record counts even
   *     without a final line break; otherwise a trailing partial record is ignored
   * @return one of {@link #CANDIDATES}; {@code ,} for a single-column or empty sample
   */
  public static char sniff(char[] text, int from, int to, boolean wholeInput) {
    Split best = null;
    for (int k = 0; k < CANDIDATES.length(); k++) {
      Split split = Split.of(text, from, to, wholeInput, CANDIDATES.charAt(k));
      if (split.headerFields() > 1 && (best == null || split.isBetterThan(best))) {
        best = split;
      }
    }
    return best == null ? CANDIDATES.charAt(0) : best.delimiter;
  }

  /** How the sample splits under one delimiter. */
  private static final class Split {
    private final char delimiter;
    private final int[] fieldCounts = new int[SAMPLE_RECORDS];
    private int records;
    private int midFieldQuotes;

    private Split(char delimiter) {
      this.delimiter = delimiter;
    }

    static Split of(char[] text, int from, int to, boolean wholeInput, char delimiter) {
      Split split = new Split(delimiter);
      split.count(text, from, to, wholeInput);
      return split;
    }

    int headerFields() {
      return records == 0 ? 0 : fieldCounts[0];
    }

    boolean isBetterThan(Split other) {
      double consistency = consistencyWithHeader();
      double otherConsistency = other.consistencyWithHeader();
      if (consistency != otherConsistency) {
        return consistency > otherConsistency;
      }
      if (midFieldQuotes != other.midFieldQuotes) {
        return midFieldQuotes < other.midFieldQuotes;
      }
      return headerFields() > other.headerFields();
    }

    /** The share of the records after the header that have the header's field count (1 if none). */
    private double consistencyWithHeader() {
      if (records == 1) {
        return 1;
      }
      int sameAsHeader = 0;
      for (int i = 1; i < records; i++) {
        if (fieldCounts[i] == fieldCounts[0]) {
          sameAsHeader++;
        }
      }
      return (double) sameAsHeader / (records - 1);
    }

    private void count(char[] text, int from, int to, boolean wholeInput) {
      int fields = 1;
      boolean inQuotes = false;
      boolean atFieldStart = true;
      boolean blankSoFar = true;
      for (int i = from; i < to && records < SAMPLE_RECORDS; i++) {
        char c = text[i];
        if (inQuotes) {
          if (c == '"') {
            if (i + 1 < to && text[i + 1] == '"') {
              i++;
            } else {
              inQuotes = false;
            }
          }
        } else if (c == '\n' || c == '\r') {
          if (!blankSoFar) {
            fieldCounts[records++] = fields;
          }
          fields = 1;
          atFieldStart = true;
          blankSoFar = true;
        } else {
          blankSoFar = false;
          if (c == delimiter) {
            fields++;
            atFieldStart = true;
          } else {
            if (c == '"') {
              inQuotes = atFieldStart;
              midFieldQuotes += atFieldStart ? 0 : 1;
            }
            atFieldStart = false;
          }
        }
      }
      boolean partialRecordCounts = wholeInput || records == 0;
      if (!blankSoFar && records < SAMPLE_RECORDS && partialRecordCounts) {
        fieldCounts[records++] = fields;
      }
    }
  }
}
