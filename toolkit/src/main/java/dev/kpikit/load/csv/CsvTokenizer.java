package dev.kpikit.load.csv;

import java.io.IOException;
import java.io.Reader;
import java.util.Arrays;

/**
 * The RFC 4180 state machine behind {@link CsvRecordReader}: splits chars into records of string
 * fields, counting physical lines.
 *
 * <p>Works over one large char buffer. An unquoted field, or a quoted one without doubled quotes,
 * that lies inside the buffer becomes a {@code String} straight from it; only fields that cross a
 * buffer refill, contain doubled quotes or have text after the closing quote are assembled in a
 * reusable accumulator, which never grows past {@link CsvLimits#maxFieldChars()}. The field array
 * is reused from record to record.
 */
final class CsvTokenizer {
  /** How a field ended. */
  private static final int DELIMITER = 0;

  private static final int END_OF_RECORD = 1;
  private static final int END_OF_INPUT = 2;

  /** Not an end: a doubled quote was read and the quoted field goes on. */
  private static final int STILL_IN_FIELD = -1;

  /** An accumulator larger than this is dropped after its record, so one huge field is not kept. */
  private static final int ACCUMULATOR_KEPT_CHARS = 1 << 20;

  private static final int INITIAL_ACCUMULATOR_CHARS = 256;

  private final Reader in;
  private final char[] buf;
  private int pos;
  private int limit;
  private final char delimiter;
  private final CsvLimits limits;

  /** Physical line (1-based) of {@code buf[pos]}. */
  private long line = 1;

  /** The last line break read was a CR, so an LF right after it is part of the same break. */
  private boolean lfEndsPreviousBreak;

  /** Inside a quoted field: the previous char was a CR (a CRLF inside a field is one line). */
  private boolean previousWasCr;

  /** Physical line of the opening quote of the last quoted field. */
  private long quoteStartLine;

  private String[] fields = new String[16];
  private int size;
  private long recordLine;
  private String error;

  private char[] accumulator = new char[INITIAL_ACCUMULATOR_CHARS];
  private int accumulated;

  /** In a quoted field: where the chars not yet accumulated start in {@code buf}. */
  private int segmentStart;

  /**
   * @param in the chars after those already in {@code buf}
   * @param buf the buffer, already holding chars {@code [pos, limit)}; the tokenizer owns it
   * @param pos index of the first unread char
   * @param limit index after the last char read
   * @param delimiter the field delimiter (never a quote, CR or LF)
   * @param limits the safety limits
   */
  CsvTokenizer(Reader in, char[] buf, int pos, int limit, char delimiter, CsvLimits limits) {
    this.in = in;
    this.buf = buf;
    this.pos = pos;
    this.limit = limit;
    this.delimiter = delimiter;
    this.limits = limits;
  }

  /**
   * Positions the tokenizer within a file whose earlier bytes were read by someone else.
   *
   * @param firstLine the line number of the first char
   * @param afterCr whether the char before the first one is a CR (a LF first is then part of it)
   * @return this tokenizer
   */
  CsvTokenizer startingAt(long firstLine, boolean afterCr) {
    this.line = firstLine;
    this.lfEndsPreviousBreak = afterCr;
    return this;
  }

  /**
   * Reads the next record, skipping blank lines.
   *
   * @return false at the end of the input
   * @throws IOException when reading or decoding the input fails
   */
  boolean next() throws IOException {
    size = 0;
    error = null;
    if (accumulator.length > ACCUMULATOR_KEPT_CHARS) {
      accumulator = new char[INITIAL_ACCUMULATOR_CHARS];
    }
    if (!skipBlankLines()) {
      return false;
    }
    recordLine = line;
    int end;
    do {
      if (size == limits.maxFields()) {
        error = String.format("record has more than %,d fields", limits.maxFields());
        discardRestOfRecord(false, true);
        return true;
      }
      end = readField();
    } while (end == DELIMITER);
    return true;
  }

