package dev.kpikit.load.parse;

/**
 * What {@link DateParser#guess} decided about a date column that has no configured {@code
 * date_format}.
 *
 * <ul>
 *   <li>ISO values (or nothing recognisable): {@code pattern} null, not ambiguous.
 *   <li>A decided layout: {@code pattern} such as {@code d/M/yyyy H:mm}, not ambiguous, and the
 *       {@code explanation} quotes the value that decided it.
 *   <li>No single layout can be chosen (every value fits both day/month orders, two-digit years,
 *       contradicting values, mixed layouts): {@code pattern} null, {@code ambiguous} true, and the
 *       {@code explanation} says why in one line, quoting values, ending with what to set. The
 *       loader reports it as an error for the file; it never guesses silently.
 * </ul>
 *
 * @param pattern a {@link java.time.format.DateTimeFormatter} pattern for {@link DateParser#of},
 *     or null for ISO or when ambiguous
 * @param ambiguous true when no pattern could be chosen and the user must set {@code date_format}
 * @param explanation one line for the user saying what was decided and from which value
 * @since 0.1.0
 */
public record DateFormatGuess(String pattern, boolean ambiguous, String explanation) {}
