package dev.kpikit.schema;

/**
 * The value kinds of canonical columns, and the Tablesaw column each becomes.
 *
 * @since 0.1.0
 */
public enum ColumnType {
  /** An identifier, kept as text (Tablesaw {@code StringColumn}); surrounding blanks trimmed. */
  ID,
  /** Free text or a category usable as a dimension ({@code StringColumn}). */
  TEXT,
  /**
   * A calendar date in the business time zone ({@code DateColumn}); date-times with an offset are
   * converted to that zone first.
   */
  DATE,
  /** An amount of money ({@code DoubleColumn}); {@code (12.00)} means -12. */
  MONEY,
  /** Any other decimal number ({@code DoubleColumn}), e.g. quantities or unit counts. */
  NUMBER,
  /** A whole number ({@code IntColumn}), e.g. tenure in months. */
  INTEGER,
  /** A yes/no flag ({@code BooleanColumn}): yes/no, true/false, y/n, 1/0. */
  BOOLEAN,
  /**
   * A period: a month written {@code yyyy-MM} (stored as its first day) or a date ({@code
   * DateColumn}).
   */
  PERIOD,
  /** A percentage written as {@code 16%} or a fraction ({@code DoubleColumn}, 0.16). */
  PERCENT
}
