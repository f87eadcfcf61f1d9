package dev.kpikit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * A kpikit.yaml with a misspelt KPI name: a warning naming file, line and the nearest KPI on every
 * command that reads the config; with {@code --strict} exit 3 and nothing written.
 */
class ConfigStrictTest {
  private static final Path CLOUDNOTE = Path.of("../data-samples/cloudnote-saas");
  @TempDir Path data;
  @TempDir Path out;
  private final StringWriter stdout = new StringWriter();
  private final StringWriter stderr = new StringWriter();
  private String warning;

  /** The cloudnote sample with its config plus one misspelt target at the end. */
  @BeforeEach
  void misspeltTarget() throws IOException {
    try (Stream<Path> files = Files.list(CLOUDNOTE)) {
      for (Path f : (Iterable<Path>) files::iterator) {
        Files.copy(f, data.resolve(f.getFileName()));
      }
    }
    Path yaml = data.resolve("kpikit.yaml");
    String text = Files.readString(yaml);
    assertTrue(text.contains("\ntargets:\n"), "the sample has a targets section to add to");
    text = text.replace("\ntargets:\n", "\ntargets:\n  quick_ratoi: { min: 1 }\n");
    Files.writeString(yaml, text);
    int line = text.substring(0, text.indexOf("  quick_ratoi:")).split("\n", -1).length;
    warning = yaml + ":" + line + ":3: unknown KPI `quick_ratoi` in targets; did you mean `quick_ratio`?";
  }

  private int run(String... args) {
    CommandLine cl = KpikitCli.commandLine();
    cl.setOut(new PrintWriter(stdout));
    cl.setErr(new PrintWriter(stderr));
    return cl.execute(args);
  }

  @Test
  void metricsWarnsAndRuns() {
    assertEquals(ExitCodes.OK, run("metrics", data.toString(), "--out", out.toString()));
    assertTrue(stderr.toString().contains("kpikit: warning: " + warning + "\n"), stderr.toString());
  }

  @Test
  void metricsStrictExitsWithTheConfigCodeAndWritesNothing() throws IOException {
    assertEquals(ExitCodes.INPUT, run("metrics", "--strict", data.toString(), "--out", out.toString()));
    assertEquals("kpikit: " + warning + "\n", stderr.toString());
    try (Stream<Path> s = Files.list(out)) {
      assertEquals(0, s.count());
    }
  }

  @Test
  void reportLogsTheWarningInTheJobLogAndShowsItOnThePage() throws IOException {
    assertEquals(ExitCodes.OK, run("report", data.toString(), "--out", out.resolve("r").toString()));
    assertTrue(stderr.toString().contains(" WARN  " + warning + " (ignored)\n"), stderr.toString());
    String page = Files.readString(out.resolve("r/index.html"));
    String relative = warning.substring(data.toString().length() + 1); // kpikit.yaml:LINE:3: ...
    assertTrue(page.contains(relative + " It was ignored."), relative);
  }

  @Test
  void reportStrictExitsWithTheConfigCodeBeforeTouchingTheOutput() {
    assertEquals(ExitCodes.INPUT, run("report", "--strict", data.toString(), "--out", out.resolve("r").toString()));
    assertEquals("kpikit: " + warning + "\n", stderr.toString());
    assertFalse(Files.exists(out.resolve("r")));
  }

  @Test
  void validateWarnsAndStrictFails() {
    assertEquals(ExitCodes.OK, run("validate", data.toString()));
    assertTrue(stderr.toString().contains("kpikit: warning: " + warning + "\n"), stderr.toString());
    assertEquals(ExitCodes.INPUT, run("validate", "--strict", data.toString()));
  }

  @Test
  void theBundledSamplesPassStrict() {
    for (String sample : new String[] {"northwind-coffee", "cloudnote-saas", "harborview-bakeries"}) {
      assertEquals(ExitCodes.OK, run("validate", "--strict", "../data-samples/" + sample), stderr.toString());
    }
    assertFalse(stderr.toString().contains("warning"), stderr.toString());
  }
}
