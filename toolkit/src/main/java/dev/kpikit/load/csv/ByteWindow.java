package dev.kpikit.load.csv;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.Arrays;

/**
 * The bytes of a local file from a given offset, read into one array that grows on demand, so that
 * a record running past the planned end of a chunk can still be read whole. Offsets into {@link
 * #bytes()} stay valid when the window grows.
 */
final class ByteWindow {
  private final FileChannel channel;
  private final long base;
  private final long fileSize;
  private byte[] bytes;
  private int limit;

  /**
   * @param channel the open file
   * @param base the file offset of the first byte
   * @param initialBytes how many bytes to read at first (fewer at the end of the file)
   */
  ByteWindow(FileChannel channel, long base, int initialBytes) throws IOException {
    this(channel, base, initialBytes, null);
  }

  /**
   * @param channel the open file
   * @param base the file offset of the first byte
   * @param initialBytes how many bytes to read at first (fewer at the end of the file)
   * @param spare an array no longer in use to read into when it is large enough (its contents are
   *     overwritten), or null
   */
  ByteWindow(FileChannel channel, long base, int initialBytes, byte[] spare) throws IOException {
    this.channel = channel;
    this.base = base;
    this.fileSize = channel.size();
    int first = (int) Math.max(0, Math.min(initialBytes, fileSize - base));
    this.bytes = spare != null && spare.length >= first ? spare : new byte[first];
    fill(first);
  }

  /** @return the array holding the bytes read so far, {@code [0, limit())}; it may be longer */
  byte[] bytes() {
    return bytes;
  }

  /** @return the number of bytes read so far */
  int limit() {
    return limit;
  }

  /** @return the file offset of {@code bytes()[0]} */
  long base() {
    return base;
  }

  /**
   * Reads more bytes (at least one) into a larger array.
   *
   * @return false at the end of the file
   */
  boolean extend() throws IOException {
    long remaining = fileSize - base - limit;
    if (remaining <= 0) {
      return false;
    }
    int grow = (int) Math.min(remaining, Math.max(1 << 16, Math.min(limit, Integer.MAX_VALUE - 8 - limit)));
    if (limit + grow > bytes.length) {
      bytes = Arrays.copyOf(bytes, limit + grow);
    }
    fill(limit + grow);
    return true;
  }

  private void fill(int upTo) throws IOException {
    ByteBuffer target = ByteBuffer.wrap(bytes, limit, upTo - limit);
    while (target.hasRemaining()) {
      int n = channel.read(target, base + target.position());
      if (n < 0) {
        throw new IOException("the file became shorter while it was read");
      }
    }
    limit = upTo;
  }
}
