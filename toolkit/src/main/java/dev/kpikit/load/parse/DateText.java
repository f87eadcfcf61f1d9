package dev.kpikit.load.parse;

import java.time.LocalDate;

/** One way of reading the text of a date column into business dates. */
interface DateText {
  /** The business date written in {@code s}; throws {@link ParseFailure} with the reason. */
  LocalDate parse(String s);
}
