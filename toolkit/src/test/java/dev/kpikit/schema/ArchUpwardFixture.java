package dev.kpikit.schema;

import dev.kpikit.Business;

/**
 * A test-only class of the bottom layer that uses the facade, which no schema class may: the
 * upward import {@code ArchitectureTest.anUpwardImport_failsTheLayerRule} expects to be caught.
 */
final class ArchUpwardFixture {
  private ArchUpwardFixture() {}

  static boolean hasOrders(Business b) {
    return b.has(Dataset.ORDERS);
  }
}
