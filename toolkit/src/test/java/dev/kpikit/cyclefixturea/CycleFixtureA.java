package dev.kpikit.cyclefixturea;

import dev.kpikit.cyclefixtureb.CycleFixtureB;

/** Half of a package cycle, for {@code ArchitectureTest.aCycle_failsTheCycleRule}. */
public final class CycleFixtureA {
  /** @return the other half */
  public CycleFixtureB other() {
    return new CycleFixtureB();
  }
}
