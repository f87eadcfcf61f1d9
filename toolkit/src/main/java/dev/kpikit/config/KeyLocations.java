package dev.kpikit.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * Where each key of a YAML document is: line and column by dotted path ({@code datasets.orders.path}),
 * read from the parser's token locations (the tree Jackson builds keeps none).
 */
final class KeyLocations {
  private final Map<String, int[]> byPath;

  private KeyLocations(Map<String, int[]> byPath) {
    this.byPath = byPath;
  }

  /**
   * @param yaml a YAML document that parses (its errors were reported when the tree was read)
   * @return the location of every mapping key in it
   */
  static KeyLocations read(String yaml) {
    Map<String, int[]> byPath = new HashMap<>();
    try (JsonParser p = new YAMLFactory().createParser(yaml)) {
      Deque<String> path = new ArrayDeque<>(); // the path of the open mappings and sequences
      String pending = null; // the key whose value comes next
      for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        switch (t) {
          case FIELD_NAME -> {
            pending = p.currentName();
            JsonLocation at = p.currentTokenLocation();
            byPath.putIfAbsent(join(path, pending), new int[] {at.getLineNr(), at.getColumnNr()});
          }
          case START_OBJECT, START_ARRAY -> {
            path.addLast(pending == null ? "[]" : pending);
            pending = null;
          }
          case END_OBJECT, END_ARRAY -> {
            path.pollLast();
            pending = null;
          }
          default -> pending = null;
        }
      }
    } catch (IOException e) {
      // the document parsed into a tree before: keep the locations read so far
    }
    return new KeyLocations(byPath);
  }

  private static String join(Deque<String> path, String key) {
    StringBuilder b = new StringBuilder();
    boolean first = true;
    for (String part : path) {
      if (first) {
        first = false; // the document's root mapping
        continue;
      }
      b.append(part).append('.');
    }
    return b.append(key).toString();
  }

  /**
   * @param dottedPath a key's path, e.g. {@code targets.ltv_cac}
   * @return {@code {line, column}}, both 1-based, or {@code {0, 0}} when unknown
   */
  int[] at(String dottedPath) {
    return byPath.getOrDefault(dottedPath, new int[] {0, 0});
  }
}
