package dev.kpikit.load;

import dev.kpikit.load.csv.CsvChunkReader;
import dev.kpikit.load.parquet.ParquetVector;
import it.unimi.dsi.fastutil.ints.IntArrayList;
import java.util.Arrays;
import tech.tablesaw.columns.Column;

/**
 * Text and ids, dictionary-encoded while reading: each row holds an int code, each distinct value
 * is kept once, as UTF-8 bytes while loading and decoded into a {@code String} once at the end.
 * Values are stripped; ids may be normalised from a number written as {@code 17850.0}.
 *
 * <p>A chunk's batch normalises a plain ASCII field on its bytes and looks it up in the chunk's
 * dictionary directly (no lookup when it repeats the previous row's value, as an order's lines do);
 * fields with other bytes are decoded once per distinct raw value. A Parquet batch keeps the entry
 * of the column chunk's dictionary that a row holds, and normalises values of plain pages on their
 * bytes. Appending a batch maps its distinct values, in order of first appearance in its rows, into
 * the column's dictionary by their bytes and stored hashes; a dictionary entry is normalised and
 * mapped once per column chunk, not once per batch of its rows.
 */
final class TextSink extends ColumnSink {
  /** The code of a missing value. */
  static final int MISSING = -1;

  private static final int UNMAPPED = -2;

  /**
   * A batch's code for entry {@code e} of its Parquet dictionary is {@code ENTRY_0 - e}: below
   * {@link #MISSING} and {@link #UNMAPPED}, apart from the codes of its own values.
   */
  private static final int ENTRY_0 = -3;

  /**
   * How many values ahead {@link #append} touches the column dictionary's slots: a batch of order
   * ids is nearly all new values, each a cache miss in a table of 100+ MiB, and reading the slots
   * ahead lets those misses overlap.
   */
  private static final int TOUCH_AHEAD = 16;

  private final boolean numericIds;
  private final IntArrayList codes = new IntArrayList();
  private final Utf8Dictionary values = new Utf8Dictionary();

  TextSink(String name, boolean numericIds) {
    super(name);
    this.numericIds = numericIds;
  }

  /**
   * The codes of the last batch appended, negative when its dictionary stopped indexing: the next
   * chunk's dictionary is sized for as many.
   */
  private volatile int lastBatchCodes;

  /** The bytes of the values of the last batch appended. */
  private volatile long lastBatchBytes;

  /** The rows {@link #reserve} made room for in all, 0 before. */
  private long reservedRows;

  /** The Parquet dictionary whose entries {@link #entryCodes} maps, null before the first. */
  private ParquetVector.TextDictionary mappedDictionary;

  /** Column codes of {@link #mappedDictionary}'s entries, {@link #UNMAPPED} until a row holds one. */
  private int[] entryCodes;

  @Override
  ColumnBatch newBatch(int expectedRows) {
    return new Batch(expectedRows, lastBatchCodes, lastBatchBytes);
  }

  @Override
  void append(ColumnBatch batch) {
    Batch b = (Batch) batch;
    lastBatchBytes = b.values.storedBytes();
    lastBatchCodes = b.values.indexed() ? b.values.size() : -b.values.size();
    if (b.entries != null) {
      appendInRowOrder(b);
      return;
    }
    int[] remap = new int[b.values.size()];
    Arrays.fill(remap, UNMAPPED);
    int[] rows = b.codes.elements();
    int n = b.codes.size();
    int[] firsts = new int[remap.length];
    int distinct = 0;
    for (int r = 0; r < n; r++) {
      int c = rows[r];
      if (c != MISSING && remap[c] == UNMAPPED) {
        remap[c] = 0;
        firsts[distinct++] = c;
      }
    }
    for (int i = 0; i < distinct; i++) {
      if (i + TOUCH_AHEAD < distinct) {
        values.touch(b.values.hashOf(firsts[i + TOUCH_AHEAD]));
      }
      remap[firsts[i]] = values.codeOf(b.values, firsts[i]);
    }
    codes.ensureCapacity(codes.size() + n);
    for (int r = 0; r < n; r++) {
      int c = rows[r];
      codes.add(c == MISSING ? MISSING : remap[c]);
    }
    reserveForAscendingIds(n);
  }

