package dev.kpikit.load.parse;

import dev.kpikit.testing.LineCsv;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * Test helper: reads one column of a file under {@code testdata} (see {@code
 * dev.kpikit.TestData}). Minimal RFC 4180 for files without line breaks in fields: quotes, doubled
 * quotes, a UTF-8 BOM, CRLF, gzip. It stands in for the loader so the parsers can be tried on real
 * exports on their own.
 */
final class SharedCsv {
  private SharedCsv() {}

  static Path dataset(String relative) {
    return dev.kpikit.TestData.dataset(relative);
  }

  /** The values of {@code column} in every data row, as written (blanks included). */
  static List<String> column(Path file, String column) throws IOException {
    try (InputStream raw = Files.newInputStream(file);
        InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw;
        BufferedReader reader =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      List<String> header = LineCsv.split(reader.readLine().replace("\uFEFF", ""));
      int index = header.indexOf(column);
      if (index < 0) {
        throw new IllegalArgumentException(file + ": no column " + column + " in " + header);
      }
      List<String> values = new ArrayList<>();
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        values.add(LineCsv.split(line).get(index));
      }
      return values;
    }
  }


}
