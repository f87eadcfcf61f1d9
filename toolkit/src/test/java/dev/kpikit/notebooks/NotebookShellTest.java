package dev.kpikit.notebooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.NullNode;
import dev.kpikit.Kpikit;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The CI runner fails the way an analyst would see the kernel fail, and only then. */
class NotebookShellTest {
  private final NotebookShell shell = new NotebookShell("test.ipynb");

  private static Notebook.CodeCell cell(int number, String source) {
    return new Notebook.CodeCell(number, source, NullNode.getInstance());
  }

  @AfterEach
  void close() {
    shell.close();
  }

  @Test
  void cellsShareTheirDeclarations_andSeeTheToolkit() {
    shell.run(cell(1, "import dev.kpikit.Kpikit;\nString v = Kpikit.version();"));
    shell.run(cell(2, "int twice(int x) { return 2 * x; }\nSystem.out.println(twice(v.length()))"));
  }

  @Test
  void compileError_namesNotebookCellAndLine() {
    AssertionError e =
        assertThrows(AssertionError.class, () -> shell.run(cell(3, "int a = 1;\n\nString b = a;")));
    assertTrue(e.getMessage().startsWith("test.ipynb cell 3 line 3: "), e.getMessage());
    assertTrue(e.getMessage().contains("incompatible types"), e.getMessage());
  }

  @Test
  void exception_failsTheCellWithItsType() {
    AssertionError e =
        assertThrows(
            AssertionError.class, () -> shell.run(cell(2, "Object o = null;\no.toString();")));
    assertTrue(
        e.getMessage().startsWith("test.ipynb cell 2 line 2: java.lang.NullPointerException"),
        e.getMessage());
  }

  @Test
  void mavenLineOfThisToolkitIsSkipped() {
    shell.run(cell(1, "%maven dev.kpikit:kpikit:" + Kpikit.version() + "\nint after = 1;"));
  }

  @Test
  void otherKernelLinesFail() {
    AssertionError maven =
        assertThrows(
            AssertionError.class, () -> shell.run(cell(1, "%maven org.example:other:1.0")));
    assertTrue(
        maven.getMessage().contains("unsupported kernel line '%maven org.example:other:1.0'"));
    AssertionError jars =
        assertThrows(AssertionError.class, () -> shell.run(cell(1, "int a;\n%jars lib/*.jar")));
    assertTrue(jars.getMessage().startsWith("test.ipynb cell 1 line 2: unsupported kernel line"));
    AssertionError cellMagic =
        assertThrows(
            AssertionError.class, () -> shell.run(cell(1, "%%loadFromPOM\n<dependency/>")));
    assertTrue(cellMagic.getMessage().contains("cell magic %%loadFromPOM"));
  }

  @Test
  void displayIsRecordedWithItsMimeTypes() {
    Displays.drain();
    shell.run(cell(1, "display(\"<b>hi</b>\", \"text/html\");\ndisplay(42);"));
    assertEquals(
        List.of(
            new Displays.Shown("<b>hi</b>", List.of("text/html")),
            new Displays.Shown("42", List.of())),
        Displays.drain());
  }
}
