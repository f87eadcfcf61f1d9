package dev.kpikit.load.csv;

import java.io.IOException;
import java.util.Arrays;

/**
 * The RFC 4180 state machine of {@link CsvTokenizer}, over the bytes of an ASCII-compatible file:
 * records are split into fields by byte offsets, without decoding or copying anything.
 *
 * <p>It reads exactly what {@code CsvTokenizer} reads, line numbers included, for every record
 * that is well formed and within the {@link CsvLimits}. A record that is not (a quote still open
 * at the end of the input, a field longer than the limit, too many fields) raises {@link
 * UnusualRecord} instead: the caller reads the rest of the file with {@code CsvTokenizer}, which
 * describes such records. Fields are {@linkplain #kind(int) plain} (the bytes are the value),
 * quoted (the bytes inside the quotes are the value) or escaped (doubled quotes or text after the
 * closing quote: {@link #unescape} gives the value).
 */
final class CsvByteTokenizer {
  /** The field's bytes are its value. */
  static final byte PLAIN = 0;
  /** The field's bytes, doubled quotes or text after the closing quote included, need {@link #unescape}. */
  static final byte ESCAPED = 1;

  private static final int DELIMITER = 0;
  private static final int END_OF_RECORD = 1;
  private static final int END_OF_INPUT = 2;

  private final ByteWindow window;
  private final byte delimiter;
  private final CsvLimits limits;
  private byte[] buf;
  private int pos;
  private int limit;

  /** Line breaks read so far, plus the line number of the window's first byte. */
  private long line;

  private boolean lfEndsPreviousBreak;
  private boolean previousWasCr;

  private int[] starts = new int[16];
  private int[] ends = new int[16];
  private byte[] kinds = new byte[16];
  private int size;
  private long recordLine;
  private int recordStart;

  /**
   * @param window the bytes; reading starts at its first byte, which starts a line
   * @param delimiter the field delimiter, an ASCII char other than a quote, CR or LF
   * @param limits the safety limits
   * @param firstLine the line number of the window's first byte
   * @param afterCr whether the byte before the window is a CR (a LF first is then part of it)
   */
  CsvByteTokenizer(ByteWindow window, char delimiter, CsvLimits limits, long firstLine, boolean afterCr) {
    this.window = window;
    this.delimiter = (byte) delimiter;
    this.limits = limits;
    this.buf = window.bytes();
    this.limit = window.limit();
    this.line = firstLine;
    this.lfEndsPreviousBreak = afterCr;
  }

  /**
   * Reads the next record that starts before {@code stopAt}, skipping blank lines.
   *
   * @param stopAt window offset: a record starting there or later is left for the next reader
   * @return false at {@code stopAt} or at the end of the input
   * @throws UnusualRecord when the record is malformed or beyond the limits
   */
  boolean next(long stopAt) throws IOException {
    size = 0;
    if (!skipBlankLines(stopAt)) {
      return false;
    }
    recordLine = line;
    recordStart = pos;
    int end;
    do {
      if (size == limits.maxFields()) {
        throw UnusualRecord.INSTANCE;
      }
      end = readField();
    } while (end == DELIMITER);
    return true;
  }

  /** @return the line where the current record starts */
  long recordLine() {
    return recordLine;
  }

  /** @return the window offset where the current record starts */
  int recordStart() {
    return recordStart;
  }

  /** @return the window offset of the next unread byte */
  int position() {
    return pos;
  }

  /** @return the line of the next unread byte */
  long currentLine() {
    return line;
  }

  /** @return whether the last line break read was a CR whose LF may still follow */
  boolean afterCr() {
    return lfEndsPreviousBreak;
  }

  int size() {
    return size;
  }

  /** @return the bytes the field offsets point into (replaced when the window grows) */
  byte[] bytes() {
    return buf;
  }

  int start(int i) {
    return starts[i];
  }

  int end(int i) {
    return ends[i];
  }

  byte kind(int i) {
    return kinds[i];
  }

  /**
   * The value of an {@link #ESCAPED} field: the quoted part with doubled quotes made single, then
   * the text after the closing quote as written.
   */
  byte[] unescape(int i) {
    int from = starts[i];
    int to = ends[i];
    byte[] out = new byte[to - from];
    int n = 0;
    int p = from + 1;
    while (p < to) {
      byte c = buf[p];
      if (c == '"') {
        if (p + 1 < to && buf[p + 1] == '"') {
          out[n++] = '"';
          p += 2;
          continue;
        }
        p++;
        break;
      }
      out[n++] = c;
      p++;
    }
    while (p < to) {
      out[n++] = buf[p++];
    }
    return Arrays.copyOf(out, n);
  }