  /** Returns the 1-based physical line where the current record starts. */
  long recordLine() {
    return recordLine;
  }

  /** Returns the 1-based physical line of the next unread char. */
  long currentLine() {
    return line;
  }

  /** Returns the number of fields of the current record. */
  int size() {
    return size;
  }

  /** Returns field {@code i} of the current record; the caller checks {@code i < size()}. */
  String field(int i) {
    return fields[i];
  }

  /** Returns what is malformed in the current record, or null. */
  String error() {
    return error;
  }

  void close() throws IOException {
    in.close();
  }

  private boolean skipBlankLines() throws IOException {
    while (pos < limit || fill()) {
      char c = buf[pos];
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
    accumulated = 0;
    if (pos >= limit && !fill()) {
      store("");
      return END_OF_INPUT;
    }
    return buf[pos] == '"' ? readQuoted() : readUnquoted(pos);
  }

  /**
   * Reads up to the next delimiter or line break; a quote here is kept as a literal char. Chars
   * already in the accumulator (from a quoted part) are the start of the field.
   */
  private int readUnquoted(int start) throws IOException {
    final char[] b = buf;
    final char d = delimiter;
    for (; ; ) {
      int p = pos;
      final int end = limit;
      while (p < end) {
        char c = b[p];
        if (c == d || c == '\n' || c == '\r') {
          pos = p;
          if (!storePending(start, p)) {
            return fieldTooLong(false);
          }
          return consumeTerminator(c);
        }
        p++;
      }
      pos = p;
      if (!accumulate(start, p)) {
        return fieldTooLong(false);
      }
      if (!fill()) {
        store(new String(accumulator, 0, accumulated));
        return END_OF_INPUT;
      }
      start = pos;
    }
  }

  /** Reads a field that starts with a quote; {@code pos} is at the opening quote. */
  private int readQuoted() throws IOException {
    quoteStartLine = line;
    previousWasCr = false;
    segmentStart = ++pos;
    for (; ; ) {
      while (pos < limit) {
        char c = buf[pos];
        if (c == '"') {
          int end = readQuoteInQuotedField();
          if (end != STILL_IN_FIELD) {
            return end;
          }
        } else {
          countLineBreakInQuotes(c);
          pos++;
        }
      }
      if (!accumulate(segmentStart, pos)) {
        return fieldTooLong(true);
      }
      if (!fill()) {
        error = unterminatedQuote();
        store(new String(accumulator, 0, accumulated));
        return END_OF_INPUT;
      }
      segmentStart = pos;
    }
  }

  /**
   * At a quote inside a quoted field: either the first of a doubled quote, which puts one quote in
   * the field, or the closing quote, which ends the field's quoted part.
   *
   * @return {@link #STILL_IN_FIELD} after a doubled quote, otherwise how the field ended
   */
  private int readQuoteInQuotedField() throws IOException {
    previousWasCr = false;
    int contentEnd = pos++;
    if (pos == limit) {
      if (!accumulate(segmentStart, contentEnd)) {
        pos = contentEnd;
        return fieldTooLong(true);
      }
      boolean more = fill();
      segmentStart = pos;
      contentEnd = pos;
      if (!more) {
        store(new String(accumulator, 0, accumulated));
        return END_OF_INPUT;
      }
    }
    char next = buf[pos];
    if (next == '"') {
      if (!accumulate(segmentStart, contentEnd)) {
        pos = contentEnd;
        return fieldTooLong(true);
      }
      segmentStart = pos++; // the second quote of the pair is kept
      return STILL_IN_FIELD;
    }
    if (next == delimiter || next == '\n' || next == '\r') {
      if (!storePending(segmentStart, contentEnd)) {
        return fieldTooLong(false);
      }
      return consumeTerminator(next);
    }
    // Text after the closing quote, as in "a"b: kept literally, like most readers do.
    if (!accumulate(segmentStart, contentEnd)) {
      return fieldTooLong(false);
    }
    return readUnquoted(pos);
  }

  private String unterminatedQuote() {
    return "unterminated quoted field starting at line " + quoteStartLine;
  }

  private void countLineBreakInQuotes(char c) {
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

  /** Consumes the delimiter or line break at {@code pos}. */
  private int consumeTerminator(char c) {
    pos++;
    if (c == delimiter) {
      return DELIMITER;
    }
    line++;
    lfEndsPreviousBreak = c == '\r';
    return END_OF_RECORD;
  }

  /**
   * Stores the field made of the accumulated chars followed by {@code buf[start, end)}.
   *
   * @return false when the field is longer than the limit
   */
  private boolean storePending(int start, int end) {
    if (accumulated == 0) {
      if (end - start > limits.maxFieldChars()) {
        return false;
      }
      store(new String(buf, start, end - start));
      return true;
    }
    if (!accumulate(start, end)) {
      return false;
    }
    store(new String(accumulator, 0, accumulated));
    return true;
  }

  /**
   * Appends {@code buf[start, end)} to the accumulator.
   *
   * @return false, appending nothing, when the field would become longer than the limit
   */
  private boolean accumulate(int start, int end) {
    int length = end - start;
    int needed = accumulated + length;
    if (needed > limits.maxFieldChars()) {
      return false;
    }
    if (needed > accumulator.length) {
      int grown = (int) Math.min(Math.max(needed, 2L * accumulator.length), limits.maxFieldChars());
      accumulator = Arrays.copyOf(accumulator, grown);
    }
    System.arraycopy(buf, start, accumulator, accumulated, length);
    accumulated = needed;
    return true;
  }

  private void store(String value) {
    if (size == fields.length) {
      fields = Arrays.copyOf(fields, (int) Math.min(2L * size, limits.maxFields()));
    }
    fields[size++] = value;
  }

  /**
   * Marks the record as malformed because field {@code size + 1} is too long, and skips the rest of
   * the record without keeping it.
   */
  private int fieldTooLong(boolean inQuotes) throws IOException {
    error =
        String.format(
            "field %,d is longer than the limit of %,d characters",
            size + 1, limits.maxFieldChars());
    accumulated = 0;
    return discardRestOfRecord(inQuotes, false);
  }

  /**
   * Skips chars up to the end of the current record (a line break outside quotes) or of the input,
   * still following quotes so that a quoted line break does not end the record. A quote still open
   * at the end of the input replaces the error: it is the cause.
   *
   * @param inQuotes whether {@code pos} is inside a quoted field
   * @param atFieldStart whether {@code pos} is at the first char of a field
   * @return {@link #END_OF_RECORD} or {@link #END_OF_INPUT}
   */
  private int discardRestOfRecord(boolean inQuotes, boolean atFieldStart) throws IOException {
    previousWasCr = false;
    while (pos < limit || fill()) {
      char c = buf[pos++];
      if (inQuotes) {
        if (c != '"') {
          countLineBreakInQuotes(c);
          continue;
        }
        previousWasCr = false;
        if ((pos < limit || fill()) && buf[pos] == '"') {
          pos++;
        } else {
          inQuotes = false;
        }
      } else if (c == '\n' || c == '\r') {
        line++;
        lfEndsPreviousBreak = c == '\r';
        return END_OF_RECORD;
      } else {
        if (c == '"' && atFieldStart) {
          inQuotes = true;
          quoteStartLine = line;
        }
        atFieldStart = c == delimiter;
      }
    }
    if (inQuotes) {
      error = unterminatedQuote();
    }
    return END_OF_INPUT;
  }

  private boolean fill() throws IOException {
    int n;
    do {
      n = in.read(buf, 0, buf.length);
    } while (n == 0);
    pos = 0;
    limit = Math.max(n, 0);
    return n > 0;
  }
}
