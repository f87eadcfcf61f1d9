package dev.kpikit.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.kpikit.Kpikit;
import dev.kpikit.report.CustomerValueReport;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;

/**
 * The report fits a buy-till-you-die model for purchases without a contract, and says why not for
 * subscriptions, whose churn is observed (the model would read every active subscriber's quiet
 * months as a sign of death).
 */
class CustomerValueStepTest {
  private static final JobLog QUIET = new JobLog(new PrintWriter(Writer.nullWriter()), Clock.systemUTC(), false);

  @Test
  void aShopsOrdersGetAModel() {
    CustomerValueReport r = CustomerValueStep.compute(Kpikit.open(Path.of("../data-samples/northwind-coffee")), QUIET);
    assertNotNull(r.result(), r.note());
  }

  @Test
  void subscriptionsGetTheReasonInsteadOfAModel() {
    CustomerValueReport r = CustomerValueStep.compute(Kpikit.open(Path.of("../data-samples/cloudnote-saas")), QUIET);
    assertNull(r.result());
    assertEquals(CustomerValueStep.SUBSCRIPTIONS, r.note());
  }
}
