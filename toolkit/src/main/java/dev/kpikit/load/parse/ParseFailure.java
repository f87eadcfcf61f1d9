package dev.kpikit.load.parse;

/**
 * Thrown by the value parsers of this package for a value that does not parse.
 *
 * <p>It is control flow on bad rows, not an error of the program: it carries no stack trace and no
 * cause, so throwing it costs about as much as returning. {@link #getMessage()} is the reason
 * written to the rejects ledger: one short line that quotes the value and says what is wrong, for
 * example {@code '2024-02-31' is not a valid date (February 2024 has 29 days)}. The loader adds the
 * file, line and column.
 *
 * @since 0.1.0
 */
public final class ParseFailure extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the failure.
   *
   * @param reason the one-line reason for the rejects ledger, quoting the value
   */
  public ParseFailure(String reason) {
    super(reason, null, false, false);
  }

  /** No stack trace: this exception reports bad data, never a bug. */
  @Override
  public synchronized Throwable fillInStackTrace() {
    return this;
  }
}
