package dev.kpikit.load.parquet;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType;
import org.apache.parquet.schema.Type;

/**
 * The columns a reader was asked for, checked against the file's schema: each exists, is flat and
 * has a type kpikit reads. Only these columns' chunks are then read from the file.
 */
final class ParquetProjection {
  private final MessageType schema;
  private final List<String> names;
  private final ValueConverter[] converters;

  private ParquetProjection(MessageType schema, List<String> names, ValueConverter[] converters) {
    this.schema = schema;
    this.names = names;
    this.converters = converters;
  }

  /**
   * Resolves the requested names against the file's top-level columns.
   *
   * @param source the file name for messages
   * @param fileSchema the file's schema
   * @param requested top-level column names; null or empty for all of them
   * @return the selected names in file order, without duplicates
   * @throws dev.kpikit.load.DataException when a requested column does not exist
   */
  static List<String> select(String source, MessageType fileSchema, List<String> requested) {
    List<String> all = fieldNames(fileSchema);
    if (requested == null || requested.isEmpty()) {
      return all;
    }
    Set<String> wanted = new HashSet<>();
    for (String name : requested) {
      if (!fileSchema.containsField(name)) {
        throw ParquetErrors.unknownColumn(source, name, all);
      }
      wanted.add(name);
    }
    List<String> selected = new ArrayList<>(wanted.size());
    for (String name : all) {
      if (wanted.contains(name)) {
        selected.add(name);
      }
    }
    return List.copyOf(selected);
  }

  /**
   * @param source the file name for messages
   * @param fileSchema the file's schema
   * @param selected top-level column names from {@link #select}
   * @return the projection of those columns
   * @throws dev.kpikit.load.DataException when a selected column is nested or of an unsupported
   *     type
   */
  static ParquetProjection of(String source, MessageType fileSchema, List<String> selected) {
    List<Type> fields = new ArrayList<>(selected.size());
    ValueConverter[] converters = new ValueConverter[selected.size()];
    for (int i = 0; i < converters.length; i++) {
      Type field = fileSchema.getType(selected.get(i));
      converters[i] = converterFor(source, field);
      fields.add(field);
    }
    return new ParquetProjection(
        new MessageType(fileSchema.getName(), fields), List.copyOf(selected), converters);
  }

  /**
   * @param schema a file's schema
   * @return its top-level field names in file order
   */
  static List<String> fieldNames(MessageType schema) {
    List<String> names = new ArrayList<>(schema.getFieldCount());
    for (Type field : schema.getFields()) {
      names.add(field.getName());
    }
    return List.copyOf(names);
  }

  static List<String> flatFieldNames(MessageType schema) {
    List<String> names = new ArrayList<>(schema.getFieldCount());
    for (Type field : schema.getFields()) {
      if (field.isPrimitive() && !field.isRepetition(Type.Repetition.REPEATED)) {
        names.add(field.getName());
      }
    }
    return List.copyOf(names);
  }

  /** @return the requested part of the file schema */
  MessageType schema() {
    return schema;
  }

  /** @return the projected column names in file order */
  List<String> names() {
    return names;
  }

  /** @return one converter per projected column, in the order of {@link #names()} */
  ValueConverter[] converters() {
    return converters;
  }

  private static ValueConverter converterFor(String source, Type field) {
    if (!field.isPrimitive() || field.isRepetition(Type.Repetition.REPEATED)) {
      throw ParquetErrors.nested(source, field);
    }
    PrimitiveType primitive = field.asPrimitiveType();
    ValueConverter converter = ValueConverters.forType(primitive);
    if (converter == null) {
      throw ParquetErrors.unsupportedType(source, primitive);
    }
    return converter;
  }
}