  private boolean skipBlankLines(long stopAt) throws IOException {
    while (pos < stopAt && (pos < limit || more())) {
      byte c = buf[pos];
      if (c == '\n') {
        pos++;
        if (!lfEndsPreviousBreak) {
          line++;
        }
        lfEndsPreviousBreak = false;
      } else if (c == '\r') {
        pos++;
        line++;
        lfEndsPreviousBreak = true;
      } else {
        lfEndsPreviousBreak = false;
        return true;
      }
    }
    return false;
  }

  private int readField() throws IOException {
    if (pos >= limit && !more()) {
      add(pos, pos, PLAIN);
      return END_OF_INPUT;
    }
    return buf[pos] == '"' ? readQuoted() : readUnquoted(pos, PLAIN);
  }

  /** Reads up to the next delimiter or line break; the field's bytes start at {@code start}. */
  private int readUnquoted(int start, byte kind) throws IOException {
    final byte d = delimiter;
    int p = pos;
    for (; ; ) {
      byte[] b = buf;
      int end = limit;
      while (p < end) {
        byte c = b[p];
        if (c == d || c == '\n' || c == '\r') {
          pos = p;
          add(start, p, kind);
          return consumeTerminator(c);
        }
        p++;
      }
      pos = p;
      checkNotOverLimit(start, p);
      if (!more()) {
        add(start, p, kind);
        return END_OF_INPUT;
      }
    }
  }

  /** Reads a field that starts with a quote at {@code pos}. */
  private int readQuoted() throws IOException {
    int open = pos++;
    boolean escaped = false;
    previousWasCr = false;
    for (; ; ) {
      while (pos < limit) {
        byte c = buf[pos];
        if (c != '"') {
          countLineBreakInQuotes(c);
          pos++;
          continue;
        }
        previousWasCr = false;
        int quote = pos++;
        if (pos >= limit && !more()) {
          addQuoted(open, quote, escaped);
          return END_OF_INPUT;
        }
        byte next = buf[pos];
        if (next == '"') {
          escaped = true;
          pos++;
        } else if (next == delimiter || next == '\n' || next == '\r') {
          addQuoted(open, quote, escaped);
          return consumeTerminator(next);
        } else {
          // Text after the closing quote, as in "a"b: kept literally.
          return readUnquoted(open, ESCAPED);
        }
      }
      checkNotOverLimit(open + 1, pos);
      if (!more()) {
        throw UnusualRecord.INSTANCE;
      }
    }
  }

  /**
   * Before the window grows for a field: a field already over the limit in bytes is left to
   * {@code CsvTokenizer} now, which streams it, instead of being read whole into the window.
   */
  private void checkNotOverLimit(int start, int end) throws UnusualRecord {
    if (end - start > limits.maxFieldChars()) {
      throw UnusualRecord.INSTANCE;
    }
  }

  private void addQuoted(int open, int closingQuote, boolean escaped) throws UnusualRecord {
    if (escaped) {
      add(open, closingQuote + 1, ESCAPED);
    } else {
      add(open + 1, closingQuote, PLAIN);
    }
  }

  private void countLineBreakInQuotes(byte c) {
    if (c == '\n') {
      if (!previousWasCr) {
        line++;
      }
      previousWasCr = false;
    } else if (c == '\r') {
      line++;
      previousWasCr = true;
    } else {
      previousWasCr = false;
    }
  }

  private int consumeTerminator(byte c) {
    pos++;
    if (c == delimiter) {
      return DELIMITER;
    }
    line++;
    lfEndsPreviousBreak = c == '\r';
    return END_OF_RECORD;
  }

  private void add(int start, int end, byte kind) throws UnusualRecord {
    if (end - start > limits.maxFieldChars()) {
      // Over the limit in bytes; maybe not in chars: CsvTokenizer decides and describes it.
      throw UnusualRecord.INSTANCE;
    }
    if (size == starts.length) {
      starts = Arrays.copyOf(starts, 2 * size);
      ends = Arrays.copyOf(ends, 2 * size);
      kinds = Arrays.copyOf(kinds, 2 * size);
    }
    starts[size] = start;
    ends[size] = end;
    kinds[size] = kind;
    size++;
  }

  private boolean more() throws IOException {
    if (!window.extend()) {
      return false;
    }
    buf = window.bytes();
    limit = window.limit();
    return true;
  }

  /** A record this tokenizer leaves to {@link CsvTokenizer}; carries no stack trace. */
  static final class UnusualRecord extends IOException {
    private static final long serialVersionUID = 1L;
    static final UnusualRecord INSTANCE = new UnusualRecord();

    private UnusualRecord() {
      super("record left to the char tokenizer");
    }

    @Override
    public synchronized Throwable fillInStackTrace() {
      return this;
    }
  }
}
