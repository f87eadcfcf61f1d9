package dev.kpikit.notebooks;

import java.io.File;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/** Paths of the checkout seen from the toolkit module (surefire's working directory). */
final class Repo {
  private Repo() {}

  /**
   * @return the {@code notebooks/} folder with the jbang scripts and Jupyter notebooks
   */
  static Path notebooks() {
    return Path.of("..", "notebooks").toAbsolutePath().normalize();
  }

  /**
   * @param name a sample business, e.g. {@code northwind-coffee}
   * @return its folder under {@code data-samples/}
   */
  static Path sample(String name) {
    return Path.of("..", "data-samples", name).toAbsolutePath().normalize();
  }

  /**
   * @return the test class path: the toolkit's classes and every dependency, as a jar user has
   */
  static List<String> classPath() {
    return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
        .filter(entry -> !entry.isBlank())
        .toList();
  }
}
