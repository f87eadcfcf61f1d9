package dev.kpikit.cli;

/**
 * The Java heap ran out while a command read or processed its data: the data needs a larger heap
 * (or fewer columns). The message is one line for the user; the {@link OutOfMemoryError} is the
 * cause, shown only with {@code --debug}.
 */
final class HeapExhaustedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * @param message what ran out, for which input, and how to raise the heap
   * @param cause the error the JVM threw
   */
  HeapExhaustedException(String message, OutOfMemoryError cause) {
    super(message, cause);
  }
}
