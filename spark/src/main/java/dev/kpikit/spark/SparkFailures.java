package dev.kpikit.spark;

import dev.kpikit.load.DataException;
import java.io.UncheckedIOException;

/** Turns a failed Spark job back into the toolkit error its task threw, so the user sees one line. */
final class SparkFailures {
  private SparkFailures() {}

  /**
   * @param e what the Spark action threw
   * @return the {@link DataException} or {@link UncheckedIOException} a task threw, else a
   *     DataException carrying Spark's first message line
   */
  static RuntimeException unwrap(Exception e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof DataException d) {
        return d;
      }
      if (t instanceof UncheckedIOException u) {
        return u;
      }
    }
    String m = String.valueOf(e.getMessage());
    String firstLine = m.lines().findFirst().orElse(m);
    // a task's exception that did not survive serialization is named in Spark's message
    int at = firstLine.indexOf("dev.kpikit.load.DataException: ");
    if (at >= 0) {
      return new DataException(firstLine.substring(at + "dev.kpikit.load.DataException: ".length()));
    }
    return new DataException("Spark job failed: " + firstLine);
  }
}
