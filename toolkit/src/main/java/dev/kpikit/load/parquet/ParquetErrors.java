package dev.kpikit.load.parquet;

import dev.kpikit.load.DataException;
import java.util.List;
import org.apache.parquet.crypto.ParquetCryptoRuntimeException;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.schema.GroupType;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.PrimitiveType;
import org.apache.parquet.schema.Type;

/**
 * The one-line {@link DataException}s of the Parquet reader. Each message starts with the source
 * name, names the column where there is one, and says what is wrong in words a user can act on.
 */
final class ParquetErrors {
  private static final int MAX_CAUSE_LENGTH = 160;

  private ParquetErrors() {}

  static DataException notFound(String source) {
    return new DataException(source + ": file not found");
  }

  static DataException notParquet(String source, Throwable cause) {
    return new DataException(
        source + ": not a Parquet file (it does not start and end with the PAR1 magic number)",
        cause);
  }

  static DataException truncated(String source, Throwable cause) {
    return new DataException(
        source
            + ": the Parquet file is truncated or was not completely written (no footer at its"
            + " end); copy it again or rewrite it",
        cause);
  }

  static DataException encrypted(String source, String column, Throwable cause) {
    String what = column == null ? ": the file is encrypted" : ", column '" + column + "' is encrypted";
    return new DataException(
        source + what + "; kpikit cannot read encrypted Parquet files", cause);
  }

  static DataException corruptFooter(String source, Throwable cause) {
    return new DataException(
        source
            + ": cannot read the Parquet footer; the file is corrupt, truncated or uses a"
            + " feature this reader does not know ("
            + describe(cause)
            + ")",
        cause);
  }

  static DataException corruptData(String source, String column, long row, Throwable cause) {
    String where = column == null ? "" : ", column '" + column + "'";
    return new DataException(
        source
            + where
            + ", row "
            + row
            + ": cannot decode the data; the file is corrupt or truncated ("
            + describe(cause)
            + ")",
        cause);
  }

  static DataException unsupportedCodec(
      String source, String column, CompressionCodecName codec, Throwable cause) {
    return new DataException(
        source
            + ", column '"
            + column
            + "': compression codec "
            + codec
            + " is not available (supported: SNAPPY, GZIP, ZSTD, LZ4_RAW, UNCOMPRESSED);"
            + " rewrite the file with one of those",
        cause);
  }

  static DataException nested(String source, Type field) {
    return new DataException(
        source
            + ", column '"
            + field.getName()
            + "' is "
            + nestedKind(field)
            + ", a nested type; kpikit reads only flat columns (leave this column out or"
            + " flatten the file)");
  }

  static DataException unsupportedType(String source, PrimitiveType type) {
    LogicalTypeAnnotation logical = type.getLogicalTypeAnnotation();
    String name =
        type.getPrimitiveTypeName() + (logical == null ? "" : " annotated " + logical.toString());
    return new DataException(
        source
            + ", column '"
            + type.getName()
            + "': type "
            + name
            + " is not supported (leave this column out)");
  }

  static DataException unknownColumn(String source, String column, List<String> available) {
    return new DataException(
        source + ": no column '" + column + "'; the file has " + available);
  }

  /**
   * @param cause anything thrown while reading
   * @return true when the failure is a missing decryption key
   */
  static boolean isEncryption(Throwable cause) {
    for (Throwable t = cause; t != null; t = t.getCause()) {
      if (t instanceof ParquetCryptoRuntimeException) {
        return true;
      }
    }
    return false;
  }

  private static String nestedKind(Type field) {
    if (field.isPrimitive()) {
      return "a repeated field";
    }
    LogicalTypeAnnotation logical = ((GroupType) field).getLogicalTypeAnnotation();
    if (logical instanceof LogicalTypeAnnotation.ListLogicalTypeAnnotation) {
      return "a LIST";
    }
    if (logical instanceof LogicalTypeAnnotation.MapLogicalTypeAnnotation) {
      return "a MAP";
    }
    return "a struct (group)";
  }

  /** The exception's class and the first line of its message, shortened. */
  private static String describe(Throwable cause) {
    String message = cause.getMessage();
    String text = cause.getClass().getSimpleName();
    if (message != null && !message.isBlank()) {
      int end = message.indexOf('\n');
      String firstLine = (end < 0 ? message : message.substring(0, end)).strip();
      if (firstLine.length() > MAX_CAUSE_LENGTH) {
        firstLine = firstLine.substring(0, MAX_CAUSE_LENGTH) + "...";
      }
      text += ": " + firstLine;
    }
    return text;
  }
}