  /**
   * Appends a batch whose rows may name entries of a Parquet dictionary: each value is mapped the
   * first time a row holds it, in row order, an entry once for all the batches of its column chunk.
   */
  private void appendInRowOrder(Batch b) {
    if (b.entries != mappedDictionary) {
      mappedDictionary = b.entries;
      entryCodes = new int[b.entries.size()];
      Arrays.fill(entryCodes, UNMAPPED);
    }
    int[] remap = new int[b.values.size()];
    Arrays.fill(remap, UNMAPPED);
    int[] rows = b.codes.elements();
    int n = b.codes.size();
    codes.ensureCapacity(codes.size() + n);
    for (int r = 0; r < n; r++) {
      int c = rows[r];
      int code;
      if (c >= 0) {
        code = remap[c];
        if (code == UNMAPPED) {
          code = values.codeOf(b.values, c);
          remap[c] = code;
        }
      } else if (c == MISSING) {
        code = MISSING;
      } else {
        int entry = ENTRY_0 - c;
        code = entryCodes[entry];
        if (code == UNMAPPED) {
          code = values.codeOf(normalize(b.entries.text(entry)));
          entryCodes[entry] = code;
        }
      }
      codes.add(code);
    }
    reserveForAscendingIds(n);
  }

  /**
   * After the first batch, when its values ascend (order ids numbered in order), makes room in the
   * column's dictionary for the values the rows {@link #reserve} expects will hold, at the first
   * batch's values per row (1 for one row an order, less for an order's several lines) and bytes
   * per value: 10M ids are then stored without copying the stored values again and again as the
   * dictionary grows.
   */
  private void reserveForAscendingIds(int batchRows) {
    int n = values.size();
    if (n == 0 || batchRows != codes.size() || !values.ascending() || reservedRows <= batchRows) {
      return;
    }
    long expected = Math.min((long) Math.ceil((double) reservedRows * n / batchRows), Integer.MAX_VALUE - 8);
    values.reserve((int) expected, (long) Math.ceil((double) values.storedBytes() / n * expected));
  }

  @Override
  void reserve(long rows) {
    codes.ensureCapacity(capacity(codes.size(), rows));
    reservedRows = codes.size() + rows;
  }

  @Override
  void appendMissing(long rows) {
    for (long i = 0; i < rows; i++) {
      codes.add(MISSING);
    }
  }

  @Override
  Column<?> column() {
    mappedDictionary = null; // the last column chunk's decoded entries are not kept with the column
    entryCodes = null;
    return DictionaryColumn.of(name(), codes, values.labels());
  }

  private String normalize(String raw) {
    String s = raw.strip();
    return numericIds ? stripZeroFraction(s) : s;
  }

  private static String stripZeroFraction(String s) {
    int dot = s.indexOf('.');
    if (dot <= 0) {
      return s;
    }
    for (int i = dot + 1; i < s.length(); i++) {
      if (s.charAt(i) != '0') {
        return s;
      }
    }
    for (int i = 0; i < dot; i++) {
      if (!Character.isDigit(s.charAt(i))) {
        return s;
      }
    }
    return s.substring(0, dot);
  }

  /** As {@link #stripZeroFraction} on ASCII bytes: the end of the value without a zero fraction. */
  private static int zeroFractionEnd(byte[] b, int from, int to) {
    int dot = -1;
    for (int p = from; p < to; p++) {
      if (b[p] == '.') {
        dot = p;
        break;
      }
    }
    if (dot <= from) {
      return to;
    }
    for (int p = dot + 1; p < to; p++) {
      if (b[p] != '0') {
        return to;
      }
    }
    for (int p = from; p < dot; p++) {
      if (b[p] < '0' || b[p] > '9') {
        return to;
      }
    }
    return dot;
  }

