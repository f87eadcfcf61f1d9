package dev.kpikit.cli;

/**
 * {@code --engine} names an engine that is not on the class path (e.g. {@code spark} without
 * kpikit-spark and Spark). Maps to exit code {@link ExitCodes#USAGE}, with one line and no usage
 * text: the options were well formed, the installation lacks the engine.
 *
 * @since 0.1.0
 */
public class EngineUnavailableException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** @param message one line naming the engine, the engines found and what to add */
  public EngineUnavailableException(String message) {
    super(message);
  }
}
