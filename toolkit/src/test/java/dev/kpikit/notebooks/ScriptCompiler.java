package dev.kpikit.notebooks;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles jbang scripts against the test class path (what {@code //DEPS
 * dev.kpikit:kpikit:<version>} resolves to: the toolkit and its dependencies) and runs their {@code
 * main}, as {@code jbang Script.java args...} would.
 */
final class ScriptCompiler {
  private final Path classes;

  /**
   * @param classes the folder the compiled scripts go to
   */
  ScriptCompiler(Path classes) {
    this.classes = classes;
  }

  /**
   * Compiles the scripts with every lint warning treated as an error.
   *
   * @param scripts the {@code .java} files
   */
  void compile(List<Path> scripts) throws IOException {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files =
        javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
      List<String> options =
          List.of(
              "-d",
              classes.toString(),
              "-classpath",
              String.join(File.pathSeparator, Repo.classPath()),
              "--release",
              "17",
              "-Xlint:all,-path,-processing",
              "-Werror");
      StringWriter out = new StringWriter();
      boolean ok =
          javac
              .getTask(
                  out,
                  files,
                  diagnostics,
                  options,
                  null,
                  files.getJavaFileObjectsFromPaths(scripts))
              .call();
      if (!ok) {
        fail("scripts do not compile:\n" + describe(diagnostics) + out);
      }
    }
  }

  /**
   * Runs a compiled script's {@code main}.
   *
   * @param script the class name, e.g. {@code Quickstart}
   * @param args its arguments
   * @return what it printed on standard output
   */
  String run(String script, String... args) throws Exception {
    PrintStream original = System.out;
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    try (URLClassLoader loader =
        new URLClassLoader(new URL[] {classes.toUri().toURL()}, getClass().getClassLoader())) {
      Method main = loader.loadClass(script).getMethod("main", String[].class);
      System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
      main.invoke(null, (Object) args);
    } catch (InvocationTargetException e) {
      throw new AssertionError(script + " failed: " + e.getCause(), e.getCause());
    } finally {
      System.setOut(original);
    }
    return printed.toString(StandardCharsets.UTF_8);
  }

  private static String describe(DiagnosticCollector<JavaFileObject> diagnostics) {
    return diagnostics.getDiagnostics().stream()
        .filter(
            d ->
                d.getKind() == Diagnostic.Kind.ERROR
                    || d.getKind() == Diagnostic.Kind.WARNING
                    || d.getKind() == Diagnostic.Kind.MANDATORY_WARNING)
        .map(
            d ->
                (d.getSource() == null
                        ? ""
                        : Path.of(d.getSource().toUri()).getFileName()
                            + ":"
                            + d.getLineNumber()
                            + ": ")
                    + d.getMessage(Locale.ROOT))
        .collect(Collectors.joining("\n", "", "\n"));
  }
}