  /** {@link Character#isWhitespace} for an ASCII byte: what {@link String#strip()} removes. */
  private static boolean isSpace(byte c) {
    return c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1C && c <= 0x1F);
  }

  private final class Batch extends ColumnBatch {
    private final IntArrayList codes;
    private Utf8Dictionary values;
    private ByteKeyTable byBytes;
    private int pending;
    private byte[] lastBuffer;
    private int lastFrom;
    private int lastTo;
    private int lastCode;
    /**
     * The Parquet dictionary whose entries rows hold as {@link #ENTRY_0} minus the entry: a batch
     * holds rows of one row group, so of one column chunk and its one dictionary.
     */
    private ParquetVector.TextDictionary entries;
    private Object lastSlice;
    private int lastRow;
    private int lastPlainCode;

    Batch(int expectedRows, int expectedCodes, long expectedBytes) {
      codes = new IntArrayList(expectedRows);
      values = chunkDictionary(expectedCodes, expectedBytes);
    }

    private static Utf8Dictionary chunkDictionary(int expectedCodes, long expectedBytes) {
      // The previous chunk stopped indexing: room for its values and a sixteenth more.
      int distinctCodes = -expectedCodes;
      return expectedCodes < 0
          ? Utf8Dictionary.forDistinctChunk(
              distinctCodes + distinctCodes / 16, expectedBytes + expectedBytes / 16)
          : Utf8Dictionary.forChunk(expectedCodes);
    }

    /** A new dictionary (sized as {@link #newBatch} sizes one) and no value of the last run. */
    @Override
    void clear() {
      codes.clear();
      values = chunkDictionary(lastBatchCodes, lastBatchBytes);
      byBytes = null;
      lastBuffer = null;
      entries = null;
      lastSlice = null;
    }

    @Override
    void stage(Object raw) {
      pending = values.codeOf(normalize(raw.toString()));
    }

    @Override
    void stage(CsvChunkReader record, int i) {
      if (!record.isPlain(i)) {
        stage(record.text(i));
        return;
      }
      byte[] b = record.bytes();
      int from = record.start(i);
      int to = record.end(i);
      if (b == lastBuffer && HashSlots.sameBytes(b, from, to, b, lastFrom, lastTo)) {
        pending = lastCode;
        return;
      }
      int code = Utf8Dictionary.isAscii(b, from, to) ? codeOfAscii(b, from, to) : codeOfOther(record, b, from, to);
      lastBuffer = b;
      lastFrom = from;
      lastTo = to;
      lastCode = code;
      pending = code;
    }

    /** The code of ASCII bytes, normalised as {@link #normalize} on the bytes themselves. */
    private int codeOfAscii(byte[] b, int from, int to) {
      int f = from;
      int t = to;
      while (f < t && isSpace(b[f])) {
        f++;
      }
      while (t > f && isSpace(b[t - 1])) {
        t--;
      }
      if (numericIds) {
        t = zeroFractionEnd(b, f, t);
      }
      return values.codeOf(b, f, t, Utf8Dictionary.hash(b, f, t));
    }

    /**
     * The code of bytes with non-ASCII ones, decoded in the file's encoding (which also checks them)
     * and normalised as text; raw bytes seen before in the chunk are looked up without decoding.
     */
    private int codeOfOther(CsvChunkReader record, byte[] b, int from, int to) {
      if (byBytes == null) {
        byBytes = new ByteKeyTable();
      }
      int code = byBytes.get(b, from, to);
      if (code < 0) {
        code = values.codeOf(normalize(record.decode(b, from, to)));
        byBytes.putLastMissing(b, from, to, code);
      }
      return code;
    }

    /**
     * A Parquet text value: a row holding an entry of the column chunk's dictionary keeps the entry,
     * decoded here (on the reading thread) the first time; the column maps it when appending. A
     * value of a plain page is normalised on its bytes, unless it repeats the previous row's.
     */
    @Override
    void stage(ParquetVector column, int row) {
      if (column.kind() != ParquetVector.Kind.TEXT) {
        stage(column.value(row));
        return;
      }
      int entry = column.entryAt(row);
      if (entry >= 0) {
        ParquetVector.TextDictionary d = column.dictionary();
        if (entries == null) {
          entries = d;
        } else if (d != entries) {
          throw new IllegalStateException(name() + ": one batch of rows spans two Parquet column chunks");
        }
        d.text(entry); // decoded on this thread, the batch handed over with it
        pending = ENTRY_0 - entry;
        return;
      }
      byte[] b = column.bytes();
      int from = column.start(row);
      int to = column.end(row);
      if (column.slice() == lastSlice
          && row == lastRow + 1
          && HashSlots.sameBytes(b, from, to, b, column.start(lastRow), column.end(lastRow))) {
        lastRow = row;
        pending = lastPlainCode; // an order's lines repeat its id
        return;
      }
      int code =
          Utf8Dictionary.isAscii(b, from, to)
              ? codeOfAscii(b, from, to)
              : values.codeOf(normalize(column.value(row).toString()));
      lastSlice = column.slice();
      lastRow = row;
      lastPlainCode = code;
      pending = code;
    }

    @Override
    boolean takesAll(ParquetVector column, int n) {
      return column.kind() == ParquetVector.Kind.TEXT;
    }

    @Override
    int takeAll(ParquetVector column, int n) {
      int missing = 0;
      for (int r = 0; r < n; r++) {
        if (column.isBlank(r)) {
          codes.add(MISSING);
          missing++;
        } else {
          stage(column, r);
          codes.add(pending);
        }
      }
      return missing;
    }

    @Override
    void commit() {
      codes.add(pending);
    }

    @Override
    void commitMissing() {
      codes.add(MISSING);
    }
  }
}
