package dev.kpikit.load.parquet;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.time.LocalDate;
import java.util.UUID;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.LogicalTypeAnnotation.DateLogicalTypeAnnotation;
import org.apache.parquet.schema.LogicalTypeAnnotation.DecimalLogicalTypeAnnotation;
import org.apache.parquet.schema.LogicalTypeAnnotation.EnumLogicalTypeAnnotation;
import org.apache.parquet.schema.LogicalTypeAnnotation.Float16LogicalTypeAnnotation;
import org.apache.parquet.schema.LogicalTypeAnnotation.IntLogicalTypeAnnotation;
import org.apache.parquet.schema.LogicalTypeAnnotation.JsonLogicalTypeAnnotation;
import org.apache.parquet.schema.LogicalTypeAnnotation.StringLogicalTypeAnnotation;
import org.apache.parquet.schema.LogicalTypeAnnotation.TimeLogicalTypeAnnotation;
import org.apache.parquet.schema.LogicalTypeAnnotation.TimestampLogicalTypeAnnotation;
import org.apache.parquet.schema.LogicalTypeAnnotation.UUIDLogicalTypeAnnotation;
import org.apache.parquet.schema.PrimitiveType;

/**
 * Chooses the {@link ValueConverter} of a flat column from its physical and logical type: the
 * value mapping documented on {@link ParquetRecordReader}.
 */
final class ValueConverters {
  private ValueConverters() {}

  /**
   * @param type the column's type
   * @return a converter producing the column's Java values, or null when kpikit cannot read the
   *     type (INTERVAL, BSON, an annotation it does not know)
   */
  static ValueConverter forType(PrimitiveType type) {
    LogicalTypeAnnotation logical = type.getLogicalTypeAnnotation();
    switch (type.getPrimitiveTypeName()) {
      case BOOLEAN:
        return new ValueConverter.Booleans();
      case FLOAT:
        return new ValueConverter.Floats();
      case DOUBLE:
        return new ValueConverter.Doubles();
      case INT32:
        return int32(logical);
      case INT64:
        return int64(logical);
      case INT96:
        return new ValueConverter.Binaries(ParquetValues::int96ToInstant);
      case BINARY:
      case FIXED_LEN_BYTE_ARRAY:
        return bytes(logical);
      default:
        return null;
    }
  }

  private static ValueConverter int32(LogicalTypeAnnotation logical) {
    if (logical == null) {
      return new ValueConverter.Ints(Integer::valueOf);
    }
    if (logical instanceof IntLogicalTypeAnnotation integer) {
      if (!integer.isSigned() && integer.getBitWidth() == 32) {
        return new ValueConverter.Ints(Integer::toUnsignedLong);
      }
      return new ValueConverter.Ints(Integer::valueOf);
    }
    if (logical instanceof DecimalLogicalTypeAnnotation decimal) {
      int scale = decimal.getScale();
      return new ValueConverter.Ints(v -> BigDecimal.valueOf(v, scale));
    }
    if (logical instanceof DateLogicalTypeAnnotation) {
      return new ValueConverter.Ints(LocalDate::ofEpochDay);
    }
    if (logical instanceof TimeLogicalTypeAnnotation time) {
      return new ValueConverter.Ints(v -> ParquetValues.toLocalTime(v, time.getUnit()));
    }
    return null;
  }

  private static ValueConverter int64(LogicalTypeAnnotation logical) {
    if (logical == null) {
      return new ValueConverter.Longs(Long::valueOf);
    }
    if (logical instanceof IntLogicalTypeAnnotation integer) {
      if (integer.isSigned()) {
        return new ValueConverter.Longs(Long::valueOf);
      }
      return new ValueConverter.Longs(ParquetValues::unsignedLong);
    }
    if (logical instanceof DecimalLogicalTypeAnnotation decimal) {
      int scale = decimal.getScale();
      return new ValueConverter.Longs(v -> BigDecimal.valueOf(v, scale));
    }
    if (logical instanceof TimestampLogicalTypeAnnotation timestamp) {
      LogicalTypeAnnotation.TimeUnit unit = timestamp.getUnit();
      return new ValueConverter.Longs(
          timestamp.isAdjustedToUTC()
              ? v -> ParquetValues.toInstant(v, unit)
              : v -> ParquetValues.toLocalDateTime(v, unit));
    }
    if (logical instanceof TimeLogicalTypeAnnotation time) {
      return new ValueConverter.Longs(v -> ParquetValues.toLocalTime(v, time.getUnit()));
    }
    return null;
  }

  private static ValueConverter bytes(LogicalTypeAnnotation logical) {
    if (logical == null
        || logical instanceof StringLogicalTypeAnnotation
        || logical instanceof EnumLogicalTypeAnnotation
        || logical instanceof JsonLogicalTypeAnnotation) {
      return new ValueConverter.Binaries(Binary::toStringUsingUTF8);
    }
    if (logical instanceof DecimalLogicalTypeAnnotation decimal) {
      int scale = decimal.getScale();
      return new ValueConverter.Binaries(b -> ParquetValues.decimal(b, scale));
    }
    if (logical instanceof UUIDLogicalTypeAnnotation) {
      return new ValueConverter.Binaries(ValueConverters::uuid);
    }
    if (logical instanceof Float16LogicalTypeAnnotation) {
      return new ValueConverter.Binaries(ParquetValues::float16ToFloat);
    }
    return null;
  }

  private static String uuid(Binary sixteenBytes) {
    ByteBuffer bytes = sixteenBytes.toByteBuffer();
    int start = bytes.position();
    return new UUID(bytes.getLong(start), bytes.getLong(start + 8)).toString();
  }
}
