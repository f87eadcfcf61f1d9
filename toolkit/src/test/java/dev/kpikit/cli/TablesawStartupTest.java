package dev.kpikit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class TablesawStartupTest {

  @Test
  void afterStartup_tablesawReadsCsv_andTheClassPathIsRestored() {
    String classPath = System.getProperty("java.class.path");
    TablesawStartup.initialise();
    assertEquals(classPath, System.getProperty("java.class.path"));
    Table t = Table.read().csv("a,b\n1,x\n2,y\n", "inline");
    assertEquals(2, t.rowCount());
    assertEquals(2, t.columnCount());
  }

  @Test
  void inTheBackground_onceAwaited_tablesawReadsCsv_andTheClassPathIsRestored() {
    String classPath = System.getProperty("java.class.path");
    Runnable ready = TablesawStartup.initialiseInBackground();
    ready.run();
    assertEquals(classPath, System.getProperty("java.class.path"));
    Table t = Table.read().csv("a\n1\n2\n3\n", "inline");
    assertEquals(3, t.rowCount());
  }
}
