package dev.kpikit.clv;

/**
 * A model could not be fitted to the data: the optimiser did not converge from any starting point,
 * a parameter ran off to zero or infinity, or the data cannot identify the model (e.g. no repeat
 * purchases). The message is one line for the user and says what to try.
 *
 * @since 0.1.0
 */
public final class ModelFitException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * @param message what failed and what to try
   */
  public ModelFitException(String message) {
    super(message);
  }
}
