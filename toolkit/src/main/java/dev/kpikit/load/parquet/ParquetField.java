package dev.kpikit.load.parquet;

import static org.apache.parquet.io.api.Binary.fromString;
import static org.apache.parquet.schema.LogicalTypeAnnotation.dateType;
import static org.apache.parquet.schema.LogicalTypeAnnotation.intType;
import static org.apache.parquet.schema.LogicalTypeAnnotation.stringType;
import static org.apache.parquet.schema.LogicalTypeAnnotation.timeType;
import static org.apache.parquet.schema.LogicalTypeAnnotation.timestampType;
import static org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName.BINARY;
import static org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName.BOOLEAN;
import static org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName.DOUBLE;
import static org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName.FLOAT;
import static org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName.INT32;
import static org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName.INT64;

import java.time.Instant;
import java.time.ZoneOffset;
import org.apache.parquet.io.api.RecordConsumer;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.LogicalTypeAnnotation.TimeUnit;
import org.apache.parquet.schema.PrimitiveType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Types;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DateTimeColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.FloatColumn;
import tech.tablesaw.api.InstantColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.ShortColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.TimeColumn;
import tech.tablesaw.columns.Column;

/**
 * How one Tablesaw column is written to Parquet: its optional field type and how to emit the value
 * of a row that is not missing.
 *
 * @param type the Parquet field, always optional so that missing values are nulls
 * @param writer emits one present value
 */
record ParquetField(PrimitiveType type, ValueWriter writer) {
  private static final long MICROS_PER_SECOND = 1_000_000L;
  private static final int NANOS_PER_MICRO = 1_000;

  /** Emits the value of one row, known not to be missing, to a record consumer. */
  @FunctionalInterface
  interface ValueWriter {
    /**
     * @param out the consumer, inside the field
     * @param row the 0-based row
     */
    void write(RecordConsumer out, int row);
  }

  /**
   * @param column a Tablesaw column
   * @return its Parquet field
   * @throws IllegalArgumentException for column types without a Parquet mapping
   */
  static ParquetField of(Column<?> column) {
    String name = column.name();
    if (column instanceof StringColumn c) {
      return field(BINARY, stringType(), name, (out, row) -> out.addBinary(fromString(c.get(row))));
    }
    if (column instanceof IntColumn c) {
      return field(INT32, null, name, (out, row) -> out.addInteger(c.getInt(row)));
    }
    if (column instanceof ShortColumn c) {
      return field(INT32, intType(16, true), name, (out, row) -> out.addInteger(c.getShort(row)));
    }
    if (column instanceof LongColumn c) {
      return field(INT64, null, name, (out, row) -> out.addLong(c.getLong(row)));
    }
    if (column instanceof DoubleColumn c) {
      return field(DOUBLE, null, name, (out, row) -> out.addDouble(c.getDouble(row)));
    }
    if (column instanceof FloatColumn c) {
      return field(FLOAT, null, name, (out, row) -> out.addFloat(c.getFloat(row)));
    }
    if (column instanceof BooleanColumn c) {
      return field(BOOLEAN, null, name, (out, row) -> out.addBoolean(c.get(row)));
    }
    return temporal(column, name);
  }

  private static ParquetField temporal(Column<?> column, String name) {
    if (column instanceof DateColumn c) {
      return field(
          INT32, dateType(), name, (out, row) -> out.addInteger((int) c.get(row).toEpochDay()));
    }
    if (column instanceof DateTimeColumn c) {
      return field(
          INT64,
          timestampType(false, TimeUnit.MICROS),
          name,
          (out, row) -> out.addLong(epochMicros(c.get(row).toInstant(ZoneOffset.UTC))));
    }
    if (column instanceof InstantColumn c) {
      return field(
          INT64,
          timestampType(true, TimeUnit.MICROS),
          name,
          (out, row) -> out.addLong(epochMicros(c.get(row))));
    }
    if (column instanceof TimeColumn c) {
      return field(
          INT64,
          timeType(false, TimeUnit.MICROS),
          name,
          (out, row) -> out.addLong(c.get(row).toNanoOfDay() / NANOS_PER_MICRO));
    }
    throw new IllegalArgumentException(
        "column '" + name + "' of type " + column.type() + " cannot be written to Parquet");
  }

  private static ParquetField field(
      PrimitiveTypeName physical, LogicalTypeAnnotation logical, String name, ValueWriter writer) {
    return new ParquetField(Types.optional(physical).as(logical).named(name), writer);
  }

  /** Microseconds since the epoch; sub-microsecond digits are dropped (truncated toward -inf). */
  private static long epochMicros(Instant instant) {
    return Math.addExact(
        Math.multiplyExact(instant.getEpochSecond(), MICROS_PER_SECOND),
        instant.getNano() / NANOS_PER_MICRO);
  }
}
