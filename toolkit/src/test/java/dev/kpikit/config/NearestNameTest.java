package dev.kpikit.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NearestNameTest {
  @Test
  void distanceCountsInsertionsDeletionsSubstitutionsAndSwaps() {
    assertEquals(3, NearestName.distance("kitten", "sitting")); // k->s, e->i, +g
    assertEquals(1, NearestName.distance("marketing_spnd", "marketing_spend")); // +e
    assertEquals(1, NearestName.distance("ltv_cca", "ltv_cac")); // swap of neighbours
    assertEquals(0, NearestName.distance("", ""));
    assertEquals(5, NearestName.distance("", "bands"));
  }

  @Test
  void theNearestNameWithinAThirdOfTheLengthIsSuggested() {
    List<String> known = List.of("orders", "customers", "marketing_spend");
    assertEquals(Optional.of("marketing_spend"), NearestName.of("marketing_spnd", known));
    assertEquals(Optional.of("orders"), NearestName.of("Orders", known), "case is ignored");
    assertEquals(Optional.empty(), NearestName.of("sales", known));
  }
}
