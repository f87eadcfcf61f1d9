package dev.kpikit.metrics;

/**
 * A metric table cannot be computed from this data: a column it needs is absent (no {@code mrr},
 * no inventory value), the data has the other shape (tenure rows where spells are needed), the
 * grain does not fit the input (weekly financial ratios), or a dimension the input lacks. The
 * message says why in one line, e.g. {@code mrr_movements cannot be computed: customers has no mrr
 * column}.
 *
 * <p>A whole-business run ({@code Kpikit.open(dir).computeAll()}, {@code kpikit metrics}, {@code
 * kpikit report}) records such a table as skipped, with this message as the reason. Every other
 * exception from a metric is a failure (exit code 1 on the command line), never a skip: a bug must
 * not pass as "not computable".
 *
 * <p>It extends {@link IllegalArgumentException}, so code written against 0.1 that catches that
 * still works.
 *
 * @since 0.2.0
 */
public class NotComputableException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** @param message why the table cannot be computed, naming the table or input and the column */
  public NotComputableException(String message) {
    super(message);
  }
}
