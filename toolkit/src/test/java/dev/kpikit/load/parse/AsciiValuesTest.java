package dev.kpikit.load.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import tech.tablesaw.columns.dates.PackedLocalDate;

/** The byte fast paths return exactly what the full parsers return, or leave the text to them. */
class AsciiValuesTest {
  private static final DateParser ISO = DateParser.of(null, ZoneId.of("UTC"));

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void isoDates_packAsTheDateParserReadsThem() {
    for (String s : List.of("2024-02-29", "2023-12-31", "1999-01-01", "2000-02-29", "0001-01-01")) {
      byte[] b = bytes(s);
      assertEquals(PackedLocalDate.pack(ISO.parse(s)), AsciiValues.isoDate(b, 0, b.length), s);
    }
  }

  @Test
  void datesThatDoNotExistOrAreNotPlain_areLeftToTheParser() {
    for (String s :
        List.of("2023-02-29", "2024-13-01", "2024-00-10", "2024-04-31", " 2024-01-01", "2024-01-01T10:00", "2024/01/01", "2024-1-01", "")) {
      byte[] b = bytes(s);
      assertEquals(AsciiValues.NOT_SIMPLE_DATE, AsciiValues.isoDate(b, 0, b.length), s);
    }
  }

  @Test
  void randomPlainDecimals_readExactlyAsMoneyAndNumbers() {
    MoneyParser money = new MoneyParser('.');
    NumberParser number = new NumberParser('.');
    Random random = new Random(7);
    for (int i = 0; i < 20_000; i++) {
      long whole = random.nextInt(5) == 0 ? random.nextLong() >>> random.nextInt(64) : random.nextInt(100_000);
      String s = (random.nextBoolean() ? "-" : "") + whole + (random.nextBoolean() ? "." + random.nextInt(1000) : "");
      byte[] b = bytes(s);
      double fast = AsciiValues.plainDecimal(b, 0, b.length, '.');
      if (!Double.isNaN(fast)) {
        assertEquals(money.parse(s), fast, s);
        assertEquals(number.parse(s), fast, s);
        assertEquals(Double.doubleToRawLongBits(money.parse(s)), Double.doubleToRawLongBits(fast), s);
      }
    }
  }

  @Test
  void zeroIsPositive_andEdgeShapesAgreeWithTheParser() {
    MoneyParser money = new MoneyParser('.');
    for (String s : List.of("-0", "-0.00", "0", ".5", "5.", "-.5", "007.50", "9007199254740991")) {
      byte[] b = bytes(s);
      assertEquals(Double.doubleToRawLongBits(money.parse(s)), Double.doubleToRawLongBits(AsciiValues.plainDecimal(b, 0, b.length, '.')), s);
    }
  }

  @Test
  void decimalsWithMarksSeparatorsOrTooManyDigits_areLeftToTheParser() {
    for (String s : List.of("1,234.50", "$12", "+12", "(12)", "1e3", " 12", "12 ", ".", "-", "", "1.2.3", "1234567890123456789", "9007199254740993")) {
      byte[] b = bytes(s);
      assertEquals(Double.NaN, AsciiValues.plainDecimal(b, 0, b.length, '.'), s);
    }
  }

  @Test
  void commaAsDecimalSeparator_readsAsTheParserWithComma() {
    byte[] b = bytes("-12,75");
    assertEquals(new MoneyParser(',').parse("-12,75"), AsciiValues.plainDecimal(b, 0, b.length, ','));
  }

  @Test
  void plainIntegers_readAsTheIntegerParser_andOthersAreLeftToIt() {
    for (String s : List.of("0", "-0", "12", "-2147483648", "2147483647")) {
      byte[] b = bytes(s);
      assertEquals(IntegerParser.parse(s), AsciiValues.plainInteger(b, 0, b.length), s);
    }
    for (String s : List.of("2147483648", "-2147483649", "+1", "1.0", "", "-", "12345678901")) {
      byte[] b = bytes(s);
      assertEquals(AsciiValues.NOT_SIMPLE_INTEGER, AsciiValues.plainInteger(b, 0, b.length), s);
    }
  }

  @Test
  void valuesInsideALargerBuffer_useOnlyTheirRange() {
    byte[] b = bytes("x,2024-03-15,42.5,7,y");
    assertEquals(PackedLocalDate.pack(LocalDate.of(2024, 3, 15)), AsciiValues.isoDate(b, 2, 12));
    assertEquals(42.5, AsciiValues.plainDecimal(b, 13, 17, '.'));
    assertEquals(7, AsciiValues.plainInteger(b, 18, 19));
  }
}
