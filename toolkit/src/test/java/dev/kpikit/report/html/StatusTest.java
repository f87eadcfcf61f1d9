package dev.kpikit.report.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kpikit.config.KpikitConfig.Target;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StatusTest {
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({"met, GOOD", "Balanced, GOOD", "on-target, GOOD", "leans_left, ATTENTION",
      "missed, ATTENTION", "missing_data, NEUTRAL", "no_target, NEUTRAL"})
  void statusWords_areClassified(String word, Status expected) {
    assertEquals(expected, Status.of(word));
  }

  @Test
  void valueAgainstTarget_isGoodInsideTheBounds_neutralWithoutTargetOrValue() {
    Target atMost3pc = new Target(null, 0.03);
    assertEquals(Status.GOOD, Status.against(0.03, atMost3pc));
    assertEquals(Status.ATTENTION, Status.against(0.031, atMost3pc));
    assertEquals(Status.ATTENTION, Status.against(2.9, new Target(3.0, null)));
    assertEquals(Status.NEUTRAL, Status.against(Double.NaN, atMost3pc));
    assertEquals(Status.NEUTRAL, Status.against(0.5, null));
  }
}
