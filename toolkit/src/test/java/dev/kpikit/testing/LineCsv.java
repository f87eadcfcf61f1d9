package dev.kpikit.testing;

import java.util.ArrayList;
import java.util.List;

/**
 * A deliberately naive RFC 4180 line splitter (quotes and doubled quotes, no line breaks inside
 * fields), used by tests as a reference independent of kpikit's CSV reader.
 */
public final class LineCsv {
  private LineCsv() {}

  /** Splits one line; quoted fields may hold commas and doubled quotes. */
  public static List<String> split(String line) {
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
        field.append('"');
        i++;
      } else if (c == '"') {
        quoted = !quoted;
      } else if (c == ',' && !quoted) {
        fields.add(field.toString());
        field.setLength(0);
      } else {
        field.append(c);
      }
    }
    fields.add(field.toString());
    return fields;
  }
}
