package dev.kpikit.load.parquet;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.apache.parquet.io.api.Binary;
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
    if (column instanceof StringColumn) {
      StringColumn c = (StringColumn) column;
      return field(
          Types.optional(PrimitiveTypeName.BINARY)
              .as(LogicalTypeAnnotation.stringType())
              .named(name),
          (out, row) -> out.addBinary(Binary.fromString(c.get(row))));
    }
    if (column instanceof IntColumn) {
      IntColumn c = (IntColumn) column;
      return field(
          Types.optional(PrimitiveTypeName.INT32).named(name),
          (out, row) -> out.addInteger(c.getInt(row)));
    }
    if (column instanceof ShortColumn) {
      ShortColumn c = (ShortColumn) column;
      return field(
          Types.optional(PrimitiveTypeName.INT32)
              .as(LogicalTypeAnnotation.intType(16, true))
              .named(name),
          (out, row) -> out.addInteger(c.getShort(row)));
    }
    if (column instanceof LongColumn) {
      LongColumn c = (LongColumn) column;
      return field(
          Types.optional(PrimitiveTypeName.INT64).named(name),
          (out, row) -> out.addLong(c.getLong(row)));
    }
    if (column instanceof DoubleColumn) {
      DoubleColumn c = (DoubleColumn) column;
      return field(
          Types.optional(PrimitiveTypeName.DOUBLE).named(name),
          (out, row) -> out.addDouble(c.getDouble(row)));
    }
    if (column instanceof FloatColumn) {
      FloatColumn c = (FloatColumn) column;
      return field(
          Types.optional(PrimitiveTypeName.FLOAT).named(name),
          (out, row) -> out.addFloat(c.getFloat(row)));
    }
    if (column instanceof BooleanColumn) {
      BooleanColumn c = (BooleanColumn) column;
      return field(
          Types.optional(PrimitiveTypeName.BOOLEAN).named(name),
          (out, row) -> out.addBoolean(c.get(row)));
    }
    return temporal(column, name);
  }

  private static ParquetField temporal(Column<?> column, String name) {
    if (column instanceof DateColumn) {
      DateColumn c = (DateColumn) column;
      return field(
          Types.optional(PrimitiveTypeName.INT32)
              .as(LogicalTypeAnnotation.dateType())
              .named(name),
          (out, row) -> out.addInteger(Math.toIntExact(c.get(row).toEpochDay())));
    }
    if (column instanceof DateTimeColumn) {
      DateTimeColumn c = (DateTimeColumn) column;
      return field(
          Types.optional(PrimitiveTypeName.INT64)
              .as(LogicalTypeAnnotation.timestampType(false, TimeUnit.MICROS))
              .named(name),
          (out, row) -> out.addLong(epochMicros(c.get(row))));
    }
    if (column instanceof InstantColumn) {
      InstantColumn c = (InstantColumn) column;
      return field(
          Types.optional(PrimitiveTypeName.INT64)
              .as(LogicalTypeAnnotation.timestampType(true, TimeUnit.MICROS))
              .named(name),
          (out, row) -> out.addLong(epochMicros(c.get(row))));
    }
    if (column instanceof TimeColumn) {
      TimeColumn c = (TimeColumn) column;
      return field(
          Types.optional(PrimitiveTypeName.INT64)
              .as(LogicalTypeAnnotation.timeType(false, TimeUnit.MICROS))
              .named(name),
          (out, row) -> out.addLong(c.get(row).toNanoOfDay() / NANOS_PER_MICRO));
    }
    throw new IllegalArgumentException(
        "column '" + name + "' of type " + column.type() + " cannot be written to Parquet");
  }

  private static ParquetField field(PrimitiveType type, ValueWriter writer) {
    return new ParquetField(type, writer);
  }

  /** Microseconds since the epoch; sub-microsecond digits are dropped (truncated toward -inf). */
  private static long epochMicros(Instant instant) {
    return Math.addExact(
        Math.multiplyExact(instant.getEpochSecond(), MICROS_PER_SECOND),
        instant.getNano() / NANOS_PER_MICRO);
  }

  private static long epochMicros(LocalDateTime dateTime) {
    return epochMicros(dateTime.toInstant(ZoneOffset.UTC));
  }
}
