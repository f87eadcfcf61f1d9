package dev.kpikit.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kpikit.TestData;
import dev.kpikit.report.html.Assets;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's Java API guide is made of {@link ApiGuideSnippets}, which compile with the tests;
 * its fenced blocks are exactly the marked regions, and the snippets run from a folder laid out
 * like the repository root (the README tells users to run them from there).
 */
class ApiGuideTest {
  private static final Path README = Path.of("..", "README.md");
  private static final Path SNIPPETS =
      Path.of("src/test/java/dev/kpikit/docs/ApiGuideSnippets.java");
  private static final String START = "// @@ ";
  private static final String END = "// @@ end";
  private static final String README_MARK = "<!-- snippet: ";

  @TempDir Path root;

  /**
   * @return snippet name to its region, dedented, in file order
   */
  static Map<String, String> regions() throws IOException {
    Map<String, String> regions = new LinkedHashMap<>();
    List<String> lines = Files.readAllLines(SNIPPETS);
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.startsWith(START) && !line.equals(END)) {
        int indent = lines.get(i).indexOf(START);
        List<String> body = new ArrayList<>();
        for (i++; !lines.get(i).strip().equals(END); i++) {
          String text = lines.get(i);
          body.add(text.length() > indent ? text.substring(indent) : text.strip());
        }
        regions.put(line.substring(START.length()), String.join("\n", body));
      }
    }
    return regions;
  }

  /**
   * @return snippet name to the fenced java block that follows its marker in the README
   */
  static Map<String, String> readmeBlocks() throws IOException {
    Map<String, String> blocks = new LinkedHashMap<>();
    List<String> lines = Files.readAllLines(README);
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.startsWith(README_MARK)) {
        String name = line.substring(README_MARK.length(), line.indexOf(" -->"));
        assertEquals("```java", lines.get(i + 1), "README: a ```java block must follow " + line);
        List<String> body = new ArrayList<>();
        for (i += 2; !lines.get(i).equals("```"); i++) {
          body.add(lines.get(i));
        }
        blocks.put(name, String.join("\n", body));
      }
    }
    return blocks;
  }

  @Test
  void readmeShowsEverySnippetExactlyAsCompiled() throws IOException {
    Map<String, String> regions = regions();
    assertEquals(7, regions.size(), "the five things an analyst does most, a split that cannot be made, and units");
    assertEquals(
        regions, readmeBlocks(), "README.md java blocks differ from ApiGuideSnippets.java");
  }

  @Test
  void snippetsRunFromTheRepositoryRoot() throws Exception {
    Files.createSymbolicLink(
        root.resolve("data-samples"), Path.of("..", "data-samples").toAbsolutePath().normalize());
    Files.createDirectories(root.resolve("exports"));
    Files.createSymbolicLink(
        root.resolve("exports/superstore.csv"), TestData.dataset("superstore/superstore.csv"));

    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process run =
        new ProcessBuilder(
                java.toString(),
                "-cp",
                System.getProperty("java.class.path"),
                ApiGuideSnippets.class.getName())
            .directory(root.toFile())
            .redirectErrorStream(true)
            .redirectOutput(root.resolve("printed.txt").toFile())
            .start();
    assertTrue(run.waitFor(120, TimeUnit.SECONDS), "snippets finish");
    String printed = Files.readString(root.resolve("printed.txt"), StandardCharsets.UTF_8);
    assertEquals(0, run.exitValue(), printed);

    assertTrue(printed.contains("superstore.csv: 9994 read = 9994 loaded + 0 rejected"), printed);
    assertTrue(
        printed.contains("cac_monthly cannot be split by region: marketing_spend has no region column"),
        printed);
    assertTrue(Files.isRegularFile(root.resolve("out/cloudnote/index.html")));
    assertTrue(Files.isRegularFile(root.resolve("out/cloudnote/metrics/mrr_movements.csv")));
    assertTrue(Files.isRegularFile(root.resolve("out/revenue.html")));
    assertTrue(Files.isRegularFile(root.resolve("out").resolve(Assets.PLOTLY_FILE)));
    assertTrue(printed.contains("west: 36 months"), printed);
  }
}
