package dev.kpikit.load.parquet;

import dev.kpikit.load.DataException;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.UnsupportedFileSystemException;
import org.apache.parquet.hadoop.util.HadoopInputFile;
import org.apache.parquet.io.InputFile;
import org.apache.parquet.io.LocalInputFile;

/**
 * Turns the user's file reference into a Parquet {@link InputFile}: a local path is read directly
 * (no Hadoop file system, no native-library lookup), a URI ({@code file:}, {@code hdfs:}, {@code
 * s3a:} ...) through Hadoop's {@link org.apache.hadoop.fs.FileSystem}, which finds connectors on
 * the classpath and reads {@code core-site.xml} if there is one.
 */
final class ParquetInput {
  private ParquetInput() {}

  /**
   * @param pathOrUri a local path or a Hadoop URI
   * @return the input file, known to exist
   * @throws DataException when the file does not exist or its file system is not available
   */
  static InputFile resolve(String pathOrUri) {
    return isUri(pathOrUri) ? hadoopFile(pathOrUri) : localFile(pathOrUri);
  }

  /**
   * A reference is a URI when it starts with a scheme of two or more characters and a colon; a
   * single letter before the colon is a Windows drive ({@code C:\data}).
   *
   * @param reference the user's text
   * @return true for {@code file:/x}, {@code hdfs://nn/x}, {@code s3a://b/x}
   */
  static boolean isUri(String reference) {
    int colon = reference.indexOf(':');
    if (colon < 2 || !isAsciiLetter(reference.charAt(0))) {
      return false;
    }
    for (int i = 1; i < colon; i++) {
      char c = reference.charAt(i);
      if (!isAsciiLetter(c) && !(c >= '0' && c <= '9') && c != '+' && c != '-' && c != '.') {
        return false;
      }
    }
    return true;
  }

  private static InputFile localFile(String reference) {
    Path path;
    try {
      path = Path.of(reference);
    } catch (InvalidPathException e) {
      throw new DataException(reference + ": not a valid file path (" + e.getReason() + ")", e);
    }
    if (!Files.isRegularFile(path)) {
      throw ParquetErrors.notFound(reference);
    }
    return new LocalInputFile(path);
  }

  private static InputFile hadoopFile(String uri) {
    org.apache.hadoop.fs.Path path = hadoopPath(uri);
    try {
      return HadoopInputFile.fromPath(path, new Configuration());
    } catch (FileNotFoundException e) {
      throw ParquetErrors.notFound(uri);
    } catch (UnsupportedFileSystemException e) {
      throw missingConnector(uri, path, e);
    } catch (IOException | RuntimeException e) {
      if (hasCause(e, ClassNotFoundException.class)) {
        throw missingConnector(uri, path, e);
      }
      throw new DataException(uri + ": cannot open (" + e.getMessage() + ")", e);
    }
  }

  /**
   * A well-formed URI is decoded ({@code %20} is a space); text that is not one, such as {@code
   * hdfs://nn/my file.parquet} with a raw space, is taken literally as Hadoop does.
   */
  private static org.apache.hadoop.fs.Path hadoopPath(String uri) {
    try {
      return new org.apache.hadoop.fs.Path(new URI(uri));
    } catch (URISyntaxException notEncoded) {
      try {
        return new org.apache.hadoop.fs.Path(uri);
      } catch (IllegalArgumentException e) {
        throw new DataException(uri + ": not a valid URI (" + e.getMessage() + ")", e);
      }
    }
  }

  private static DataException missingConnector(
      String uri, org.apache.hadoop.fs.Path path, Exception cause) {
    return new DataException(
        uri
            + ": no file system for scheme '"
            + path.toUri().getScheme()
            + "'; add its Hadoop connector to the classpath (e.g. hadoop-aws for s3a)",
        cause);
  }

  private static boolean hasCause(Throwable error, Class<? extends Throwable> type) {
    for (Throwable t = error; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }
}
