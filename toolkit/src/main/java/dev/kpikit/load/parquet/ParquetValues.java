package dev.kpikit.load.parquet;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.schema.LogicalTypeAnnotation.TimeUnit;

/**
 * Conversions of Parquet physical values to the Java values a {@link ParquetRecordReader} returns.
 * Pure functions, no state.
 */
final class ParquetValues {
  /** The Julian day number of 1970-01-01, the origin of INT96 timestamps' day part. */
  static final long JULIAN_DAY_OF_EPOCH = 2_440_588L;

  private static final long SECONDS_PER_DAY = 86_400L;
  private static final long MILLIS_PER_SECOND = 1_000L;
  private static final long MICROS_PER_SECOND = 1_000_000L;
  private static final long NANOS_PER_SECOND = 1_000_000_000L;
  private static final BigDecimal TWO_POW_64 = new BigDecimal(BigInteger.ONE.shiftLeft(64));

  private ParquetValues() {}

  /**
   * Reads a legacy INT96 timestamp (Impala, Hive, Spark): 8 bytes little-endian nanoseconds of the
   * day, then 4 bytes little-endian Julian day number, always UTC.
   *
   * @param int96 exactly 12 bytes
   * @return the instant
   * @throws IllegalArgumentException when the value is not 12 bytes long
   */
  static Instant int96ToInstant(Binary int96) {
    if (int96.length() != 12) {
      throw new IllegalArgumentException(
          "INT96 timestamp has " + int96.length() + " bytes instead of 12");
    }
    ByteBuffer bytes = int96.toByteBuffer().order(ByteOrder.LITTLE_ENDIAN);
    int start = bytes.position();
    long nanosOfDay = bytes.getLong(start);
    long julianDay = bytes.getInt(start + 8);
    return Instant.ofEpochSecond((julianDay - JULIAN_DAY_OF_EPOCH) * SECONDS_PER_DAY, nanosOfDay);
  }

  /**
   * @param value a count of {@code unit} since 1970-01-01T00:00Z
   * @param unit the Parquet time unit
   * @return the instant
   */
  static Instant toInstant(long value, TimeUnit unit) {
    long perSecond = perSecond(unit);
    long nanosPerUnit = NANOS_PER_SECOND / perSecond;
    return Instant.ofEpochSecond(
        Math.floorDiv(value, perSecond), Math.floorMod(value, perSecond) * nanosPerUnit);
  }

  /**
   * @param value a count of {@code unit} since 1970-01-01T00:00 on a wall clock of unknown zone
   * @param unit the Parquet time unit
   * @return the local date-time
   */
  static LocalDateTime toLocalDateTime(long value, TimeUnit unit) {
    long perSecond = perSecond(unit);
    long nanosPerUnit = NANOS_PER_SECOND / perSecond;
    return LocalDateTime.ofEpochSecond(
        Math.floorDiv(value, perSecond),
        (int) (Math.floorMod(value, perSecond) * nanosPerUnit),
        ZoneOffset.UTC);
  }

  /**
   * @param value a count of {@code unit} since midnight
   * @param unit the Parquet time unit
   * @return the time of day
   * @throws java.time.DateTimeException when the value is negative or a day or more
   */
  static LocalTime toLocalTime(long value, TimeUnit unit) {
    long nanosPerUnit = NANOS_PER_SECOND / perSecond(unit);
    return LocalTime.ofNanoOfDay(Math.multiplyExact(value, nanosPerUnit));
  }

  /**
   * Reads a 64-bit unsigned integer held in a {@code long}.
   *
   * @param bits the two's-complement bits
   * @return a {@link Long} when the value is at most {@link Long#MAX_VALUE}, otherwise a {@link
   *     BigDecimal} with the exact unsigned value
   */
  static Object unsignedLong(long bits) {
    return bits >= 0 ? (Object) bits : new BigDecimal(bits).add(TWO_POW_64);
  }

  /**
   * Reads the big-endian two's-complement unscaled value of a DECIMAL stored as bytes.
   *
   * @param unscaled the bytes
   * @param scale the number of digits after the decimal point
   * @return the decimal
   */
  static BigDecimal decimal(Binary unscaled, int scale) {
    return new BigDecimal(new BigInteger(unscaled.getBytesUnsafe()), scale);
  }

  /**
   * Reads an IEEE 754 half-precision number (Parquet FLOAT16: 2 bytes, little-endian).
   *
   * @param half exactly 2 bytes
   * @return the value as a float (exact: every half is representable)
   * @throws IllegalArgumentException when the value is not 2 bytes long
   */
  static float float16ToFloat(Binary half) {
    if (half.length() != 2) {
      throw new IllegalArgumentException("FLOAT16 value has " + half.length() + " bytes instead of 2");
    }
    ByteBuffer bytes = half.toByteBuffer().order(ByteOrder.LITTLE_ENDIAN);
    return halfBitsToFloat(bytes.getShort(bytes.position()));
  }

  private static float halfBitsToFloat(short bits) {
    int sign = (bits & 0x8000) << 16;
    int exponent = (bits >>> 10) & 0x1f;
    int mantissa = bits & 0x3ff;
    if (exponent == 0x1f) {
      return Float.intBitsToFloat(sign | 0x7f80_0000 | (mantissa << 13));
    }
    if (exponent == 0) {
      float subnormal = mantissa * 0x1p-24f;
      return sign == 0 ? subnormal : -subnormal;
    }
    return Float.intBitsToFloat(sign | ((exponent + 112) << 23) | (mantissa << 13));
  }

  private static long perSecond(TimeUnit unit) {
    switch (unit) {
      case MILLIS:
        return MILLIS_PER_SECOND;
      case MICROS:
        return MICROS_PER_SECOND;
      case NANOS:
        return NANOS_PER_SECOND;
      default:
        throw new IllegalArgumentException("unknown time unit " + unit);
    }
  }
}
