package dev.kpikit.notebooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every notebook in {@code notebooks/} runs top to bottom in JShell, as the JJava kernel runs it,
 * draws its charts inline, and is committed without outputs.
 */
class NotebooksTest {
  static Stream<Path> notebooks() {
    try (Stream<Path> files = Files.list(Repo.notebooks())) {
      return files.filter(p -> p.toString().endsWith(".ipynb")).sorted().toList().stream();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void thereIsATourARetentionAndABalancesNotebook() {
    assertEquals(
        List.of(
            "01-tour-of-a-business.ipynb",
            "02-retention-and-survival.ipynb",
            "03-balances-and-scorecard.ipynb"),
        notebooks().map(p -> p.getFileName().toString()).toList());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("notebooks")
  void everyCodeCellRunsInOrder_andChartsAreDisplayedInline(Path file) throws IOException {
    Notebook notebook = Notebook.read(file);
    Displays.drain();
    try (NotebookShell shell = new NotebookShell(notebook.name())) {
      notebook.codeCells().forEach(shell::run);
    }
    List<Displays.Shown> shown = Displays.drain();
    assertTrue(
        shown.stream()
            .anyMatch(
                s ->
                    s.mimeTypes().equals(List.of("text/html"))
                        && s.text().contains("Plotly.newPlot")),
        notebook.name() + " displays at least one chart as text/html");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("notebooks")
  void outputsAreClearedInGit(Path file) throws IOException {
    Notebook notebook = Notebook.read(file);
    for (Notebook.CodeCell cell : notebook.codeCells()) {
      JsonNode json = cell.json();
      assertEquals(
          0,
          json.path("outputs").size(),
          notebook.name() + " cell " + cell.number() + " has outputs");
      assertTrue(
          json.path("execution_count").isNull(),
          notebook.name() + " cell " + cell.number() + " execution_count");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("notebooks")
  void kernelIsJJava(Path file) throws IOException {
    JsonNode spec = Notebook.read(file).kernelspec();
    assertEquals("java", spec.path("name").asText());
    assertEquals("java", spec.path("language").asText());
    assertEquals("Java", spec.path("display_name").asText());
  }
}
