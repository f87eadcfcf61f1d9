package dev.kpikit.sample;

import dev.kpikit.testing.LineCsv;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads the sample CSV files in tests: one record per line (samples never quote a line break). */
final class SampleCsv {
  private SampleCsv() {}

  /** Every line of the file split into fields; element 0 is the header (line 1). */
  static List<List<String>> read(Path file) {
    try {
      List<List<String>> rows = new ArrayList<>();
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        rows.add(split(line));
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Splits one RFC 4180 line; quoted fields may hold commas and doubled quotes. */
  static List<String> split(String line) {
    return LineCsv.split(line);
  }


  /** The records after the header that have as many fields as the header. */
  static List<List<String>> wellFormedRows(Path file) {
    List<List<String>> rows = read(file);
    int width = rows.get(0).size();
    return rows.subList(1, rows.size()).stream().filter(r -> r.size() == width).toList();
  }
}
