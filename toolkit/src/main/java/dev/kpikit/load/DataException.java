package dev.kpikit.load;

/**
 * A problem with the user's data or configuration that the user can fix: a missing file, a missing
 * required column, an ambiguous date format, an unknown preset. The message is a single line meant
 * for the user and names the file (and line and column where they apply).
 *
 * <p>Row-level problems do not throw: they send the row to the rejects ledger.
 *
 * @since 0.1.0
 */
public class DataException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message one line for the user: what is wrong, where, and what to do
   */
  public DataException(String message) {
    super(message);
  }

  /**
   * Creates the exception with its cause (shown only with {@code --debug}).
   *
   * @param message one line for the user
   * @param cause the underlying error
   */
  public DataException(String message, Throwable cause) {
    super(message, cause);
  }
}
