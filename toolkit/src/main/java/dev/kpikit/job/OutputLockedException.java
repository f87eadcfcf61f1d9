package dev.kpikit.job;

import java.io.IOException;

/**
 * Another run holds the lock of an output folder and did not release it within the wait.
 *
 * @since 0.1.0
 */
public final class OutputLockedException extends IOException {
  private static final long serialVersionUID = 1L;

  /**
   * @param message one line naming the folder and the run holding it
   */
  public OutputLockedException(String message) {
    super(message);
  }
}
