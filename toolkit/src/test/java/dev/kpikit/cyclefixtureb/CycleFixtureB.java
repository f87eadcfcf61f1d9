package dev.kpikit.cyclefixtureb;

import dev.kpikit.cyclefixturea.CycleFixtureA;

/** Half of a package cycle, for {@code ArchitectureTest.aCycle_failsTheCycleRule}. */
public final class CycleFixtureB {
  /** @return the other half */
  public CycleFixtureA other() {
    return new CycleFixtureA();
  }
}
