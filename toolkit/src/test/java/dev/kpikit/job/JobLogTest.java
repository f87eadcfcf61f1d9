package dev.kpikit.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class JobLogTest {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-06-30T02:00:00Z"), ZoneOffset.UTC);
  private final StringWriter text = new StringWriter();

  private JobLog log(boolean terminal) {
    return new JobLog(new PrintWriter(text), CLOCK, terminal);
  }

  @Test
  void linesStartWithTheUtcTimeToTheMillisecondAndTheLevel() {
    JobLog log = log(false);

    log.info("loaded %s: %,d rows", "orders", 1234567);
    log.warn("skipped %s", "attrition");

    assertEquals(
        "2025-06-30T02:00:00.000Z INFO  loaded orders: 1,234,567 rows\n"
            + "2025-06-30T02:00:00.000Z WARN  skipped attrition\n",
        text.toString().replace(System.lineSeparator(), "\n"));
  }

  @Test
  void withoutATerminalNoBarIsDrawn() {
    JobLog log = log(false);

    log.startProgress(3);
    log.progress("loading orders");
    log.endProgress();

    assertEquals("", text.toString());
  }

  @Test
  void onATerminalTheBarIsErasedBeforeALineAndDrawnAgainAfterIt() {
    JobLog log = log(true);
    log.startProgress(2);
    log.progress("loading orders");

    log.info("loaded orders");
    log.endProgress();

    String out = text.toString();
    String bar = "\r[------------------------] 0/2 loading orders 0:00";
    int line = out.indexOf("2025-06-30T02:00:00.000Z INFO  loaded orders");
    assertTrue(out.startsWith(bar), out);
    assertTrue(out.lastIndexOf("\r", line) > bar.length() - 1, "not erased before the line: " + out);
    assertTrue(out.indexOf(bar, line) > line, "not drawn again after the line: " + out);
    assertTrue(out.endsWith("\r"), "not erased at the end: " + out);
  }
}
