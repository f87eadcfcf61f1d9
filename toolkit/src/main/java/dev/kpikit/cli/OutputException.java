package dev.kpikit.cli;

/**
 * The output location cannot be written, or another run holds its lock. Maps to exit code {@link
 * ExitCodes#OUTPUT}.
 *
 * @since 0.1.0
 */
public class OutputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * @param message one line for the user naming the path
   * @param cause the underlying error, or null
   */
  public OutputException(String message, Throwable cause) {
    super(message, cause);
  }
}
