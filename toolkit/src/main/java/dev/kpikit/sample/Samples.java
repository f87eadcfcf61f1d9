package dev.kpikit.sample;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * Generates synthetic sample businesses: realistic, deterministic data folders for trying kpikit
 * out, for tests and for benchmarks.
 *
 * <pre>{@code
 * Samples.write("northwind-coffee", Path.of("data"), SampleOptions.DEFAULT);
 * Samples.write("cloudnote-saas", Path.of("bench"), SampleOptions.DEFAULT.withOrderRows(10_000_000).withClean(true));
 * }</pre>
 *
 * <p>Orders are streamed to disk row by row: memory grows with the number of customers (a few bytes
 * each), not with the number of order rows.
 *
 * @since 0.1.0
 */
public final class Samples {
  private Samples() {}

  /**
   * Writes a sample business into {@code folder}.
   *
   * @param business a label of {@link SampleBusiness}, e.g. {@code northwind-coffee}
   * @param folder the target folder, created if needed
   * @param options seed, size and flaws
   * @return the files written and the malformed values planted
   * @throws IllegalArgumentException when the business is unknown (the message lists the valid
   *     names)
   * @throws UncheckedIOException when the folder cannot be written, naming it
   */
  public static SampleResult write(String business, Path folder, SampleOptions options) {
    SampleBusiness sample = SampleBusiness.fromLabel(business);
    try {
      return sample.write(folder, options);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot write sample " + sample.label() + " to " + folder + ": " + e.getMessage(), e);
    }
  }
}
