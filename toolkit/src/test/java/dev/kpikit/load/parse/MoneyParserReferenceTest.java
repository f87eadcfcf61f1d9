package dev.kpikit.load.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Formats random amounts the way exports write them and checks that parsing gives back exactly the
 * formatted value (the double nearest to the written decimal).
 */
class MoneyParserReferenceTest {
  private static final int SAMPLES = 100_000;
  private static final String[] CURRENCY_PREFIXES = {"", "$", "€", "£ ", "¥", "USD ", "EUR"};
  private static final String[] CURRENCY_SUFFIXES = {"", " EUR", "€", " GBP"};

  @Test
  void randomFormattedAmountsParseToTheirValue() {
    Random random = new Random(20240229L);
    MoneyParser dot = new MoneyParser('.');
    MoneyParser comma = new MoneyParser(',');
    for (int n = 0; n < SAMPLES; n++) {
      long cents = randomCents(random);
      boolean decimalComma = random.nextBoolean();
      String text = format(cents, decimalComma, random);
      double expected = Double.parseDouble(plain(cents));
      double actual = decimalComma ? comma.parse(text) : dot.parse(text);
      assertEquals(expected, actual, () -> "parsing '" + text + "'");
    }
  }

  /** Amounts from cents to billions, with more small ones, as in real exports. */
  private static long randomCents(Random random) {
    long magnitude = (long) Math.pow(10, 1 + random.nextInt(12));
    long cents = Math.floorMod(random.nextLong(), magnitude);
    return random.nextInt(4) == 0 ? -cents : cents;
  }

  /** The amount as plain text with '.' and no grouping: the reference. */
  private static String plain(long cents) {
    long abs = Math.abs(cents);
    return (cents < 0 ? "-" : "") + abs / 100 + "." + twoDigits(abs % 100);
  }

  private static String format(long cents, boolean decimalComma, Random random) {
    long abs = Math.abs(cents);
    char decimal = decimalComma ? ',' : '.';
    char group = decimalComma ? '.' : ',';
    String whole = Long.toString(abs / 100);
    if (random.nextBoolean()) {
      whole = grouped(whole, group);
    }
    String number = whole + decimal + twoDigits(abs % 100);
    String prefix = CURRENCY_PREFIXES[random.nextInt(CURRENCY_PREFIXES.length)];
    String suffix = prefix.isEmpty() ? CURRENCY_SUFFIXES[random.nextInt(CURRENCY_SUFFIXES.length)] : "";
    if (cents >= 0) {
      return prefix + number + suffix;
    }
    switch (random.nextInt(3)) {
      case 0:
        return "(" + prefix + number + suffix + ")";
      case 1:
        return "-" + prefix + number + suffix;
      default:
        return prefix + "-" + number + suffix;
    }
  }

  private static String grouped(String digits, char separator) {
    StringBuilder out = new StringBuilder();
    int lead = digits.length() % 3 == 0 ? 3 : digits.length() % 3;
    out.append(digits, 0, lead);
    for (int i = lead; i < digits.length(); i += 3) {
      out.append(separator).append(digits, i, i + 3);
    }
    return out.toString();
  }

  private static String twoDigits(long value) {
    return value < 10 ? "0" + value : Long.toString(value);
  }
}
