package dev.kpikit.load.parquet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.schema.LogicalTypeAnnotation.TimeUnit;
import org.junit.jupiter.api.Test;

class ParquetValuesTest {

  @Test
  void int96_isNanosOfDayThenJulianDay_littleEndian() {
    LocalDate day = LocalDate.of(2009, 4, 1);
    long nanosOfDay = LocalTime.of(0, 1, 0, 5).toNanoOfDay();
    ByteBuffer int96 = ByteBuffer.allocate(12).order(ByteOrder.LITTLE_ENDIAN);
    int96.putLong(nanosOfDay).putInt((int) (day.toEpochDay() + ParquetValues.JULIAN_DAY_OF_EPOCH));

    Instant instant = ParquetValues.int96ToInstant(Binary.fromConstantByteArray(int96.array()));

    assertEquals(Instant.parse("2009-04-01T00:01:00.000000005Z"), instant);
  }

  @Test
  void int96_ofTheWrongLength_isRejected() {
    Binary elevenBytes = Binary.fromConstantByteArray(new byte[11]);

    assertThrows(IllegalArgumentException.class, () -> ParquetValues.int96ToInstant(elevenBytes));
  }

  @Test
  void negativeMicros_countBackFromTheEpoch() {
    assertEquals(
        Instant.parse("1969-12-31T23:59:59.999999Z"), ParquetValues.toInstant(-1, TimeUnit.MICROS));
    assertEquals(
        LocalDateTime.of(1969, 12, 31, 23, 59, 59, 999_999_999),
        ParquetValues.toLocalDateTime(-1, TimeUnit.NANOS));
  }

  @Test
  void timeOfADayOrMore_isRejected() {
    long oneDayInMillis = 86_400_000L;

    assertEquals(
        LocalTime.of(23, 59, 59, 999_000_000),
        ParquetValues.toLocalTime(oneDayInMillis - 1, TimeUnit.MILLIS));
    assertThrows(
        DateTimeException.class, () -> ParquetValues.toLocalTime(oneDayInMillis, TimeUnit.MILLIS));
  }

  @Test
  void unsignedLong_aboveLongMax_isAnExactBigDecimal() {
    assertEquals(Long.MAX_VALUE, ParquetValues.unsignedLong(Long.MAX_VALUE));
    assertEquals(new BigDecimal("18446744073709551615"), ParquetValues.unsignedLong(-1L));
  }

  @Test
  void decimalBytes_areBigEndianTwosComplement() {
    Binary minus256 = Binary.fromConstantByteArray(new byte[] {(byte) 0xff, 0x00});

    assertEquals(new BigDecimal("-2.56"), ParquetValues.decimal(minus256, 2));
  }

  @Test
  void float16_coversNormalSubnormalInfinityAndNan() {
    assertEquals(1.0f, float16(0x3c00));
    assertEquals(-2.0f, float16(0xc000));
    assertEquals(65504f, float16(0x7bff));
    assertEquals(0x1p-24f, float16(0x0001));
    assertEquals(-0.0f, float16(0x8000));
    assertEquals(Float.POSITIVE_INFINITY, float16(0x7c00));
    assertTrue(Float.isNaN(float16(0x7e00)));
  }

  private static float float16(int bits) {
    byte[] littleEndian = {(byte) bits, (byte) (bits >>> 8)};
    return ParquetValues.float16ToFloat(Binary.fromConstantByteArray(littleEndian));
  }
}
