package dev.kpikit.architecture;

import java.util.List;
import java.util.Set;

/**
 * The package layers of kpikit, bottom first: the one place that says which package may import
 * which. A layer may import itself and the layers it names in {@code mayUse}; everything else is an
 * upward or sideways import and fails {@link ArchitectureTest}.
 *
 * <p>Analytics ({@code metrics}, {@code forecast}, {@code clv}) are pure functions over tables; the
 * report turns a run into files; the facade ({@code Kpikit}, {@code Business}, the notebook
 * helpers) is the library's entry point, and the shells ({@code job}, {@code sample}, {@code cli})
 * sit on it. A package named here need not exist yet ({@code forecast}, {@code clv}): a new package
 * at an existing level only needs its name added to that level.
 */
final class Layers {
  private Layers() {}

  /** A layer: its name, the packages it holds (ArchUnit package identifiers), what it may use. */
  record Layer(String name, List<String> packages, Set<String> mayUse) {}

  static final List<Layer> ALL =
      List.of(
          new Layer("schema", List.of("dev.kpikit.schema.."), Set.of()),
          new Layer("io", List.of("dev.kpikit.io.."), Set.of()),
          new Layer("load", List.of("dev.kpikit.load.."), Set.of("schema", "io")),
          new Layer("config", List.of("dev.kpikit.config.."), Set.of("schema", "io", "load")),
          new Layer(
              "analytics",
              List.of("dev.kpikit.metrics..", "dev.kpikit.forecast..", "dev.kpikit.clv.."),
              Set.of("schema", "io", "load", "config")),
          new Layer(
              "report", List.of("dev.kpikit.report.."), Set.of("schema", "io", "load", "config", "analytics")),
          new Layer(
              "facade",
              List.of("dev.kpikit", "dev.kpikit.notebook.."),
              Set.of("schema", "io", "load", "config", "analytics", "report")),
          new Layer("sample", List.of("dev.kpikit.sample.."), Set.of("schema", "io", "load", "config")),
          new Layer(
              "job",
              List.of("dev.kpikit.job.."),
              Set.of("schema", "io", "load", "config", "analytics", "report", "facade")),
          new Layer(
              "cli",
              List.of("dev.kpikit.cli.."),
              Set.of("schema", "io", "load", "config", "analytics", "report", "facade", "sample", "job")));
}
