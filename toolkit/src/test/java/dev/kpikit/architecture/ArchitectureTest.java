package dev.kpikit.architecture;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.Architectures;
import com.tngtech.archunit.library.Architectures.LayeredArchitecture;
import dev.kpikit.Business;
import dev.kpikit.architecture.Layers.Layer;
import dev.kpikit.schema.Dataset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The main classes import one way, down the {@link Layers}, and no two packages import each other.
 * The last two tests prove the rules can fail: on a fixture with an upward import and on a fixture
 * with a cycle.
 */
class ArchitectureTest {
  private static final JavaClasses MAIN =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("dev.kpikit");

  /** Each layer may use only itself and the layers below it that it names. */
  static ArchRule layersImportDownward() {
    LayeredArchitecture arch = Architectures.layeredArchitecture().consideringOnlyDependenciesInLayers();
    for (Layer l : Layers.ALL) {
      arch = arch.optionalLayer(l.name()).definedBy(l.packages().toArray(String[]::new));
    }
    for (Layer l : Layers.ALL) {
      arch = l.mayUse().isEmpty()
          ? arch.whereLayer(l.name()).mayNotAccessAnyLayer()
          : arch.whereLayer(l.name()).mayOnlyAccessLayers(l.mayUse().toArray(String[]::new));
    }
    return arch;
  }

  /**
   * No cycle between the top-level packages ({@code load.csv} counts as {@code load}). Cycles
   * inside {@code load} (its readers in {@code load.csv} and {@code load.parquet} throw {@code
   * load.DataException}) are left for now; the root package is kept acyclic by the layer rule.
   */
  static ArchRule packagesFreeOfCycles() {
    return slices().matching("dev.kpikit.(*)..").should().beFreeOfCycles();
  }

  @Test
  void layersImportOnlyDownward() {
    layersImportDownward().check(MAIN);
  }

  @Test
  void packagesHaveNoCycles() {
    packagesFreeOfCycles().check(MAIN);
  }

  @Test
  void everyMainPackageBelongsToALayer() {
    Set<String> unplaced = new HashSet<>();
    MAIN.forEach(c -> {
      if (Layers.ALL.stream().noneMatch(l -> l.packages().stream().anyMatch(p -> inPackage(c.getPackageName(), p)))) {
        unplaced.add(c.getPackageName());
      }
    });
    assertEquals(Set.of(), unplaced, "packages missing from Layers.ALL");
  }

  @Test
  void layersNameOnlyLayersBelowThem() {
    List<String> seen = new java.util.ArrayList<>();
    for (Layer l : Layers.ALL) {
      assertTrue(seen.containsAll(l.mayUse()), l.name() + " may use a layer that is not below it: " + l.mayUse());
      seen.add(l.name());
    }
  }

  @Test
  void anUpwardImport_failsTheLayerRule() throws ClassNotFoundException {
    JavaClasses upward =
        new ClassFileImporter().importClasses(Class.forName("dev.kpikit.schema.ArchUpwardFixture"), Business.class, Dataset.class);
    AssertionError e = assertThrows(AssertionError.class, () -> layersImportDownward().check(upward));
    assertTrue(e.getMessage().contains("ArchUpwardFixture"), e.getMessage());
  }

  @Test
  void aCycle_failsTheCycleRule() {
    JavaClasses cycle =
        new ClassFileImporter()
            .importClasses(
                dev.kpikit.cyclefixturea.CycleFixtureA.class,
                dev.kpikit.cyclefixtureb.CycleFixtureB.class);
    AssertionError e = assertThrows(AssertionError.class, () -> packagesFreeOfCycles().check(cycle));
    assertTrue(e.getMessage().contains("Cycle detected"), e.getMessage());
  }

  private static boolean inPackage(String pkg, String identifier) {
    if (identifier.endsWith("..")) {
      String base = identifier.substring(0, identifier.length() - 2);
      return pkg.equals(base) || pkg.startsWith(base + ".");
    }
    return pkg.equals(identifier);
  }
}
