package dev.kpikit.cli;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * Initialises Tablesaw's {@code Table} class quickly. Its static initialiser registers Tablesaw's
 * readers and writers by scanning the whole class path with ClassGraph, which opens every jar
 * (over 100 MB with the Hadoop client): about a second of each {@code kpikit} run. Every reader and
 * writer it looks for lives in tablesaw-core, so the command line lets the scan see only that jar;
 * the registered readers and writers are the same. The library itself never does this: a program
 * that embeds kpikit initialises Tablesaw as usual.
 */
final class TablesawStartup {
  private static final String CLASS_PATH = "java.class.path";

  private TablesawStartup() {}

  /**
   * Starts {@link #initialise} on a thread of its own, so that it runs while the caller does other
   * start-up work that neither reads the {@code java.class.path} property nor needs Tablesaw first
   * (building the picocli command model). A thread that uses {@code Table} meanwhile simply waits
   * for its initialisation, as the JVM makes it.
   *
   * @return waits until the initialisation has ended; throws what it threw
   */
  static Runnable initialiseInBackground() {
    FutureTask<Void> task = new FutureTask<>(TablesawStartup::initialise, null);
    Thread t = new Thread(task, "kpikit-tablesaw-startup");
    t.setDaemon(true);
    t.start();
    return () -> {
      try {
        task.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while Tablesaw initialised", e);
      } catch (ExecutionException e) { // initialise throws nothing checked
        if (e.getCause() instanceof Error err) {
          throw err;
        }
        throw (RuntimeException) e.getCause();
      }
    };
  }

  /**
   * Initialises {@code tech.tablesaw.api.Table} with the scan limited to the tablesaw-core jar, or
   * as usual when that jar cannot be located (classes not loaded from a local jar). Nothing else
   * may read the class-path property meanwhile: it is changed while the class initialises.
   */
  static void initialise() {
    String core = jarOf(tech.tablesaw.io.ReaderRegistry.class);
    String classPath = System.getProperty(CLASS_PATH);
    if (core == null || classPath == null) {
      initialiseTable();
      return;
    }
    System.setProperty(CLASS_PATH, core);
    try {
      initialiseTable();
    } finally {
      System.setProperty(CLASS_PATH, classPath);
    }
  }

  private static void initialiseTable() {
    try {
      Class.forName("tech.tablesaw.api.Table", true, TablesawStartup.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException("tablesaw-core is not on the class path", e);
    }
  }

  /** @return the local jar {@code type} was loaded from, or null */
  private static String jarOf(Class<?> type) {
    CodeSource source = type.getProtectionDomain().getCodeSource();
    if (source == null || source.getLocation() == null) {
      return null;
    }
    try {
      Path path = Path.of(source.getLocation().toURI());
      return path.toString().endsWith(".jar") ? path.toString() : null;
    } catch (URISyntaxException | IllegalArgumentException | SecurityException e) {
      return null; // not a local file: Tablesaw scans as usual
    }
  }
}
