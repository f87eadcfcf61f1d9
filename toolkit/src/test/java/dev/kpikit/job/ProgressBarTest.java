package dev.kpikit.job;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ProgressBarTest {
  @Test
  void aBarShowsTheShareOfStepsDone_theRunningStepAndTheElapsedMinutes() {
    assertEquals(
        "[######------------------] 1/4 loading orders 1:05",
        ProgressBar.line(1, 4, "loading orders", Duration.ofSeconds(65)));
  }

  @Test
  void allStepsDoneFillTheBar() {
    assertEquals("[########################] 3/3 done 0:00", ProgressBar.line(3, 3, "done", Duration.ZERO));
  }
}
