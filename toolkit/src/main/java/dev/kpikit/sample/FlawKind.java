package dev.kpikit.sample;

import java.time.YearMonth;

/** The kinds of malformed values planted in samples, each as a typist or a bad export makes it. */
enum FlawKind {
  /** {@code 2024-02-15} becomes {@code 2024-02-30}: the day after the month's last day. */
  IMPOSSIBLE_DATE("a day that does not exist in its month") {
    @Override
    String corrupt(String value) {
      YearMonth month = YearMonth.parse(value.substring(0, 7));
      return month + "-" + (month.lengthOfMonth() + 1);
    }
  },
  /** {@code 2024-02-15} becomes {@code 2024-13-15}. */
  MONTH_13("month 13") {
    @Override
    String corrupt(String value) {
      return value.substring(0, 4) + "-13-" + value.substring(8, 10);
    }
  },
  /** {@code 24.95} becomes {@code 24.9O}. */
  LETTER_O_IN_NUMBER("the letter O among the digits") {
    @Override
    String corrupt(String value) {
      return value.substring(0, value.length() - 1) + 'O';
    }
  },
  /** {@code 12.50} becomes {@code 12,5O}: a European decimal comma and a letter O. */
  DECIMAL_COMMA_AND_LETTER_O("a decimal comma and the letter O among the digits") {
    @Override
    String corrupt(String value) {
      return LETTER_O_IN_NUMBER.corrupt(value.replace('.', ','));
    }
  },
  /** A count written out in words. */
  NUMBER_AS_WORD("a number written as a word") {
    @Override
    String corrupt(String value) {
      return "two";
    }
  },
  /** {@code n/a} where a number belongs. */
  NOT_AVAILABLE("n/a instead of a number") {
    @Override
    String corrupt(String value) {
      return "n/a";
    }
  },
  /** A required value left empty. */
  EMPTY_VALUE("an empty value") {
    @Override
    String corrupt(String value) {
      return "";
    }
  },
  /** The row's last field is missing: a ragged row, one field shorter than the header. */
  MISSING_FIELD("the row has one field fewer than the header") {
    @Override
    String corrupt(String value) {
      return "";
    }
  };

  private final String problem;

  FlawKind(String problem) {
    this.problem = problem;
  }

  /** What is wrong, for the README and the user. */
  String problem() {
    return problem;
  }

  /** The malformed text that replaces a well-formed {@code value}. */
  abstract String corrupt(String value);
}
