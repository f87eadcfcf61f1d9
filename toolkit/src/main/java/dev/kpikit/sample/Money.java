package dev.kpikit.sample;

/** Formats amounts held as whole cents, without the cost of {@code String.format}. */
final class Money {
  private Money() {}

  /** {@code 1234} gives {@code 12.34}; {@code -5} gives {@code -0.05}. */
  static String text(long cents) {
    long abs = Math.abs(cents);
    long fraction = abs % 100;
    StringBuilder sb = new StringBuilder(16);
    if (cents < 0) {
      sb.append('-');
    }
    sb.append(abs / 100).append('.');
    if (fraction < 10) {
      sb.append('0');
    }
    return sb.append(fraction).toString();
  }
}
