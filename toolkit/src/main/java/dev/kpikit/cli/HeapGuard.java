package dev.kpikit.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionStrategy;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ParseResult;

/**
 * Runs the chosen command and turns an {@link OutOfMemoryError} into a {@link
 * HeapExhaustedException}: one line naming the input, its size, the heap limit and how to raise
 * it, instead of a JVM trace.
 *
 * <p>By the time the error reaches here, the command's frames are gone, so the tables it was
 * building are garbage; a reserve block held from the start is released as well, and the
 * message-building code ran once at start-up, so that the message itself can always be built.
 */
final class HeapGuard implements IExecutionStrategy {
  /** Suggested heap per byte of input: loading needs about 2x (measured), metrics and spare room. */
  private static final long HEAP_PER_INPUT_BYTE = 4;

  private static final int RESERVE_BYTES = 4 << 20;

  private final IExecutionStrategy command = new CommandLine.RunLast();
  private byte[] reserve = new byte[RESERVE_BYTES];

  HeapGuard() {
    // Build one message now: String.format's first use initialises locale and character data,
    // which must not have to happen after the heap is exhausted (it failed there intermittently).
    message(null, Runtime.getRuntime().maxMemory());
  }

  @Override
  public int execute(ParseResult parsed) {
    try {
      return command.execute(parsed);
    } catch (OutOfMemoryError e) {
      reserve = null;
      ParseResult last = lastSubcommand(parsed);
      throw new CommandLine.ExecutionException(
          last.commandSpec().commandLine(),
          "out of memory",
          new HeapExhaustedException(message(inputOf(last), Runtime.getRuntime().maxMemory()), e));
    }
  }

  /**
   * The one-line message.
   *
   * @param input the path the command read, or null when it has none
   * @param maxHeap the heap limit in bytes
   * @return what ran out and what to do
   */
  static String message(Path input, long maxHeap) {
    StringBuilder m =
        new StringBuilder("out of memory: the Java heap (limit ")
            .append(InputSize.human(maxHeap))
            .append(") is too small");
    long suggested = 2 * maxHeap;
    if (input != null) {
      InputSize size = InputSize.of(input);
      m.append(" for ").append(input).append(" (").append(InputSize.human(size.bytes()));
      if (size.files() > 1) {
        m.append(String.format(Locale.ROOT, " in %,d files, the largest ", size.files()))
            .append(size.largest().getFileName())
            .append(" at ")
            .append(InputSize.human(size.largestBytes()));
      }
      m.append(" of data)");
      suggested = Math.max(suggested, HEAP_PER_INPUT_BYTE * size.bytes());
    }
    return m.append("; raise the heap, e.g. KPIKIT_JAVA_OPTS=-Xmx")
        .append(megabytesRoundedUp(suggested))
        .append("m (about ")
        .append(HEAP_PER_INPUT_BYTE)
        .append(" times the data), or export only the columns kpikit needs (Parquet files are")
        .append(" read column by column: fewer columns, less heap)")
        .toString();
  }

  private static ParseResult lastSubcommand(ParseResult parsed) {
    List<CommandLine> chain = parsed.asCommandLineList();
    return chain.get(chain.size() - 1).getParseResult();
  }

  /** The command's first positional parameter that names a path (PATH, DATA_DIR), or null. */
  private static Path inputOf(ParseResult command) {
    for (PositionalParamSpec p : command.matchedPositionals()) {
      Object value = p.getValue();
      if (value instanceof Path path) {
        return path;
      }
      if (value instanceof String s) {
        return Path.of(s);
      }
    }
    return null;
  }

  /** A heap size in MB, rounded up to a power of two. */
  private static long megabytesRoundedUp(long bytes) {
    long mb = Math.max(1, (bytes + (1L << 20) - 1) >> 20);
    return Long.highestOneBit(mb) == mb ? mb : Long.highestOneBit(mb) << 1;
  }
}
