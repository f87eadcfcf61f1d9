package dev.kpikit.load;

import dev.kpikit.load.csv.CsvChunkReader;
import it.unimi.dsi.fastutil.ints.IntArrayList;
import it.unimi.dsi.fastutil.objects.Object2IntOpenHashMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import tech.tablesaw.columns.Column;

/**
 * Text and ids, dictionary-encoded while reading: each row holds an int code, each distinct value
 * is decoded and kept once. Values are stripped; ids may be normalised from a number written as
 * {@code 17850.0}.
 */
final class TextSink extends ColumnSink {
  /** The code of a missing value. */
  static final int MISSING = -1;

  private static final int UNMAPPED = -2;

  private final boolean numericIds;
  private final IntArrayList codes = new IntArrayList();
  private final LabelTable labels = new LabelTable();

  TextSink(String name, boolean numericIds) {
    super(name);
    this.numericIds = numericIds;
  }

  @Override
  ColumnBatch newBatch() {
    return new Batch();
  }

  @Override
  void append(ColumnBatch batch) {
    Batch b = (Batch) batch;
    int[] remap = new int[b.labels.size()];
    Arrays.fill(remap, UNMAPPED);
    int[] rows = b.codes.elements();
    for (int r = 0, n = b.codes.size(); r < n; r++) {
      int c = rows[r];
      if (c == MISSING) {
        codes.add(MISSING);
        continue;
      }
      if (remap[c] == UNMAPPED) {
        remap[c] = labels.codeOf(b.labels.list.get(c));
      }
      codes.add(remap[c]);
    }
  }

  @Override
  void appendMissing(long rows) {
    for (long i = 0; i < rows; i++) {
      codes.add(MISSING);
    }
  }

  @Override
  Column<?> column() {
    return DictionaryColumn.of(name(), codes, labels.labels());
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

  /**
   * Labels in order of first appearance and their codes. Labels added with {@link #add} may repeat
   * (two byte strings can read as one value, such as {@code " A"} and {@code "A"}); the sink merges
   * them by value.
   */
  private static final class Labels {
    final List<String> list = new ArrayList<>();
    private Object2IntOpenHashMap<String> codes;

    /** @return the code of {@code label}, the same for equal labels */
    int codeOf(String label) {
      if (codes == null) {
        codes = new Object2IntOpenHashMap<>();
        codes.defaultReturnValue(MISSING);
      }
      int code = codes.getInt(label);
      if (code == MISSING) {
        code = add(label);
        codes.put(label, code);
      }
      return code;
    }

    /** @return a new code for {@code label} */
    int add(String label) {
      list.add(label);
      return list.size() - 1;
    }

    int size() {
      return list.size();
    }
  }

  private final class Batch extends ColumnBatch {
    private final IntArrayList codes = new IntArrayList();
    private final Labels labels = new Labels();
    private ByteKeyTable byBytes;
    private int pending;

    @Override
    void stage(Object raw) {
      pending = labels.codeOf(normalize(raw.toString()));
    }

    @Override
    void stage(CsvChunkReader record, int i) {
      if (!record.isPlain(i)) {
        stage(record.text(i));
        return;
      }
      if (byBytes == null) {
        byBytes = new ByteKeyTable();
      }
      byte[] b = record.bytes();
      int from = record.start(i);
      int to = record.end(i);
      int code = byBytes.get(b, from, to);
      if (code < 0) {
        code = labels.add(normalize(record.decode(b, from, to)));
        byBytes.putLastMissing(from, to, code);
      }
      pending = code;
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
