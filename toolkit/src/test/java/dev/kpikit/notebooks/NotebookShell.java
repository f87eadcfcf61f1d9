package dev.kpikit.notebooks;

import dev.kpikit.Kpikit;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import jdk.jshell.DeclarationSnippet;
import jdk.jshell.EvalException;
import jdk.jshell.JShell;
import jdk.jshell.JShellException;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.SourceCodeAnalysis.Completeness;

/**
 * Runs the code cells of a notebook in order in one JShell, as the JJava kernel does (JJava runs on
 * the same {@code jdk.jshell} API, in process), with the test class path (the toolkit and its
 * dependencies) on the shell's class path.
 *
 * <p>Kernel lines are handled as documented in the README: {@code %maven dev.kpikit:kpikit:<this
 * version>} is skipped because the class path already has the toolkit; any other {@code %} line
 * magic and every {@code %%} cell magic fail the run. JJava's {@code display(Object, String...)} is
 * defined to record its arguments in {@link Displays}.
 */
final class NotebookShell implements AutoCloseable {
  private static final String KPIKIT_MAVEN = "%maven dev.kpikit:kpikit:";
  private static final String DISPLAY_SHIM =
      "String display(Object o, String... mimeTypes) {"
          + " return dev.kpikit.notebooks.Displays.show(o, mimeTypes); }";

  private final JShell shell;
  private final String notebook;
  private final ByteArrayOutputStream printed = new ByteArrayOutputStream();

  /**
   * @param notebook the notebook's name, for messages
   */
  NotebookShell(String notebook) {
    this.notebook = notebook;
    PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);
    this.shell = JShell.builder().executionEngine("local").out(out).err(out).build();
    Repo.classPath().forEach(shell::addToClasspath);
    eval(0, 1, DISPLAY_SHIM);
  }

  /**
   * Runs one code cell, snippet by snippet, failing at the first compile error or exception.
   *
   * @param cell the cell
   * @throws AssertionError naming the notebook, cell number, line and error
   */
  void run(Notebook.CodeCell cell) {
    String rest = withoutKernelLines(cell);
    int line = 1;
    SourceCodeAnalysis analysis = shell.sourceCodeAnalysis();
    while (!rest.isBlank()) {
      SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(rest);
      if (info.completeness() == Completeness.EMPTY) {
        return;
      }
      if (info.completeness() == Completeness.UNKNOWN) {
        eval(cell.number(), line, rest);
        return;
      }
      if (info.completeness() == Completeness.DEFINITELY_INCOMPLETE
          || info.completeness() == Completeness.CONSIDERED_INCOMPLETE) {
        throw failure(cell.number(), line, "incomplete code: " + firstLine(rest));
      }
      String consumed = rest.substring(0, rest.length() - info.remaining().length());
      int snippetLine = line + leadingNewlines(consumed);
      eval(cell.number(), snippetLine, info.source());
      line += count(consumed, '\n');
      rest = info.remaining();
    }
  }

  /**
   * @return what the cells printed through the shell so far
   */
  String printed() {
    return printed.toString(StandardCharsets.UTF_8);
  }

  private String withoutKernelLines(Notebook.CodeCell cell) {
    String[] lines = cell.source().split("\n", -1);
    if (lines.length > 0 && lines[0].startsWith("%%")) {
      throw failure(
          cell.number(), 1, "cell magic " + lines[0].trim() + " is not supported by the CI runner");
    }
    for (int i = 0; i < lines.length; i++) {
      String text = lines[i].trim();
      if (!text.startsWith("%")) {
        continue;
      }
      if (!text.equals(KPIKIT_MAVEN + Kpikit.version())) {
        throw failure(
            cell.number(),
            i + 1,
            "unsupported kernel line '"
                + text
                + "' (only '"
                + KPIKIT_MAVEN
                + Kpikit.version()
                + "' is known)");
      }
      lines[i] = "";
    }
    return String.join("\n", lines);
  }

  private void eval(int cell, int line, String source) {
    for (SnippetEvent event : shell.eval(source)) {
      if (event.causeSnippet() != null) {
        continue;
      }
      Snippet snippet = event.snippet();
      switch (event.status()) {
        case REJECTED -> throw failure(cell, line, diagnostics(snippet, source));
        case RECOVERABLE_DEFINED, RECOVERABLE_NOT_DEFINED ->
            throw failure(cell, line, "refers to something undefined: " + unresolved(snippet));
        default -> {}
      }
      if (event.exception() != null) {
        throw failure(cell, line, describe(event.exception()));
      }
    }
  }

  private String diagnostics(Snippet snippet, String source) {
    String messages =
        shell
            .diagnostics(snippet)
            .map(d -> d.getMessage(Locale.ROOT))
            .collect(Collectors.joining("; "));
    return messages.isEmpty() ? "does not compile: " + firstLine(source) : messages;
  }

  private String unresolved(Snippet snippet) {
    return snippet instanceof DeclarationSnippet declaration
        ? shell.unresolvedDependencies(declaration).toList().toString()
        : snippet.source();
  }

  private static String describe(JShellException e) {
    String type =
        e instanceof EvalException ee ? ee.getExceptionClassName() : e.getClass().getName();
    List<String> frames =
        Arrays.stream(e.getStackTrace()).limit(4).map(StackTraceElement::toString).toList();
    return type + ": " + e.getMessage() + " at " + frames;
  }

  private AssertionError failure(int cell, int line, String message) {
    return new AssertionError(notebook + " cell " + cell + " line " + line + ": " + message);
  }

  private static String firstLine(String text) {
    String trimmed = text.strip();
    int nl = trimmed.indexOf('\n');
    return nl < 0 ? trimmed : trimmed.substring(0, nl);
  }

  private static int leadingNewlines(String text) {
    int n = 0;
    while (n < text.length() && Character.isWhitespace(text.charAt(n))) {
      n++;
    }
    return count(text.substring(0, n), '\n');
  }

  private static int count(String text, char c) {
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      n += text.charAt(i) == c ? 1 : 0;
    }
    return n;
  }

  @Override
  public void close() {
    shell.close();
  }
}
