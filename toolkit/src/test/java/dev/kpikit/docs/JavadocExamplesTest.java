package dev.kpikit.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The code examples of the facade's Javadoc are made of lines of the README's snippets, which
 * {@link ApiGuideTest} compiles and runs on the samples they name: an example that no longer runs,
 * or names a sample it would fail on, fails here first.
 */
class JavadocExamplesTest {
  private static final Path MAIN = Path.of("src/main/java/dev/kpikit");

  @ParameterizedTest
  @ValueSource(strings = {"Business.java", "Metric.java", "package-info.java", "report/html/HtmlReport.java"})
  void everyExampleLineIsALineOfARunSnippet(String file) throws IOException {
    Set<String> snippetLines = new HashSet<>();
    ApiGuideTest.regions().values().forEach(r -> r.lines().map(String::strip).forEach(snippetLines::add));
    List<String> example = examples(Files.readAllLines(MAIN.resolve(file)));
    assertFalse(example.isEmpty(), file + " has an example");
    List<String> notRun = example.stream().filter(l -> !snippetLines.contains(l)).toList();
    assertEquals(List.of(), notRun, file + ": example lines no snippet runs");
  }

  /** @return the stripped lines inside the file's {@code <pre>{@code ...}</pre>} blocks */
  private static List<String> examples(List<String> lines) {
    List<String> out = new ArrayList<>();
    boolean in = false;
    for (String line : lines) {
      String text = line.strip().replaceFirst("^\\*\\s?", "").strip();
      if (text.startsWith("<pre>{@code")) {
        in = true;
      } else if (text.startsWith("}</pre>")) {
        in = false;
      } else if (in && !text.isEmpty()) {
        out.add(text);
      }
    }
    return out;
  }
}
