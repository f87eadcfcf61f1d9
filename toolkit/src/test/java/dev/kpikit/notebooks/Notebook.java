package dev.kpikit.notebooks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A Jupyter notebook ({@code .ipynb}, nbformat 4) as the CI runner needs it.
 *
 * @param file the notebook file
 * @param json the whole document
 */
record Notebook(Path file, JsonNode json) {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** One code cell: its 1-based number among all cells, and its source. */
  record CodeCell(int number, String source, JsonNode json) {}

  static Notebook read(Path file) throws IOException {
    return new Notebook(file, JSON.readTree(file.toFile()));
  }

  /**
   * @return the file name, e.g. {@code 01-tour.ipynb}
   */
  String name() {
    return file.getFileName().toString();
  }

  /**
   * @return {@code metadata.kernelspec}
   */
  JsonNode kernelspec() {
    return json.path("metadata").path("kernelspec");
  }

  /**
   * @return the code cells in order (markdown and raw cells are skipped)
   */
  List<CodeCell> codeCells() {
    List<CodeCell> cells = new ArrayList<>();
    JsonNode all = json.path("cells");
    for (int i = 0; i < all.size(); i++) {
      JsonNode cell = all.get(i);
      if (cell.path("cell_type").asText().equals("code")) {
        cells.add(new CodeCell(i + 1, source(cell.path("source")), cell));
      }
    }
    return cells;
  }

  /** nbformat stores a source as one string or as a list of lines (each with its newline). */
  private static String source(JsonNode source) {
    if (source.isTextual()) {
      return source.asText();
    }
    StringBuilder text = new StringBuilder();
    source.forEach(line -> text.append(line.asText()));
    return text.toString();
  }
}
