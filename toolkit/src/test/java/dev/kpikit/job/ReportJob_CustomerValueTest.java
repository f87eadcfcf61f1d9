package dev.kpikit.job;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.kpikit.Business;
import dev.kpikit.Kpikit;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Only the report's job fits the customer-value models: {@code kpikit metrics} shares the job but
 * writes no page, so fitting them there cost minutes at 10M rows for nothing.
 */
class ReportJob_CustomerValueTest {
  private static final Path COFFEE = Path.of("../data-samples/northwind-coffee");
  private static final JobLog QUIET = new JobLog(new PrintWriter(Writer.nullWriter()), Clock.systemUTC(), false);

  @Test
  void theReportsJobFitsTheCustomerValueModels(@TempDir Path out) throws Exception {
    Business b = Kpikit.open(COFFEE);
    PublishedReport p =
        new ReportJob((run, dir) -> {}, Clock.systemUTC(), QUIET, true)
            .run(out, b, Business::options, PublishOptions.defaults());
    assertNotNull(p.run().customerValue());
  }

  @Test
  void aJobWithoutAPageFitsNoCustomerValueModel(@TempDir Path out) throws Exception {
    Business b = Kpikit.open(COFFEE);
    PublishedReport p =
        new ReportJob((run, dir) -> {}, Clock.systemUTC(), QUIET, false)
            .run(out, b, Business::options, PublishOptions.defaults());
    assertNull(p.run().customerValue());
  }
}
