package dev.kpikit.load.parquet;

import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.conf.ParquetConfiguration;
import org.apache.parquet.hadoop.api.WriteSupport;
import org.apache.parquet.io.api.RecordConsumer;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.Type;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Writes the rows of a Tablesaw {@link Table}, given by row index, as flat Parquet records. A
 * missing value is left out of its record, which Parquet reads back as null.
 */
final class TableWriteSupport extends WriteSupport<Integer> {
  private final MessageType schema;
  private final Column<?>[] columns;
  private final ParquetField[] fields;
  private RecordConsumer out;

  /**
   * @param table the table to write
   * @throws IllegalArgumentException when the table has no columns or a column type has no
   *     Parquet mapping
   */
  TableWriteSupport(Table table) {
    List<Column<?>> tableColumns = table.columns();
    if (tableColumns.isEmpty()) {
      throw new IllegalArgumentException("table '" + table.name() + "' has no columns to write");
    }
    columns = tableColumns.toArray(new Column<?>[0]);
    fields = new ParquetField[columns.length];
    Type[] types = new Type[columns.length];
    for (int i = 0; i < columns.length; i++) {
      fields[i] = ParquetField.of(columns[i]);
      types[i] = fields[i].type();
    }
    schema = new MessageType("kpikit", types);
  }

  @Override
  @SuppressWarnings("deprecation") // still abstract in parquet-hadoop 1.15
  public WriteContext init(Configuration configuration) {
    return new WriteContext(schema, Map.of());
  }

  @Override
  public WriteContext init(ParquetConfiguration configuration) {
    return new WriteContext(schema, Map.of());
  }

  @Override
  public void prepareForWrite(RecordConsumer recordConsumer) {
    out = recordConsumer;
  }

  @Override
  public void write(Integer row) {
    int r = row;
    out.startMessage();
    for (int i = 0; i < columns.length; i++) {
      if (!columns[i].isMissing(r)) {
        String name = columns[i].name();
        out.startField(name, i);
        fields[i].writer().write(out, r);
        out.endField(name, i);
      }
    }
    out.endMessage();
  }
}
