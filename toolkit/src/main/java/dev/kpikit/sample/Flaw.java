package dev.kpikit.sample;

/**
 * A deliberately malformed value planted in a sample so that the loader's rejects ledger has
 * something to show. Listed in the sample's {@code README.md}.
 *
 * @param file the file name, e.g. {@code orders.csv}
 * @param line the 1-based physical line (the header is line 1)
 * @param column the canonical column whose value is malformed (for a ragged row: the missing one)
 * @param value the malformed text as written (empty for an empty or missing field)
 * @param problem what is wrong, for the user
 * @param expected what the loader should do: reject the row, or read the optional value as missing
 * @since 0.1.0
 */
public record Flaw(
    String file, long line, String column, String value, String problem, String expected) {}
